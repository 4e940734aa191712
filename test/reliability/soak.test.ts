import { describe, expect, it } from 'vitest';
import { formatSoak, runSoak, type SoakReport } from '../../scripts/soak.ts';

/** Every request answered as expected, every kind of request among them, memory sampled. */
function expectAllAnswered(report: SoakReport, sent: number) {
  expect(report.failures, formatSoak(report)).toEqual([]);
  expect(report.passed).toBe(true);
  const kinds = new Map(report.kinds.map((k) => [k.kind, k]));
  for (const kind of ['article', 'error code', 'search', 'match', 'chat', 'article 404']) {
    expect(kinds.get(kind)?.ok, kind).toBeGreaterThan(0);
  }
  expect(report.kinds.reduce((n, k) => n + k.ok, 0)).toBe(sent);
  expect(report.memory.samples).toBeGreaterThan(5);
}

/**
 * A short run of `npm run soak` (the full one is 60 s): every kind of request answers correctly
 * under a steady mixed load on a real server process. Too short to judge memory finely, so only
 * a gross leak (RSS doubling after warm-up) fails here; `npm run soak` applies the 30% limit.
 */
describe('soak (short)', () => {
  it('serves 8 s of mixed traffic at 25 req/s with no failed request', async () => {
    expectAllAnswered(await runSoak({ seconds: 8, rate: 25, warmupSeconds: 2, maxRssGrowth: 1, maxInFlight: 100 }), 200);
  }, 60_000);

  it('the Worker (workerd over a local D1) serves the same traffic with no failed request', async () => {
    const report = await runSoak({ seconds: 8, rate: 25, warmupSeconds: 2, maxRssGrowth: 1, maxInFlight: 100, target: 'worker' });
    expectAllAnswered(report, 200);
    expect(report.memory.what).toBe('Worker isolate heap (live)');
  }, 90_000);
});
