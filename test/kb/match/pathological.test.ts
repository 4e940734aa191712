import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../kb/match/index.ts';
import { growthRatio } from '../../reliability/support.ts';
import { article, seedArticles } from './support.ts';

/**
 * Hostile inputs and hostile patterns. No absolute time limits (machines differ); instead the
 * time for 4n must stay within a small multiple of the time for n, which a quadratic (or
 * backtracking) matcher cannot do.
 */
const hostile = createMatcher([
  ...seedArticles(),
  article('KB-HOSTILE', [
    { pattern: 'a*a*a*a*a*' },
    { pattern: 'aa*aaa*aaaa*aaaaa*b' },
    { pattern: '*SyncUpdates failure*SyncUpdates failure*, error = 0x' },
    // Fragments nested in each other: every position of `aaaa…` ends all of them.
    ...Array.from({ length: 120 }, (_, k) => ({ pattern: 'a'.repeat(k + 1) + '*b' })),
  ]),
]);

/**
 * Time ratio between inputs of size 4n and n; linear is about 4. Interleaved medians with retries
 * (test/reliability/support.ts), so one stalled run on shared CI cores cannot fail the build.
 */
function growth(make: (n: number) => string, n: number): number {
  return growthRatio(make, (content) => hostile.match([{ name: 'WindowsUpdate.log', content }]), n, { repeats: 3 });
}

const lines = (line: string) => (n: number) => `${line}\n`.repeat(Math.ceil(n / (line.length + 1)));
const MB = 1 << 20;

describe('pathological input', () => {
  it('5 MB without a newline completes and is read as one line', () => {
    const { stats, matches } = hostile.match([{ name: 'WindowsUpdate.log', content: 'a'.repeat(5 * MB) }]);
    expect(stats.lines).toBe(1);
    // Only the first 64 KiB of the line is considered, which holds five a's but no b.
    expect(matches.map((m) => m.article.id)).toEqual(['KB-HOSTILE']);
    expect(matches[0]!.evidence.map((e) => e.pattern)).toEqual(['a * a * a * a * a']);
  });

  it('1M newlines: a million empty lines, nothing matches', () => {
    const { stats, matches } = hostile.match([{ name: 'WindowsUpdate.log', content: '\n'.repeat(1_000_000) }]);
    expect(stats.lines).toBe(1_000_000);
    expect(matches).toEqual([]);
  });

  it('runs of near-matches do not make a signature match', () => {
    const content = 'WARNING: ' + 'SyncUpdates failureSyncUpdates failure, error = 0x8024400'.repeat(1000);
    const { matches } = hostile.match([{ name: 'WindowsUpdate.log', content }]);
    const kb = matches.find((m) => m.article.id === 'KB954960');
    expect(kb).toBeUndefined();
    const own = matches.find((m) => m.article.id === 'KB-HOSTILE')!;
    expect(own.evidence.some((e) => e.pattern.startsWith('SyncUpdates failure'))).toBe(true);
  });

  it.each([
    ['lines of a', lines('a'.repeat(4000))],
    ['lines of aaa…b (every nested fragment ends everywhere)', lines(`${'a'.repeat(3000)}b`)],
    ['near-matches of the real signature', lines('WARNING: SyncUpdates failureSyncUpdates failure, error = 0x8024400'.repeat(40))],
    ['short lines', lines('x')],
    ['one long line', (n: number) => 'ab'.repeat(n / 2)],
    ['real log lines', lines('2008-08-12\t09:14:04:395\t 988\t4a8\tPT\tWARNING: SyncUpdates failure, error = 0x8024400E, soap client error = 7')],
  ])('time grows linearly: %s', (_name, make) => {
    const ratio = growth(make, MB / 2);
    expect(ratio).toBeLessThan(8);
  });

  it('time grows linearly with stack-trace entries that hit the entry cap', () => {
    const trace = (n: number) => `2008-08-12 07:14:03.901 UTC\tError\tw3wp.12\tX.Y\tSystem.ArgumentException: Item has already been added.\n${'   at Microsoft.UpdateServices.Internal.ClientImplementation.GetSyncInfo(a)\n'.repeat(Math.ceil(n / 75))}`;
    expect(growth(trace, MB / 2)).toBeLessThan(8);
  });
});
