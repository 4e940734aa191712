import { PUBLIC, type Audience } from '../access/roles.ts';
import type { Article } from '../model/article.ts';
import { renderHtml } from '../parse/markdown.ts';
import type { SearchService } from '../search/search.service.ts';
import type { ArticlesService } from '../services/articles.service.ts';
import type { ErrorCodesService } from '../services/error-codes.service.ts';
import type { MatchService } from '../services/match.service.ts';
import { factAnswer, pathAnswer, type Answer } from './answers.ts';
import type { ChatRequest, ChatResponse } from './chat.schema.ts';
import { handoffSummary } from './handoff.ts';
import { readIntent, type Intent } from './intent.ts';
import { isAbout } from './relevance.ts';
import { detectLanguage, langOf, localeOf, type Lang } from './language.ts';
import { phrases, type Phrases } from './phrases.ts';
import { decodeState, encodeState, type ChatState } from './state.ts';
import { pathForText, versionLabels } from './versions.ts';

export interface AssistantDeps {
  articles: ArticlesService;
  errorCodes: ErrorCodesService;
  search: SearchService;
  match: MatchService;
}

interface Found {
  id: string;
  intro: string;
  sections: string[];
  /** The article, when finding it already meant reading it. */
  article?: Article;
}

const uniq = <T>(xs: T[]) => [...new Set(xs)];

/**
 * The grounded helpdesk assistant: it only ever says what an article says (or that the KB has
 * no answer), cites what it used, and walks an article's resolution paths turn by turn.
 */
