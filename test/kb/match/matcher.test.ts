import { describe, expect, it } from 'vitest';
import { createMatcher, type ArticleMatch, type LogInput } from '../../../kb/match/index.ts';
import { article, ENCODINGS, fixture, fixtureText, lineOf, seedArticles } from './support.ts';

const seeds = seedArticles();
const matcher = createMatcher(seeds);
const run = (...names: string[]) => matcher.match(names.map((name) => ({ name, content: fixture(name) })));
const only = (logs: LogInput[]): ArticleMatch => {
  const { matches } = matcher.match(logs);
  expect(matches).toHaveLength(1);
  return matches[0]!;
};
const guidAfter = (text: string, label: string) => text.slice(text.indexOf(label) + label.length).slice(0, 36);

describe('the seed article matches its own excerpts', () => {
  for (const seed of seeds) {
    it(`${seed.locale} excerpts → KB954960, high confidence, client and server linked`, () => {
      const [client, server] = seed.logs;
      const m = only([
        { name: 'WindowsUpdate.log', content: client!.lines.join('\n') },
        { name: 'SoftwareDistribution.log', content: server!.lines.join('\n') },
      ]);
      expect(m.article.id).toBe('KB954960');
      expect(m.confidence).toBe('high');
      expect(m.evidence.some((e) => e.decisive)).toBe(true);
      expect(m.correlations).toHaveLength(1);
      expect(m.correlations[0]!.id).toBe(guidAfter(client!.lines.join('\n'), 'ID:'));
      expect(m.correlations[0]!.agrees).toBe(true);
    });
  }

  it('links the fault ID whatever the order and names of the logs', () => {
    const [client, server] = seeds[0]!.logs;
    const m = only([
      { name: 'pasted-2.txt', content: server!.lines.join('\n') },
      { name: 'pasted-1.txt', content: client!.lines.join('\n') },
    ]);
    expect(m.correlations.map((c) => [c.client.log, c.server.log, c.agrees])).toEqual([['pasted-1.txt', 'pasted-2.txt', true]]);
  });

  it('matches once per article, showing the asked translation', () => {
    const content = seeds[0]!.logs[0]!.lines.join('\n');
    const { matches } = matcher.match([{ name: 'WindowsUpdate.log', content }], { locale: 'pl-PL' });
    expect(matches).toHaveLength(1);
    expect(matches[0]!.article).toEqual({ id: 'KB954960', title: seeds[1]!.title, locale: 'pl-PL' });
    expect(matcher.match([{ name: 'WindowsUpdate.log', content }]).matches[0]!.article.locale).toBe('en-US');
    expect(createMatcher([seeds[1]!]).match([{ name: 'WindowsUpdate.log', content }]).matches[0]!.article.locale).toBe('pl-PL');
  });
});

