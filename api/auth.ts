import { createMiddleware } from 'hono/factory';
import type { Context } from 'hono';
import { atLeast, audienceOf, type Audience, type Role } from '../kb/access/roles.ts';
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

export function bearerToken(header: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
}

/**
 * Sets the caller's role: the KB_ADMIN_TOKEN is an admin key, other bearer tokens are looked up
 * among the API keys, and no token means anonymous. A token that is neither is refused outright.
 */
export const identify = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearerToken(c.req.header('Authorization'));
  let role: Role = 'anonymous';
  if (token) {
    const admin = c.get('config').adminToken;
    const keys = c.get('services').apiKeys;
    const found = admin && (await secretsEqual(token, admin)) ? 'admin' : await keys.roleOf(token);
    // With no admin token and no keys there is nothing to authenticate against: the caller is
    // anonymous, and protected routes explain how to turn them on (403) rather than blame the token.
    if (!found && (admin || (await keys.anyActive()))) {
      c.header('WWW-Authenticate', 'Bearer realm="kbdesk", error="invalid_token"');
      throw new KbError('unauthorized', 'The bearer token is not a valid API key (it may have been revoked).');
    }
    role = found ?? 'anonymous';
  }
  c.set('role', role);
  await next();
});

/** What the caller of this request may see. */
export function audience(c: Context<AppEnv>): Audience {
  return audienceOf(c.get('role') ?? 'anonymous');
}

const WHAT: Partial<Record<Role, string>> = { agent: 'an agent', editor: 'an editor', admin: 'an admin' };

/** Lets the request through only for `min` or a more trusted role. */
export function requireRole(min: Role) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const role = c.get('role');
    if (atLeast(role, min)) return next();
    if (role === 'anonymous') {
      // With no admin token and no keys at all, nobody could ever pass: say how to turn it on.
      if (!c.get('config').adminToken && !(await c.get('services').apiKeys.anyActive())) {
        throw new KbError('forbidden', 'This is disabled: set KB_ADMIN_TOKEN or create a key with `kbdesk keys create`.');
      }
      c.header('WWW-Authenticate', 'Bearer realm="kbdesk"');
      throw new KbError('unauthorized', `Send Authorization: Bearer <key> of ${WHAT[min] ?? min} or a more trusted role.`);
    }
    throw new KbError('forbidden', `This needs ${WHAT[min] ?? min} key; yours is a ${role} key.`);
  });
}