export function createAssistant(deps: AssistantDeps) {
  /** The article the message points to: pasted log, then error code, then search. */
  async function find(text: string, intent: Intent, locale: string, p: Phrases, audience: Audience): Promise<Found | undefined> {
    if (intent.hasLog) {
      const top = (await deps.match.match([{ name: 'pasted.log', content: text }], { locale: locale as 'pl-PL' | 'en-US' }, audience)).matches[0];
      if (top) {
        const lines = [...new Map(top.evidence.map((e) => [e.line, e.text.trim()])).values()].slice(0, 3);
        return { id: top.article.id, intro: `${p.foundByLog(top.article.title, top.article.id, top.confidence)}\n\n${p.evidence}\n\n${lines.map((l) => `    ${l}`).join('\n')}`, sections: ['symptoms'] };
      }
    }
    for (const id of intent.articles) {
      const named = await deps.articles.get(id, [locale], audience).catch(() => undefined);
      if (named) return { id: named.article.id, intro: p.found(named.article.title, named.article.id), sections: [], article: named.article };
    }
    for (const code of intent.codes) {
      // Those whose main code this is come first.
      const [best, ...others] = await deps.errorCodes.articlesFor(code, [locale], audience);
      if (!best) continue;
      const also = others.length ? `\n\n${p.alsoListed(code, others.map((o) => `${o.title} (${o.id})`))}` : '';
      return { id: best.id, intro: p.found(best.title, best.id) + also, sections: ['symptoms'] };
    }
    if (intent.hasLog) return undefined;
    const top = (await deps.search.search({ q: text.slice(0, 500), locale, limit: 1 }, audience)).results[0];
    if (!top) return undefined;
    const { article } = await deps.articles.get(top.id, [locale], audience);
    return isAbout(text, article) ? { id: top.id, intro: p.found(top.title, top.id), sections: [], article } : undefined;
  }

  function resolution(article: Article, text: string, state: ChatState, p: Phrases): Answer & { suggestions: string[] } {
    const paths = article.resolutions;
    const remembered = paths.find((r) => state.version && r.appliesTo.versions.includes(state.version));
    const chosen = paths.length === 1 ? paths[0] : pathForText(text, paths) ?? remembered;
    if (chosen) {
      state.version = chosen.appliesTo.versions[0];
      state.product = chosen.appliesTo.product;
      state.awaiting = undefined;
      return { ...pathAnswer(article, chosen, p), suggestions: [] };
    }
    if (paths.length > 1) {
      const product = article.products.find((x) => x.slug === paths[0]!.appliesTo.product)?.name ?? paths[0]!.appliesTo.product;
      const options = versionLabels(product, paths);
      state.awaiting = 'version';
      return { markdown: p.askVersion(product, options), sections: [], suggestions: options };
    }
    const section = article.sections.find((s) => s.kind === 'resolution') ?? article.sections.find((s) => s.kind === 'workaround');
    return section ? { markdown: section.markdown, sections: [section.anchor], suggestions: [] } : { markdown: p.noFact, sections: [], suggestions: [] };
  }

  function followUps(article: Article, p: Phrases): string[] {
    return [
      ...(article.verification || article.verificationSteps.length > 0 ? [p.sugVerify] : []),
      ...(article.knownIssues.length > 0 ? [p.sugKnown] : []),
      ...(article.install ? [p.sugUninstall] : []),
      p.sugHandoff,
    ];
  }

  return {
    async reply(request: ChatRequest, audience: Audience = PUBLIC): Promise<ChatResponse> {
      const text = request.messages.at(-1)!.content;
      const userTexts = request.messages.filter((m) => m.role === 'user').map((m) => m.content);
      const state = decodeState(request.state);
      const conversationId = (state.cid ??= crypto.randomUUID());
      const lang: Lang = langOf(request.locale) ?? detectLanguage(text);
      const locale = localeOf(lang);
      const p = phrases(lang);
      const intent = readIntent(text);
      state.reported ??= userTexts[0]?.slice(0, 500);
      state.codes = uniq([...state.codes, ...intent.codes]).slice(0, 20);
      if (intent.tried) state.tried = uniq([...state.tried, intent.tried.slice(0, 300)]).slice(-10);

      const done = (answer: { markdown: string; suggestions: string[]; citations: ChatResponse['citations']; handoff?: string }): ChatResponse => ({
        reply: { markdown: answer.markdown, html: renderHtml(answer.markdown) },
        citations: answer.citations,
        suggestions: answer.suggestions,
        ...(answer.handoff ? { handoff: { markdown: answer.handoff } } : {}),
        state: encodeState(state),
        conversationId,
      });

      if (intent.ask === 'handoff') {
        const handoff = handoffSummary(state, userTexts, p);
        return done({ markdown: handoff, suggestions: [], citations: [], handoff });
      }
      // A short follow-up ("SP1", "how do I verify?") continues with the article already found.
      const followUp = state.article && !intent.hasLog && intent.codes.length === 0 && intent.articles.length === 0 && (state.awaiting !== undefined || intent.ask !== undefined || text.length < 80);
      const found = followUp ? { id: state.article!, intro: '', sections: [] } : await find(text, intent, locale, p, audience);
      if (!found) {
        const handoff = handoffSummary(state, userTexts, p);
        return done({ markdown: `${p.noAnswer} ${p.offerHandoff}`, suggestions: [p.sugHandoff], citations: [], handoff });
      }
      const article = found.article ?? (await deps.articles.get(found.id, [locale], audience)).article;
      state.article = article.id;
      state.consulted = uniq([...state.consulted, article.id]).slice(-20);

      const answer = intent.ask && intent.ask !== 'resolution'
        ? { ...factAnswer(article, intent.ask, p), suggestions: [] as string[] }
        : resolution(article, text, state, p);
      const markdown = [found.intro, answer.markdown].filter(Boolean).join('\n\n');
      const cited = uniq([...found.sections, ...answer.sections]);
      return done({
        markdown,
        suggestions: answer.suggestions.length > 0 ? answer.suggestions : followUps(article, p),
        citations: (cited.length > 0 ? cited : ['summary']).map((section) => ({ id: article.id, locale: article.locale, section })),
      });
    },
  };
}

export type Assistant = ReturnType<typeof createAssistant>;
