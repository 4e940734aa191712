import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { MatchResult } from '../../kb/match/types.ts';
import { bootstrap } from '../bootstrap.ts';

/** A terminal rendering of a match result: each article, then the lines that point to it. */
export function formatMatches(result: MatchResult): string {
  const out: string[] = [];
  if (result.matches.length === 0) out.push('No article matches these logs.');
  for (const m of result.matches) {
    out.push(`${m.article.id}  ${m.confidence.padEnd(6)} ${m.score.toFixed(2)}  ${m.article.title}`);
    // Several signatures (an exception and its stack frames) often point at one line: show it once.
    const lines = new Map<string, { text: string; decisive: boolean }>();
    for (const e of m.evidence) {
      const key = `${e.log}:${e.line}`;
      lines.set(key, { text: e.text, decisive: (lines.get(key)?.decisive ?? false) || e.decisive });
    }
    for (const [at, l] of lines) out.push(`    + ${at}  ${l.text.replace(/\s+/g, ' ').trim().slice(0, 150)}${l.decisive ? '  [decisive]' : ''}`);
    for (const c of m.correlations) out.push(`    = fault ${c.id}: ${c.client.log}:${c.client.line} <-> ${c.server.log}:${c.server.line}`);
    for (const a of m.against) out.push(`    - ${a.log}:${a.line}  ${a.reason}`);
  }
  const s = result.stats;
  out.push(`(${s.logs.length} log(s), ${s.lines} lines, ${s.bytes} bytes, ${s.ms} ms)`);
  return out.join('\n');
}

/** `kbdesk match FILE... [--json]`: the same matching as POST /v1/match, for a terminal. */
export async function matchCommand(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  if (files.length === 0) {
    console.error('usage: kbdesk match FILE... [--json]');
    return 2;
  }
  const logs = await Promise.all(files.map(async (f) => ({ name: basename(f), content: new Uint8Array(await readFile(f)) })));
  const { services, close } = await bootstrap();
  try {
    const result = await services.match.match(logs);
    console.log(json ? JSON.stringify(result, null, 2) : formatMatches(result));
    return 0;
  } finally {
    await close();
  }
}
