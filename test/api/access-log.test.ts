import { describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.ts';
import { createServices } from '../../kb/services/index.ts';
import { freshDatabase } from '../helpers/db.ts';

describe('access log', () => {
  it('writes one structured entry per request, with the request id the client got', async () => {
    const entries: Record<string, unknown>[] = [];
    const app = createApp(createServices(freshDatabase()), { corsOrigins: ['*'] }, { log: (e) => entries.push(e) });
    const res = await app.request('/v1/articles/nope?x=1');
    expect(res.status).toBe(400);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ method: 'GET', path: '/v1/articles/nope', status: 400, requestId: res.headers.get('X-Request-Id') });
    expect(typeof entries[0]!.ms).toBe('number');
    expect(Date.parse(String(entries[0]!.time))).not.toBeNaN();
  });
});
