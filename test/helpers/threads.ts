import { readFileSync } from 'node:fs';

/** The threads of this process (Linux): a worker thread adds some while it runs. */
export function threadCount(): number {
  return Number(/^Threads:\s+(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'))![1]);
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The thread count once it has stopped moving (the same over 200 ms, at most 5 s): a worker an
 * earlier test stopped may still be ending, and counting it as the baseline made a test flaky.
 */
export async function steadyThreadCount(): Promise<number> {
  let last = threadCount();
  for (let i = 0; i < 25; i++) {
    await pause(200);
    const now = threadCount();
    if (now === last) return now;
    last = now;
  }
  return last;
}

/** The thread count once it has come down to `expected`, or after 5 s (workers end asynchronously). */
export async function threadsSettleAt(expected: number): Promise<number> {
  for (let i = 0; i < 100 && threadCount() > expected; i++) await pause(50);
  return threadCount();
}
