import { describe, expect, it } from 'vitest';
import { parseRateLimit } from '../../api/rate-limit.ts';

describe('parseRateLimit', () => {
  it('reads N/SECONDS, off, and falls back when unset', () => {
    expect(parseRateLimit('30/10', undefined)).toEqual({ requests: 30, windowSeconds: 10 });
    expect(parseRateLimit('30/10s', undefined)).toEqual({ requests: 30, windowSeconds: 10 });
    expect(parseRateLimit('off', { requests: 1, windowSeconds: 1 })).toBeUndefined();
    expect(parseRateLimit(undefined, { requests: 5, windowSeconds: 60 })).toEqual({ requests: 5, windowSeconds: 60 });
    expect(() => parseRateLimit('lots', undefined)).toThrow(/N\/SECONDS/);
  });
});
