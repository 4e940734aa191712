import { createMiddleware } from 'hono/factory';
import { KbError } from '../kb/errors.ts';
import type { AppEnv } from './env.ts';

/** Compares secrets in constant time by comparing their SHA-256 digests byte for byte. */
export async function secretsEqual(a: string, b: string): Promise<boolean> {
  const enc = new TextEncoder();
  const [da, db] = await Promise.all([a, b].map((s) => crypto.subtle.digest('SHA-256', enc.encode(s))));
  const x = new Uint8Array(da!);
  const y = new Uint8Array(db!);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i]! ^ y[i]!;
  return diff === 0;
}

/** Writes need `Authorization: Bearer <KB_ADMIN_TOKEN>`; with no token configured they are off. */
export const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
  const token = c.get('config').adminToken;
  if (!token) throw new KbError('forbidden', 'Writes are disabled: the server has no KB_ADMIN_TOKEN configured.');
  const given = /^Bearer\s+(\S+)$/i.exec(c.req.header('Authorization') ?? '')?.[1];
  if (!given || !(await secretsEqual(given, token))) {
    c.header('WWW-Authenticate', 'Bearer realm="kbdesk"');
    throw new KbError('unauthorized', 'Send Authorization: Bearer <admin token> to write articles.');
  }
  await next();
});
