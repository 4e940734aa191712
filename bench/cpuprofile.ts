/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof`): self time by function and by file or
 * package, so "where does the time go" has an answer without opening DevTools.
 * Run: npx tsx bench/cpuprofile.ts <file.cpuprofile> [top=25]
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

export interface ProfileRow { name: string; ms: number; share: number }

/** Where a frame lives: a package name for node_modules, the repo-relative file otherwise. */
function owner(url: string): string {
  if (!url) return '(native / V8)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return `pkg:${pkg[1]}`;
  const local = /\/(kb|api|mcp|node|bench|scripts|test)\/(.+)$/.exec(url);
  return local ? `${local[1]}/${local[2]}` : url.replace(/^file:\/\//, '');
}

/** Self time per function and per owner (file or package), largest first. */
export function summariseProfile(profile: Profile): { byFunction: ProfileRow[]; byOwner: ProfileRow[]; totalMs: number } {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const totalMs = [...self.values()].reduce((a, b) => a + b, 0);
  const fn = new Map<string, number>();
  const own = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (ms === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${owner(url)}:${lineNumber + 1}`;
    fn.set(key, (fn.get(key) ?? 0) + ms);
    own.set(owner(url), (own.get(owner(url)) ?? 0) + ms);
  }
  const rows = (m: Map<string, number>) => [...m].map(([name, ms]) => ({ name, ms, share: ms / totalMs })).sort((a, b) => b.ms - a.ms);
  return { byFunction: rows(fn), byOwner: rows(own), totalMs };
}

export function profileTable(rows: ProfileRow[], top: number, head: string): string {
  return [`| ${head} | self ms | share |`, '|---|---:|---:|',
    ...rows.slice(0, top).map((r) => `| \`${r.name}\` | ${Math.round(r.ms)} | ${(r.share * 100).toFixed(1)}% |`)].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [file, top = '25'] = process.argv.slice(2);
  if (!file) throw new Error('usage: tsx bench/cpuprofile.ts <file.cpuprofile> [top]');
  const s = summariseProfile(JSON.parse(readFileSync(file, 'utf8')) as Profile);
  console.log(`total sampled: ${Math.round(s.totalMs)} ms\n`);
  console.log(profileTable(s.byOwner, Number(top), 'file or package'));
  console.log();
  console.log(profileTable(s.byFunction, Number(top), 'function'));
}
