/**
 * `npm run eval`: the regression suite of log fixtures, search queries and chat flows, run
 * through the real import, database, matcher, search and assistant. Prints a table and exits 1
 * when a threshold is missed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { importFiles } from '../../kb/import/import.service.ts';
import { createServices } from '../../kb/services/index.ts';
import { readArticleFiles } from '../../node/article-files.ts';
import { openDatabase } from '../../node/database.ts';
import { BUNDLED_ARTICLES_DIR, ROOT } from '../../node/paths.ts';
import { ChatFlows, loadCases } from './cases.ts';
import { mrrAt, precisionRecall } from './metrics.ts';

export const THRESHOLDS = { precision: 0.95, recall: 0.95, top1: 0.95, mrr: 0.8, titleFirst: 1, chat: 1 };

const dir = mkdtempSync(join(tmpdir(), 'kbdesk-eval-'));
const db = openDatabase(join(dir, 'kb.sqlite'));
const files = await readArticleFiles(BUNDLED_ARTICLES_DIR);
await importFiles(db, files);
const services = createServices(db);
const failures: string[] = [];
const { matching, search } = loadCases(join(ROOT, 'test/eval/cases'));

// Matching: the top article (or none) for each fixture set.
const pairs = [];
for (const c of matching) {
  const result = await services.match.match(c.logs);
  const got = result.matches[0]?.article.id ?? 'none';
  pairs.push({ expect: c.expect, got });
  if (got !== c.expect) failures.push(`match ${c.folder} [${c.logs.map((l) => l.name).join(', ')}]: expected ${c.expect}, got ${got}`);
}
const match = precisionRecall(pairs);

// Search: rank of the expected article in the first five, per language; and every title first.
const ranks: Record<string, (number | undefined)[]> = { 'pl-PL': [], 'en-US': [] };
for (const s of search) {
  const { results } = await services.search.search({ q: s.q, locale: s.locale, limit: 5 });
  const rank = results.findIndex((r) => r.id === s.expect) + 1 || undefined;
  ranks[s.locale]!.push(rank);
  if (rank !== 1) failures.push(`search ${s.locale} "${s.q}": ${s.expect} at ${rank ?? '>5'}`);
}
const titles = files.map((f) => /^title: (.*)$/m.exec(f.content)?.[1] ?? '');
let titleFirst = 0;
for (const [i, f] of files.entries()) {
  const [, number, locale] = /(\d+)\/([a-z]{2}-[A-Z]{2})\.md$/.exec(f.path)!;
  const { results } = await services.search.search({ q: titles[i]!, locale, limit: 1 });
  if (results[0]?.id === `KB${number}`) titleFirst++;
  else failures.push(`title search ${f.path}: got ${results[0]?.id ?? 'nothing'}`);
}

// Chat: each flow's turns in order, state carried.
const flows = ChatFlows.parse(parse(readFileSync(join(ROOT, 'test/eval/chat-flows.yaml'), 'utf8')));
let flowsPassed = 0;
for (const flow of flows) {
  const messages: { role: 'user' | 'assistant'; content: string }[] = [];
  let state: string | undefined;
  let ok = true;
  for (const turn of flow.turns) {
    messages.push({ role: 'user', content: turn.say });
    const answer = await services.assistant.reply({ messages: [...messages], state, ...(flow.locale ? { locale: flow.locale } : {}) });
    messages.push({ role: 'assistant', content: answer.reply.markdown });
    state = answer.state;
    const cited = answer.citations.map((c) => `${c.id}#${c.section}`);
    const missing = [
      ...turn.expect.contains.filter((t) => !answer.reply.markdown.includes(t)).map((t) => `text "${t}"`),
      ...turn.expect.cites.filter((c) => !cited.includes(c)).map((c) => `citation ${c}`),
      ...(turn.expect.handoff !== undefined && Boolean(answer.handoff) !== turn.expect.handoff ? [`handoff ${turn.expect.handoff}`] : []),
    ];
    if (missing.length) {
      ok = false;
      failures.push(`chat "${flow.name}" at "${turn.say.slice(0, 40)}": missing ${missing.join(', ')}`);
      break;
    }
  }
  if (ok) flowsPassed++;
}

const rows: [string, number, number, string][] = [
  ['matching precision', match.precision, THRESHOLDS.precision, `${pairs.length} fixture sets`],
  ['matching recall', match.recall, THRESHOLDS.recall, `${pairs.filter((p) => p.expect !== 'none').length} with an article`],
  ['matching top-1 accuracy', match.top1, THRESHOLDS.top1, `${pairs.filter((p) => p.expect === 'none').length} expect none`],
  ['search MRR@5 pl-PL', mrrAt(5, ranks['pl-PL']!), THRESHOLDS.mrr, `${ranks['pl-PL']!.length} queries`],
  ['search MRR@5 en-US', mrrAt(5, ranks['en-US']!), THRESHOLDS.mrr, `${ranks['en-US']!.length} queries`],
  ['title search first', titleFirst / files.length, THRESHOLDS.titleFirst, `${files.length} article files`],
  ['chat flows passed', flows.length ? flowsPassed / flows.length : 1, THRESHOLDS.chat, `${flows.length} flows`],
];
console.log('| metric | value | threshold | cases |\n|---|---:|---:|---|');
for (const [name, value, min, note] of rows) console.log(`| ${name} | ${value.toFixed(3)} | ${min.toFixed(2)} | ${note} |`);
if (failures.length) console.log(`\n${failures.map((f) => `- ${f}`).join('\n')}`);
db.close();
rmSync(dir, { recursive: true, force: true });
const missed = rows.filter(([, value, min]) => value < min);
console.log(`\n${rows.length - missed.length} passed, ${missed.length} failed`);
process.exit(missed.length ? 1 : 0);
