/** Small statistics shared by the benchmarks, the soak run and the reliability tests. */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

/** The q-quantile (0-1) of some numbers, nearest-rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

/** Rounds to `digits` decimals for tables. */
export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Cores, CPU model, RAM and Node version, as printed at the top of every report. */
export function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${process.platform}/${process.arch}`;
}

/** Milliseconds since `started` (a performance.now() value). */
export const since = (started: number) => performance.now() - started;

export const mib = (bytes: number) => bytes / 2 ** 20;

/** The commit measured and whether the tree had uncommitted changes, so numbers can be traced to code. */
export function codeVersion(cwd: string): string {
  const git = (...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return 'no git';
  const dirty = git('status', '--porcelain', '--untracked-files=no').stdout.split('\n').filter(Boolean).length;
  return `${head.stdout.trim()}${dirty ? ` + ${dirty} uncommitted file(s)` : ''}`;
}