describe('real logs around the fault', () => {
  it('legacy WindowsUpdate.log with noise: high, the rule holds, evidence points at the right lines', () => {
    const name = 'windowsupdate-legacy-kb954960.log';
    const { matches, stats } = run(name);
    const m = matches[0]!;
    expect(m.confidence).toBe('high');
    expect(m.rules.map((r) => r.id)).toContain('KB954960:client-sync:together');
    const failure = m.evidence.find((e) => e.text.includes('SyncUpdates failure'))!;
    expect(failure.line).toBe(lineOf(fixtureText(name), 'SyncUpdates failure'));
    expect(failure.source).toBe('client');
    expect(failure.weight).toBeGreaterThan(m.evidence.find((e) => e.source === 'any')!.weight);
    expect(m.evidence.some((e) => e.text.includes('Synchronizing server updates'))).toBe(false);
    expect(stats.lines).toBe(fixtureText(name).trim().split('\n').length);
    expect(stats.logs[0]).toMatchObject({ format: 'windowsupdate-legacy', source: 'client' });
  });

  it('Windows 10 decoded log: high', () => {
    expect(run('windowsupdate-win10-kb954960.log').matches[0]!.confidence).toBe('high');
  });

  it('WSUS server log alone: decisive exception with its GetSyncInfo frame', () => {
    const name = 'softwaredistribution-kb954960.log';
    const m = run(name).matches[0]!;
    expect(m.confidence).toBe('high');
    const decisive = m.evidence.find((e) => e.decisive)!;
    expect(decisive.line).toBe(lineOf(fixtureText(name), 'System.ArgumentException'));
    expect(decisive.text).toContain('GetSyncInfo(');
  });

  it('client and server together: the SOAP fault ID links them, past an unrelated exception on another thread', () => {
    const client = 'windowsupdate-legacy-kb954960.log', server = 'softwaredistribution-kb954960.log';
    const m = run(server, client).matches[0]!;
    const [c] = m.correlations;
    expect(c!.id).toBe(guidAfter(fixtureText(client), 'ID:'));
    expect(c!.client).toMatchObject({ log: client, line: lineOf(fixtureText(client), 'ID:') });
    expect(c!.server).toMatchObject({ log: server, line: lineOf(fixtureText(server), 'ThrowException') });
    expect(c!.serverException!.line).toBe(lineOf(fixtureText(server), 'System.ArgumentException'));
    expect(c!.agrees).toBe(true);
    expect(m.against).toEqual([]);
    const linked = m.evidence.filter((e) => e.correlation === c!.id);
    expect(new Set(linked.map((e) => e.log))).toEqual(new Set([client, server]));
    expect(m.score).toBeGreaterThanOrEqual(run(client).matches[0]!.score);
  });

  it('CMTrace WUAHandler.log: only the error code, so low', () => {
    const m = run('cmtrace-wuahandler.log').matches[0]!;
    expect(m.confidence).toBe('low');
    expect(m.evidence.every((e) => e.source === 'any')).toBe(true);
    expect(m.evidence[0]!.occurrences).toBe(2);
  });

  for (const [encoding, encode] of Object.entries(ENCODINGS)) {
    it(`reads the legacy log in ${encoding} the same way`, () => {
      const name = 'windowsupdate-legacy-kb954960.log';
      const expected = run(name).matches[0]!;
      const m = only([{ name, content: encode(fixtureText(name)) }]);
      expect(m.score).toBe(expected.score);
      expect(m.evidence.map((e) => [e.signature, e.line, e.text])).toEqual(expected.evidence.map((e) => [e.signature, e.line, e.text]));
    });
  }
});

describe('confidence tiers', () => {
  it('high: client fault with its method line', () => {
    expect(run('windowsupdate-legacy-kb954960.log').matches[0]!.confidence).toBe('high');
  });

  it('medium: a pasted failure and error line without the method line, source unknown', () => {
    const m = run('ticket-excerpt.txt').matches[0]!;
    expect(m.confidence).toBe('medium');
    expect(m.rules).toEqual([]);
  });

  it('low: the error code alone, written as a signed decimal', () => {
    const m = run('ticket-decimal-code.txt').matches[0]!;
    expect(m.confidence).toBe('low');
    expect(m.evidence.map((e) => e.text)).toEqual([expect.stringContaining('-2145107954')]);
  });

  it('low: the same SOAP fault for another web method', () => {
    const m = run('windowsupdate-legacy-getcookie.log').matches[0]!;
    expect(m.confidence).toBe('low');
    expect(m.evidence.some((e) => e.text.includes('SyncUpdates failure'))).toBe(false);
  });
});

describe('evidence against and negatives', () => {
  it('a different server exception behind the same client fault lowers the match and says why', () => {
    const client = 'windowsupdate-legacy-kb954960.log', server = 'softwaredistribution-sql-timeout.log';
    const alone = run(client).matches[0]!;
    const m = run(client, server).matches[0]!;
    expect(m.against).toHaveLength(1);
    expect(m.against[0]!.text).toContain('SqlException');
    expect(m.against[0]!.line).toBe(lineOf(fixtureText(server), 'SqlException'));
    expect(m.correlations[0]!.agrees).toBe(false);
    expect(m.score).toBeLessThan(alone.score);
    expect(m.confidence).not.toBe('high');
    expect(m.evidence.some((e) => e.decisive)).toBe(false);
  });

  it.each(['windowsupdate-proxy-8024402c.log', 'windowsupdate-win10-timeout-80072ee2.log', 'unrelated-iis.log'])('%s matches nothing', (name) => {
    expect(run(name).matches).toEqual([]);
  });

  it('the same .NET exception text from unrelated software is weak at most', () => {
    const { matches } = run('unrelated-app-duplicate-key.log');
    for (const m of matches) {
      expect(m.confidence).toBe('low');
      expect(m.evidence.some((e) => e.decisive)).toBe(false);
    }
  });

  it('server evidence in a log named like a client log counts for less', () => {
    const content = fixture('softwaredistribution-kb954960.log');
    const right = only([{ name: 'SoftwareDistribution.log', content }]);
    const wrong = only([{ name: 'WindowsUpdate.log', content }]);
    expect(wrong.score).toBeLessThan(right.score);
  });

  it('empty input and empty logs match nothing', () => {
    expect(matcher.match([]).matches).toEqual([]);
    expect(matcher.match([{ name: 'a.log', content: '' }, { name: 'b.log', content: new Uint8Array(0) }]).matches).toEqual([]);
  });
});

