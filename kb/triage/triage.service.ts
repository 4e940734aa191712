import { PUBLIC, type Audience } from '../access/roles.ts';
import { isAbout } from '../assistant/relevance.ts';
import { detectLanguage, langOf, localeOf } from '../assistant/language.ts';
import { scanErrorCodes } from '../match/codes.ts';
import { confidenceOf } from '../match/engine/score.ts';
import type { SearchService } from '../search/search.service.ts';
import type { ArticlesService } from '../services/articles.service.ts';
import type { ErrorCodesService } from '../services/error-codes.service.ts';
import type { MatchService } from '../services/match.service.ts';
import { BadRequestError } from '../errors.ts';
import { triageNote, triageText } from './note.ts';
import { TriageRequest, type TriageResponse } from './triage.schema.ts';

export interface TriageDeps {
  articles: ArticlesService;
  errorCodes: ErrorCodesService;
  search: SearchService;
  match: MatchService;
}

interface Candidate {
  id: string;
  title: string;
  locale: string;
  /** Independent pieces of evidence, each a probability-like weight. */
  weights: number[];
  reasons: string[];
}

// How much each kind of evidence says on its own; combined as 1 - Π(1 - w).
const CODE_MAIN = 0.55;
const CODE_OTHER = 0.3;
const SEARCH_TOP = 0.35;

/**
 * Ticket triage: the ticket's logs go through the matcher, its error codes through the catalog,
 * its words through search; the evidence is combined per article and explained.
 */
export function createTriageService(deps: TriageDeps) {
  return {
    async triage(input: TriageRequest, audience: Audience = PUBLIC): Promise<TriageResponse> {
      const parsed = TriageRequest.safeParse(input);
      if (!parsed.success) throw new BadRequestError(parsed.error.issues.map((i) => `${i.path.join('.') || 'ticket'}: ${i.message}`).join('; '));
      const ticket = parsed.data;
      const text = `${ticket.subject}\n${ticket.description}`;
      const lang = langOf(ticket.locale) ?? detectLanguage(text);
      const locale = localeOf(lang);
      const t = triageText(lang);
      const found = new Map<string, Candidate>();
      const add = (a: { id: string; title: string; locale: string }, weight: number, reason: string) => {
        const c = found.get(a.id) ?? { ...a, weights: [], reasons: [] };
        found.set(a.id, c);
        c.weights.push(weight);
        c.reasons.push(reason);
      };

      const logs = [...ticket.attachments, ...(ticket.description ? [{ name: 'description', content: ticket.description }] : [])];
      if (logs.length > 0) {
        for (const m of (await deps.match.match(logs, { locale, limit: 5 }, audience)).matches) {
          const e = m.evidence[0];
          add(m.article, m.score, t.byLog(m.confidence, e ? `${e.log}:${e.line} \`${e.text.trim().slice(0, 120)}\`` : ''));
        }
      }

      const codes = [...new Set(scanErrorCodes(text).map((c) => c.code))].slice(0, 10);
      // Looked up together, added in order: the reasons read in the order of the ticket's codes and the search ranks.
      const byCode = await Promise.all(codes.map((code) => deps.errorCodes.articlesFor(code, [locale], audience)));
      for (const [k, code] of codes.entries()) {
        for (const { main, ...a } of byCode[k]!) add(a, main ? CODE_MAIN : CODE_OTHER, t.byCode(code, main));
      }

      if (text.trim()) {
        const hits = (await deps.search.search({ q: text.slice(0, 500), locale, limit: 3 }, audience)).results;
        const articles = await Promise.all(hits.map((hit) => deps.articles.get(hit.id, [locale], audience)));
        for (const [i, hit] of hits.entries()) {
          if (isAbout(text, articles[i]!.article)) add(hit, SEARCH_TOP / (i + 1), t.bySearch(i + 1));
        }
      }

      const suggestions = [...found.values()]
        .map((c) => {
          const score = Math.round((1 - c.weights.reduce((p, w) => p * (1 - w), 1)) * 1000) / 1000;
          return { id: c.id, title: c.title, locale: c.locale, score, confidence: confidenceOf(score), reasons: c.reasons } as const;
        })
        .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
        .slice(0, 5);
      const result = { triageId: crypto.randomUUID(), suggestions, codes };
      return { ...result, note: { markdown: triageNote(result, lang) } };
    },
  };
}

export type TriageService = ReturnType<typeof createTriageService>;
