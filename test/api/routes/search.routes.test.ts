import { describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/app.ts';

type SearchBody = { results: { id: string; locale: string; snippet: string }[]; strategy: string; total?: number };
const get = async (app: Awaited<ReturnType<typeof testApp>>['app'], qs: string) => app.request(`/v1/search?${qs}`);

describe('GET /v1/search', () => {
  it('finds KB954960 in Polish and English with highlighted snippets', async () => {
    const { app } = await testApp();
    const pl = (await (await get(app, 'q=zatwierdzenia%20aktualizacji&locale=pl')).json()) as SearchBody;
    expect(pl.results[0]).toMatchObject({ id: 'KB954960', locale: 'pl-PL' });
    expect(pl.results[0]!.snippet).toContain('<mark>');
    const en = (await (await get(app, 'q=office%202003%20approvals&locale=en-US')).json()) as SearchBody;
    expect(en.results[0]).toMatchObject({ id: 'KB954960', locale: 'en-US' });
    const code = (await (await get(app, 'q=8024400e')).json()) as SearchBody;
    expect(code.results[0]!.id).toBe('KB954960');
  });

  it('answers hostile FTS syntax with 200, never 500', async () => {
    const { app } = await testApp();
    for (const q of ['"', 'NEAR(', 'wsus AND', 'OR OR OR', '*', 'title:wsus', '^wsus', '(((', 'a"b"c', '-wsus', `${'x'.repeat(1999)}`]) {
      const res = await get(app, `q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
    }
  });

  it('rejects an empty or oversized query and bad limits with problem+json', async () => {
    const { app } = await testApp();
    for (const qs of ['q=', 'q=%20%20', '', `q=${'x'.repeat(2001)}`, 'q=wsus&limit=0', 'q=wsus&limit=51', 'q=wsus&offset=-1']) {
      const res = await get(app, qs);
      expect(res.status, qs).toBe(400);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    }
  });

  it('filters by product', async () => {
    const { app } = await testApp();
    const hit = (await (await get(app, 'q=wsus&product=sccm')).json()) as SearchBody;
    expect(hit.results.map((r) => r.id)).toEqual(['KB954960']);
    const miss = (await (await get(app, 'q=wsus&product=exchange')).json()) as SearchBody;
    expect(miss.results).toEqual([]);
  });
});
