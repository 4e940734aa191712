import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { childProcessOf, processCpuMs } from '../../bench/process-stats.ts';

// The benchmarks measure a server's CPU per request from /proc; these check the readings are real.
describe.runIf(process.platform === 'linux')('process CPU from /proc', () => {
  const children: ReturnType<typeof spawn>[] = [];
  afterEach(() => children.splice(0).forEach((c) => c.kill('SIGKILL')));

  /** A node child that spins for `busyMs`, says so, then idles. */
  function spinner(busyMs: number): Promise<number> {
    const child = spawn(process.execPath, ['-e', `const t = Date.now(); while (Date.now() - t < ${busyMs}); console.log('spun'); setInterval(() => {}, 1000);`], { stdio: ['ignore', 'pipe', 'ignore'] });
    children.push(child);
    return new Promise((resolve) => child.stdout!.once('data', () => resolve(child.pid!)));
  }

  it('finds a child by its command name and reads the CPU it spent', async () => {
    const pid = await spinner(400);
    expect(childProcessOf(process.pid, 'node')).toBe(pid);
    expect(childProcessOf(process.pid, 'no-such-command')).toBeUndefined();
    const spent = processCpuMs(pid);
    expect(spent).toBeGreaterThanOrEqual(300);
    expect(spent).toBeLessThan(5_000);
    // Idle now: a second reading moves by little more than the clock tick.
    await new Promise((r) => setTimeout(r, 200));
    expect(processCpuMs(pid) - spent).toBeLessThan(100);
  });

  it('reads 0 for a process that does not exist', () => {
    expect(processCpuMs(2 ** 30)).toBe(0);
  });
});
