import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../node/paths.ts';

const WRANGLER = join(ROOT, 'node_modules/wrangler/bin/wrangler.js');

/** Wrangler quiet and hermetic: no metrics, no error reports, no account look-ups. */
export function wranglerEnv(): NodeJS.ProcessEnv {
  const config = join(ROOT, '.wrangler/config');
  mkdirSync(config, { recursive: true });
  return {
    ...process.env,
    XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME ?? config,
    WRANGLER_SEND_METRICS: 'false',
    WRANGLER_SEND_ERROR_REPORTS: 'false',
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  };
}

/** Runs wrangler to completion; throws with its output when it fails. */
export function wrangler(args: string[]): string {
  const run = spawnSync(process.execPath, [WRANGLER, ...args], { cwd: ROOT, env: wranglerEnv(), encoding: 'utf8', maxBuffer: 256 << 20 });
  if (run.status !== 0) throw new Error(`wrangler ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

/** Starts a long-running wrangler (dev) with its real PID, so it can be stopped with a signal. */
export function wranglerProcess(args: string[]): ChildProcess {
  return spawn(process.execPath, [WRANGLER, ...args], { cwd: ROOT, env: wranglerEnv(), stdio: 'inherit' });
}
