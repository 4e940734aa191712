import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.ts';
import { openD1Database, type D1Binding } from '../../kb/db/d1.ts';
import { createServices } from '../../kb/services/index.ts';

/**
 * On a deployed Worker each D1 query is a round trip to another machine, so the number a request
 * makes before its answer is its latency. Counted here over the real D1 binding in workerd.
 */
type Statement = { bind(...values: unknown[]): Statement; [run: string]: unknown };

function countingBinding(db: D1Binding) {
  const trips: string[] = [];
  const wrap = (inner: Statement, sql: string): Statement => new Proxy(inner, {
    get(target, name) {
      if (name === 'inner') return target;
      if (name === 'bind') return (...values: unknown[]) => wrap(target.bind(...values), sql);
      const value = Reflect.get(target, name) as unknown;
      if (typeof value !== 'function') return value;
      if (['all', 'raw', 'first', 'run'].includes(String(name))) trips.push(`${/^\s*(insert|update|delete)/i.test(sql) ? 'write' : 'read'}: ${sql.trim().slice(0, 60)}`);
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
  const binding = {
    prepare: (sql: string) => wrap(db.prepare(sql) as unknown as Statement, sql),
    batch: (statements: Statement[]) => {
      trips.push(`batch of ${statements.length}`);
      return db.batch(statements.map((s) => s.inner) as never);
    },
  } as unknown as D1Binding;
  return { binding, trips };
}

function countedApp() {
  const { binding, trips } = countingBinding(env.DB);
  const services = createServices(openD1Database(binding), { writeAnalyticsOnFlush: true });
  return { app: createApp(services, { corsOrigins: ['*'] }), services, trips };
}

const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('D1 round trips before an answer (the Worker\'s app over a counting binding)', () => {
  it.each([
    ['an article', '/v1/articles/KB954960?locale=en-US', undefined, 1],
    ['an error code', '/v1/errors/0x8024400E', undefined, 1],
    ['a search in English', '/v1/search?q=approvals%20office%202003&locale=en', undefined, 3],
    ['a search in Polish', '/v1/search?q=komputery%20nie%20odbieraja%20aktualizacji&locale=pl', undefined, 4],
    ['a chat turn with an error code', '/v1/chat', json({ messages: [{ role: 'user', content: 'Klienci WSUS zgłaszają błąd 0x8024400E' }] }), 2],
    ['a chat turn without one', '/v1/chat', json({ messages: [{ role: 'user', content: 'Some computers do not receive updates from the WSUS server' }] }), 4],
  ] as const)('%s: a bounded number of reads, no write', async (_, path, init, most) => {
    const { app, services, trips } = countedApp();
    // Warm: the database generation (part of every stored answer's key) is read at most once a second.
    await (await app.request('/v1/products')).arrayBuffer();
    trips.length = 0;
    const res = await app.request(path, init);
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    expect(trips.filter((t) => !t.startsWith('read')), trips.join('\n')).toEqual([]);
    expect(trips.length, trips.join('\n')).toBeGreaterThan(0);
    expect(trips.length, trips.join('\n')).toBeLessThanOrEqual(most);
    // What it recorded goes out afterwards, in one batch (with the hourly pruning, the first time).
    trips.length = 0;
    await services.analytics.flush();
    if (path.startsWith('/v1/search') || path === '/v1/chat') expect(trips).toEqual([expect.stringMatching(/^batch of \d+$/)]);
    else expect(trips).toEqual([]);
  });
});
