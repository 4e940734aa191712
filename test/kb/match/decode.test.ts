import { describe, expect, it } from 'vitest';
import { decodeLog } from '../../../kb/match/index.ts';
import { ENCODINGS, fixtureText } from './support.ts';

const sample = `${fixtureText('windowsupdate-legacy-kb954960.log')}Zażółć gęślą jaźń — ✓\n`;

describe('decodeLog', () => {
  for (const [name, encode] of Object.entries(ENCODINGS)) {
    it(`decodes ${name} to the same text with \\n line ends`, () => {
      expect(decodeLog(encode(sample))).toBe(sample);
    });
  }

  it('turns lone CRs into LFs and strips a BOM from string input', () => {
    expect(decodeLog('\ufeffa\rb\r\nc\n')).toBe('a\nb\nc\n');
  });

  it('leaves UTF-8 that merely contains some NULs alone', () => {
    const bytes = new TextEncoder().encode('plain ascii text, nothing to see here\u0000 at all');
    expect(decodeLog(bytes)).toBe('plain ascii text, nothing to see here\u0000 at all');
  });

  it('handles empty and one-byte input', () => {
    expect(decodeLog(new Uint8Array(0))).toBe('');
    expect(decodeLog(new Uint8Array([0x41]))).toBe('A');
  });
});
