import { readFileSync } from 'node:fs';

/** The threads of this process (Linux): a worker thread adds some while it runs. */
export function threadCount(): number {
  return Number(/^Threads:\s+(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'))![1]);
}

/** The thread count once it has come down to `expected`, or after 5 s (workers end asynchronously). */
export async function threadsSettleAt(expected: number): Promise<number> {
  for (let i = 0; i < 100 && threadCount() > expected; i++) await new Promise((r) => setTimeout(r, 50));
  return threadCount();
}
