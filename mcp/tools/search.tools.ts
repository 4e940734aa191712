import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { KbError } from '../../kb/errors.ts';
import { Limit, LocaleParam } from '../../kb/model/inputs.schema.ts';
import { SearchInput } from '../../kb/search/search.schema.ts';
import type { Locale } from '../../kb/model/front-matter.schema.ts';
import { isKnownLocale } from '../../kb/services/locale.ts';
import type { MatchResult } from '../../kb/match/types.ts';
import type { Services } from '../../kb/services/index.ts';
import { LogInputSchema } from '../../kb/model/match.schema.ts';
import { clip, registerKbTool } from '../tool.ts';
import { MAX_LIST } from './articles.tools.ts';

/** Total characters of log text one match_logs call takes (the HTTP transport caps bodies at 4 MiB). */
export const MAX_LOG_CHARS = 1_000_000;
const MAX_LOGS = 8;

const SearchArticlesInput = SearchInput.pick({ q: true, locale: true, product: true }).extend({ limit: Limit(MAX_LIST, 5) });
const SearchArticlesOutput = z.object({
  items: z.array(z.object({ id: z.string(), title: z.string(), locale: z.string(), snippet: z.string(), score: z.number() })),
  total: z.number().int().optional(),
  corrections: z.array(z.object({ from: z.string(), to: z.string() })).optional(),
});

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The service's safe-HTML snippet as plain text, hits in **bold**, for the model. */
function snippetText(html: string): string {
  return clip(html.replace(/<\/?mark>/g, '**').replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!), 200);
}

const MatchInput = z.object({
  logs: z.array(LogInputSchema).min(1).max(MAX_LOGS).describe(`Up to ${MAX_LOGS} logs, ${MAX_LOG_CHARS.toLocaleString('en-US')} characters in total; client and WSUS server logs together let faults be correlated`),
  locale: LocaleParam.optional(),
  limit: z.number().int().min(1).max(10).default(3).describe('How many matching articles (1-10, default 3)'),
});
const Evidence = z.object({ log: z.string(), line: z.number().int(), text: z.string() });
const MatchOutput = z.object({
  matches: z.array(z.object({
    id: z.string(), title: z.string(), locale: z.string(), score: z.number(), confidence: z.string(), evidence: z.array(Evidence),
  })),
  logs: z.array(z.object({ name: z.string(), format: z.string(), source: z.string().optional(), lines: z.number().int() })),
});

function compactMatch(result: MatchResult) {
  return {
    matches: result.matches.map((m) => ({
      id: m.article.id, title: m.article.title, locale: m.article.locale, score: Math.round(m.score * 100) / 100,
      confidence: m.confidence, evidence: m.evidence.slice(0, 3).map((e) => ({ log: e.log, line: e.line, text: clip(e.text, 200) })),
    })),
    logs: result.stats.logs.map((l) => ({ name: l.name, format: l.format, ...(l.source ? { source: l.source } : {}), lines: l.lines })),
  };
}

function checkLogSize(logs: { content: string }[]): void {
  const total = logs.reduce((n, l) => n + l.content.length, 0);
  if (total > MAX_LOG_CHARS) {
    throw new KbError('payload_too_large', `The logs hold ${total.toLocaleString('en-US')} characters; match_logs takes at most ${MAX_LOG_CHARS.toLocaleString('en-US')}. `
      + 'Send only the part around the failure (e.g. the last 5,000 lines of WindowsUpdate.log), or look up the error codes in it with lookup_error_code.');
  }
}

/** search_articles and match_logs, over the same search and match services as REST. */
export function registerSearchTools(server: McpServer, services: Services): void {
  const { search, match } = services;
  registerKbTool(server, 'search_articles', {
    title: 'Search KB articles',
    description: `Full-text search over the articles (titles, symptoms, log lines, error codes, keywords), best first, at most ${MAX_LIST}.`,
    input: SearchArticlesInput,
    output: SearchArticlesOutput,
  }, async (input) => {
    const found = await search.search(input);
    const items = found.results.slice(0, input.limit).map((h) => ({ id: h.id, title: h.title, locale: h.locale, snippet: snippetText(h.snippet), score: h.score }));
    const lines = items.map((h) => `${h.id} [${h.locale}] ${h.title} — ${h.snippet}`);
    const fixed = found.corrections?.length ? `Searched ${found.corrections.map((c) => `"${c.to}" for "${c.from}"`).join(', ')}.\n` : '';
    return {
      text: items.length ? fixed + lines.join('\n') : 'No article matches. Try other words, an error code (lookup_error_code), or list_articles by product.',
      data: { items, ...(found.total !== undefined ? { total: found.total } : {}), ...(found.corrections ? { corrections: found.corrections } : {}) },
    };
  });

  registerKbTool(server, 'match_logs', {
    title: 'Match logs to KB articles',
    description: 'Finds the articles whose symptoms appear in Windows Update / WSUS / ConfigMgr logs, with the log lines that show it.',
    input: MatchInput,
    output: MatchOutput,
  }, async ({ logs, locale, limit }) => {
    checkLogSize(logs);
    const data = compactMatch(await match.match(logs, { limit, ...(locale && isKnownLocale(locale) ? { locale: locale as Locale } : {}) }));
    const lines = data.matches.map((m) => [`${m.id} (${m.confidence}, ${m.score}) ${m.title}`, ...m.evidence.map((e) => `  ${e.log}:${e.line} ${e.text}`)].join('\n'));
    const text = lines.length
      ? `${lines.join('\n')}\nNext: get_resolution_path for the user's product version, or get_article.`
      : 'No article matches these logs. Look up the error codes in them with lookup_error_code.';
    return { text, data };
  });
}
