/**
 * Growth checks without absolute time limits (the machines are shared and noisy): the time for an
 * input of size 4n against size n, medians of interleaved runs. Linear is about 4, quadratic 16.
 */
import { median } from '../../bench/stats.ts';

function timeOnce(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/**
 * Median time(4n) / median time(n). `n` is doubled first until one run of size n takes at least
 * `minMs`, so timer resolution and fixed costs do not flatten the ratio; a second attempt is made
 * when the first exceeds `limit`, and the smaller ratio is kept (a spike on a busy machine
 * should not fail the build, a real quadratic fails both).
 */
export function growthRatio<T>(make: (n: number) => T, run: (input: T) => unknown, n: number, opts: { minMs?: number; maxN?: number; repeats?: number; limit?: number } = {}): number {
  const { minMs = 15, maxN = n * 64, repeats = 5, limit = 8 } = opts;
  let size = n;
  run(make(size)); // warm-up: JIT
  while (size < maxN && timeOnce(() => run(make(size))) < minMs) size *= 2;
  const attempt = () => {
    const small = make(size), large = make(4 * size);
    run(small);
    run(large);
    const ts: number[] = [], tl: number[] = [];
    for (let i = 0; i < repeats; i++) {
      ts.push(timeOnce(() => run(small)));
      tl.push(timeOnce(() => run(large)));
    }
    return median(tl) / Math.max(median(ts), 0.01);
  };
  // Another process can stall one measurement (CI shares two cores): a linear cost passes on a
  // retry, while a quadratic one (16×) fails every time.
  let best = attempt();
  for (let i = 0; i < 3 && best >= limit; i++) best = Math.min(best, attempt());
  return best;
}

/** Every issue line is an integer from 1 to the number of lines of the source (plus one for "end of file"). */
export function badIssueLines(issues: { line: number }[], source: string): number[] {
  const lines = source.split(/\r\n?|\n/).length;
  return issues.map((i) => i.line).filter((line) => !Number.isInteger(line) || line < 1 || line > lines + 1);
}