describe('engine', () => {
  it('keeps a few evidence lines per signature but counts them all', () => {
    const block = fixtureText('windowsupdate-legacy-kb954960.log');
    const m = only([{ name: 'WindowsUpdate.log', content: block.repeat(10) }]);
    const failure = m.evidence.filter((e) => e.pattern.includes('SyncUpdates failure'));
    expect(failure).toHaveLength(3);
    expect(new Set(failure.map((e) => e.line)).size).toBe(3);
    expect(failure[0]!.occurrences).toBe(10);
  });

  it('explicit signatures: in order within one entry, case-insensitive, across CMTrace continuation lines', () => {
    const m = createMatcher([article('KB1', [{ pattern: 'scan FAILED with error = * detection will be retried', source: 'configmgr', weight: 0.7 }])]);
    const found = m.match([{ name: 'WUAHandler.log', content: fixture('cmtrace-wuahandler.log') }]).matches;
    expect(found.map((x) => [x.article.id, x.score])).toEqual([['KB1', 0.7]]);
    const reversed = createMatcher([article('KB2', [{ pattern: 'detection will be retried * scan failed', source: 'configmgr' }])]);
    expect(reversed.match([{ name: 'WUAHandler.log', content: fixture('cmtrace-wuahandler.log') }]).matches).toEqual([]);
  });

  it('a decisive explicit signature makes a match high on its own; in a log of another source it does not', () => {
    const m = createMatcher([article('KB3', [{ pattern: 'Item has already been added * GetSyncInfo(', source: 'wsus-server', weight: 0.3, decisive: true }])]);
    const content = fixture('softwaredistribution-kb954960.log');
    expect(m.match([{ name: 'SoftwareDistribution.log', content }]).matches[0]!.confidence).toBe('high');
    expect(m.match([{ name: 'WindowsUpdate.log', content }]).matches[0]!.confidence).toBe('low');
  });

  it('finds exactly the lines a brute-force search finds, for random fragments and text', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const word = (n: number) => Array.from({ length: n }, () => 'abcA'[Math.floor(rand() * 4)]).join('');
    const patterns = Array.from({ length: 300 }, () => Array.from({ length: 1 + Math.floor(rand() * 3) }, () => word(1 + Math.floor(rand() * 6))));
    const lines = Array.from({ length: 400 }, () => word(Math.floor(rand() * 40)));
    const m = createMatcher(patterns.map((p, i) => article(`KB${i}`, [{ pattern: p.join('*'), weight: 0.2 }])));
    const { matches } = m.match([{ name: 'WindowsUpdate.log', content: lines.join('\n') }], { minScore: 0, limit: 1000 });
    const got = new Map(matches.map((x) => [x.article.id, x.evidence[0]!.occurrences]));
    // Not vacuous: some patterns match, some do not.
    expect(got.size).toBeGreaterThan(30);
    expect(got.size).toBeLessThan(patterns.length - 30);
    patterns.forEach((p, i) => {
      const expected = lines.filter((l) => inOrder(l.toLowerCase(), p.map((f) => f.toLowerCase()))).length;
      expect(got.get(`KB${i}`) ?? 0, `${p.join('*')}`).toBe(expected);
    });
  });

  it('builds 10,000 signatures and still finds the real article', () => {
    const many = Array.from({ length: 2500 }, (_, i) => article(`KB${1_000_000 + i}`, [
      { pattern: `Component${i} * failed` }, { pattern: `Handler${i}: * retry` }, { pattern: `code ${i} * Agent` },
    ], [`0x8024${(0x1000 + i).toString(16)}`]));
    const m = createMatcher([...seeds, ...many]);
    expect(m.signatureCount).toBeGreaterThanOrEqual(10_000);
    const { matches } = m.match([{ name: 'WindowsUpdate.log', content: fixture('windowsupdate-legacy-kb954960.log') }]);
    expect(matches.map((x) => x.article.id)).toEqual(['KB954960']);
  });
});

/** Exhaustive check: can the fragments be placed in order without overlap? */
function inOrder(line: string, fragments: string[], from = 0): boolean {
  if (fragments.length === 0) return true;
  const [first, ...rest] = fragments;
  for (let at = line.indexOf(first!, from); at >= 0; at = line.indexOf(first!, at + 1)) {
    if (inOrder(line, rest, at + first!.length)) return true;
  }
  return false;
}
