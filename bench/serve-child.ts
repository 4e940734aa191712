/**
 * `node bin/kbdesk.js serve` as a child process on 127.0.0.1 and a free port, for the cold-start
 * and MCP benchmarks and the soak run: a separate process, so its RSS and event loop are its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../node/paths.ts';

export interface ServeChild {
  url: string;
  port: number;
  pid: number;
  process: ChildProcess;
  /** Milliseconds from spawn to the first 200 from /healthz. */
  readyMs: number;
  stop(): Promise<void>;
}

/** Benchmarks measure throughput, so the per-client limits on match, chat and triage are off. */
export const NO_RATE_LIMITS = { KB_RATE_LIMIT_MATCH: 'off', KB_RATE_LIMIT_CHAT: 'off', KB_RATE_LIMIT_TRIAGE: 'off' };

/**
 * Spawns the server with `env` added to ours (PORT=0, HOST=127.0.0.1; access log and rate limits off unless given)
 * and resolves once /healthz answers 200. Rejects if it exits first or `timeoutMs` passes.
 */
export function startServeChild(env: Record<string, string>, timeoutMs = 60_000): Promise<ServeChild> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'bin/kbdesk.js'), 'serve'], {
    cwd: ROOT,
    env: { ...process.env, KB_ACCESS_LOG: 'off', ...NO_RATE_LIMITS, ...env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let stderr = '';
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      child.kill('SIGKILL');
      reject(new Error(`${why}\n${stderr.slice(-2000)}`));
    };
    const timer = setTimeout(() => fail(`kbdesk serve not ready after ${timeoutMs} ms`), timeoutMs);
    child.on('exit', (code, signal) => fail(`kbdesk serve exited early (${code ?? signal})`));
    let polling = false;
    child.stderr!.on('data', async (d: Buffer) => {
      stderr += d.toString();
      const port = /serving .* on http:\/\/localhost:(\d+)/.exec(stderr)?.[1];
      if (!port || settled || polling) return;
      polling = true;
      const url = `http://127.0.0.1:${port}`;
      // The line is printed once the socket listens; poll anyway in case that ever changes.
      let ok = false;
      for (let i = 0; i < 500 && !settled && !ok; i++) {
        ok = await fetch(`${url}/healthz`).then((r) => r.status === 200, () => false);
        if (!ok) await new Promise((r) => setTimeout(r, 10));
      }
      if (!ok) return fail('kbdesk serve printed its port, but /healthz never answered 200');
      settled = true;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        url, port: Number(port), pid: child.pid!, process: child, readyMs: performance.now() - started,
        stop: () => new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
        }),
      });
    });
  });
}
