import type { ImportProgress } from '../kb/import/import.service.ts';

/** A one-line progress bar on a terminal; silent when stderr is not a TTY or the job is small. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr, minTotal = 50): ImportProgress | undefined {
  if (!stream.isTTY) return undefined;
  let last = 0;
  return (done, total, phase) => {
    if (total < minTotal) return;
    const now = Date.now();
    if (done !== total && now - last < 100) return;
    last = now;
    const width = 30;
    const filled = Math.round((done / total) * width);
    stream.write(`\r${phase.padEnd(8)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
    if (done === total) stream.write('\n');
  };
}
