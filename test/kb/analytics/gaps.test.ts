import { describe, expect, it } from 'vitest';
import { gapLines, isFailureLine, readTail, SCAN_CHARS, templateOf } from '../../../kb/analytics/gaps.ts';
import { analyticsServices, clientA, clientB, diskFullLog } from './support.ts';

const PROXY = 'WARNING: Sync of Updates failed for client * ) after * bytes, request * : 0x8024402c';

describe('gap templates', () => {
  it('takes failure lines and skips boilerplate and success reports', () => {
    expect(isFailureLine('WARNING: SyncServerUpdatesInternal failed: 0x8024402c')).toBe(true);
    expect(isFailureLine('System.Data.SqlClient.SqlException: Timeout expired.')).toBe(true);
    expect(isFailureLine('Exit code = 0x00000000, error = 0x00000000')).toBe(false);
    expect(isFailureLine('## START ##  AU: Search for updates')).toBe(false);
    expect(templateOf('ERROR 2026-11-18 12345678')).toBeUndefined();
    expect(templateOf('ERROR 2026-11-18 opening the datastore 12345678')).toBe('ERROR * opening the datastore');
  });

  it('masks what varies between machines (hosts, addresses, times, pids, GUIDs, counts) with the matcher\'s masking', () => {
    const [a] = gapLines(readTail({ name: 'WindowsUpdate.log', content: clientA }));
    const [b] = gapLines(readTail({ name: 'WindowsUpdate.log', content: clientB }));
    expect(a!.template).toBe(PROXY);
    expect(b!.template).toBe(a!.template);
    expect(a!.source).toBe('client');
    expect(a!.example).toContain('Sync of Updates failed for client [host] ([ip]) after 12345 bytes');
    expect(a!.example).not.toContain('contoso');
  });

  it('reads only the end of a huge log', () => {
    const filler = `${'2026-11-18\t09:00:00:000\t 996\t1b3c\tAgent\tWARNING: early noise failed 0x80070005\n'}`.repeat(20_000);
    const lines = gapLines(readTail({ name: 'WindowsUpdate.log', content: `${filler}${clientA}` }));
    expect(lines.map((l) => l.template)).toContain(PROXY);
  });

  it('reads the end of a huge log sent as UTF-8 or UTF-16 bytes, cut on a character', () => {
    const text = `${'2026-11-18\t09:00:00:000\t 996\t1b3c\tAgent\tWARNING: early noise failed 0x80070005\n'.repeat(20_000)}${clientA}`;
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + 2 * i] = text.charCodeAt(i) & 0xff, utf16[3 + 2 * i] = text.charCodeAt(i) >> 8;
    for (const content of [new TextEncoder().encode(text), utf16]) {
      const tail = readTail({ name: 'WindowsUpdate.log', content });
      expect(tail.text.length).toBeLessThanOrEqual(SCAN_CHARS);
      expect(tail.text.endsWith(clientA.replace(/\r\n/g, '\n'))).toBe(true);
      expect(gapLines(tail).map((l) => l.template)).toContain(PROXY);
    }
  });
});

describe('gap report from unmatched logs', () => {
  it('collapses the same failure from two machines into one template counted twice; another failure is another template', async () => {
    const { services } = await analyticsServices();
    for (const content of [clientA, clientB]) {
      expect((await services.match.match([{ name: 'WindowsUpdate.log', content }])).matches).toEqual([]);
    }
    await services.match.match([{ name: 'WindowsUpdate.log', content: diskFullLog('FS01') }]);
    const report = await services.analytics.gaps();
    expect(report.unmatched).toBe(3);
    expect(report.templates.map((t) => [t.count, t.template])).toEqual([
      [2, PROXY],
      [1, 'FATAL: Failed to create download directory on \\\\ * \\updates, error 0x80070070'],
    ]);
    expect(report.templates[0]!.source).toBe('client');
    expect(report.templates[0]!.example).toMatch(/^2026-11-18 09:14:24:036 996 /);
  });

  it('records nothing for logs that matched an article', async () => {
    const { services } = await analyticsServices();
    const log = '2026-11-18\t09:14:02:123\t 996\t1a8c\tPT\tWARNING: SyncUpdates failure, error = 0x8024400E, soap client error = 7, soap error code = 400, HTTP status code = 200';
    const result = await services.match.match([{ name: 'WindowsUpdate.log', content: log }]);
    expect(result.matches[0]?.article.id).toBe('KB954960');
    expect(result.matchId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await services.analytics.gaps()).templates).toEqual([]);
  });

  it('limits the report and the window', async () => {
    const { services } = await analyticsServices();
    await services.match.match([{ name: 'WindowsUpdate.log', content: clientA }]);
    await services.match.match([{ name: 'WindowsUpdate.log', content: diskFullLog('FS01') }]);
    expect((await services.analytics.gaps({ limit: 1 })).templates).toHaveLength(1);
    expect((await services.analytics.gaps({ days: 1 })).templates).toHaveLength(2);
  });
});
