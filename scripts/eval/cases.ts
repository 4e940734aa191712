import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const Expect = z.string().regex(/^(KB\d+|none)$/, 'KB<number> or none');

export const CaseFile = z.strictObject({
  matching: z.array(z.strictObject({ logs: z.array(z.string()).min(1), expect: Expect })).default([]),
  search: z.array(z.strictObject({ q: z.string().min(1), locale: z.enum(['pl-PL', 'en-US']), expect: Expect })).default([]),
});

export const ChatFlows = z.array(z.strictObject({
  name: z.string(),
  locale: z.enum(['pl-PL', 'en-US']).optional(),
  turns: z.array(z.strictObject({
    say: z.string(),
    expect: z.strictObject({
      contains: z.array(z.string()).default([]),
      cites: z.array(z.string()).default([]),
      handoff: z.boolean().optional(),
    }),
  })).min(1),
}));

export interface MatchCase { folder: string; logs: { name: string; content: Uint8Array }[]; expect: string }
export interface SearchCase { folder: string; q: string; locale: 'pl-PL' | 'en-US'; expect: string }

/** Every case under test/eval/cases/<folder>/expect.yaml, with its log files read as bytes. */
export function loadCases(dir: string): { matching: MatchCase[]; search: SearchCase[] } {
  const matching: MatchCase[] = [];
  const search: SearchCase[] = [];
  for (const folder of readdirSync(dir).sort()) {
    const file = join(dir, folder, 'expect.yaml');
    if (!existsSync(file)) continue;
    const spec = CaseFile.parse(parse(readFileSync(file, 'utf8')));
    for (const m of spec.matching) {
      matching.push({ folder, expect: m.expect, logs: m.logs.map((name) => ({ name, content: new Uint8Array(readFileSync(join(dir, folder, name))) })) });
    }
    for (const s of spec.search) search.push({ folder, ...s });
  }
  return { matching, search };
}
