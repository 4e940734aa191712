import type { Assistant } from '../assistant/assistant.service.ts';
import { readIntent } from '../assistant/intent.ts';
import type { LogInput } from '../match/types.ts';
import { redactSnippet } from '../privacy/redact.ts';
import type { SearchService } from '../search/search.service.ts';
import type { MatchService } from '../services/match.service.ts';
import type { TriageService } from '../triage/triage.service.ts';
import type { AnalyticsService } from './analytics.service.ts';

/** The services whose use is recorded. */
export interface Recordable {
  search: SearchService;
  match: MatchService;
  assistant: Assistant;
  triage: TriageService;
}

/** `KB954960` → 954960. */
const numberOf = (id: string | undefined) => (id ? Number(id.slice(2)) || null : null);
const outcomeOf = (found: boolean): 'answered' | 'unanswered' => (found ? 'answered' : 'unanswered');

/**
 * The same services, each call also recorded (redacted) after it succeeded. Search and match
 * answers gain a `searchId` / `matchId` to report feedback against; chat answers carry their
 * `conversationId` and triage its `triageId` already. Arguments pass through untouched.
 */
export function withAnalytics(analytics: AnalyticsService, s: Recordable) {
  return {
    search: {
      ...s.search,
      async search(...args: Parameters<SearchService['search']>) {
        const result = await s.search.search(...args);
        const [input] = args;
        const searchId = crypto.randomUUID();
        // Further pages of one search are not more searches.
        if (!input.offset) {
          await analytics.record({
            kind: 'search', text: redactSnippet(input.q, 200).toLowerCase(), results: result.total ?? result.results.length,
            number: result.results[0]?.number ?? null, outcome: outcomeOf(result.results.length > 0), ref: searchId,
          });
        }
        return { ...result, searchId };
      },
    },
    match: {
      ...s.match,
      async match(...args: Parameters<MatchService['match']>) {
        const result = await s.match.match(...args);
        const [logs] = args;
        const matchId = crypto.randomUUID();
        const found = result.matches.length > 0;
        await analytics.record({
          kind: 'match', text: redactSnippet(logs.map((l) => l.name).join(', '), 200), results: result.matches.length,
          number: numberOf(result.matches[0]?.article.id), outcome: outcomeOf(found), ref: matchId,
        }, found ? [] : logs);
        return { ...result, matchId };
      },
    },
    assistant: {
      ...s.assistant,
      async reply(...args: Parameters<Assistant['reply']>) {
        const answer = await s.assistant.reply(...args);
        const text = args[0].messages.at(-1)?.content ?? '';
        const intent = readIntent(text);
        const outcome = intent.ask === 'handoff' ? 'handoff' : outcomeOf(answer.citations.length > 0);
        // A pasted log the assistant found nothing for is a gap like an unmatched /v1/match.
        const unmatched: LogInput[] = intent.hasLog && outcome === 'unanswered' ? [{ name: 'chat.log', content: text }] : [];
        await analytics.record({
          kind: 'chat', text: redactSnippet(text, 300), results: answer.citations.length,
          number: numberOf(answer.citations[0]?.id), outcome, ref: answer.conversationId,
        }, unmatched);
        return answer;
      },
    },
    triage: {
      ...s.triage,
      async triage(...args: Parameters<TriageService['triage']>) {
        const result = await s.triage.triage(...args);
        const [ticket] = args;
        const found = result.suggestions.length > 0;
        await analytics.record({
          kind: 'triage', text: redactSnippet(ticket.subject?.trim() || ticket.description || '', 300), results: result.suggestions.length,
          number: numberOf(result.suggestions[0]?.id), outcome: outcomeOf(found), ref: result.triageId,
        }, found ? [] : (ticket.attachments ?? []));
        return result;
      },
    },
  };
}
