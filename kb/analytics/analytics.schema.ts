import { z } from 'zod';

export const FeedbackTargetType = z.enum(['article', 'search', 'match', 'chat', 'triage']);
export type FeedbackTargetType = z.infer<typeof FeedbackTargetType>;

export const MAX_COMMENT_CHARS = 1000;

/** Helpful / not helpful, "resolved with article X" and a comment, about an article or an answer. */
export const FeedbackInput = z.object({
  target: z.object({
    type: FeedbackTargetType.describe('What the feedback is about'),
    id: z.string().trim().regex(/^[A-Za-z0-9_-]{1,100}$/, 'an article id, or the searchId, matchId, conversationId or triageId of an answer')
      .describe('Article id (KB954960), or the searchId / matchId / conversationId / triageId the answer carried'),
  }),
  helpful: z.boolean().optional().describe('Whether the article or answer helped'),
  resolvedWith: z.string().trim().max(20).optional().describe('The article that resolved the issue, e.g. KB954960 (from a ticketing system)'),
  comment: z.string().max(MAX_COMMENT_CHARS).optional()
    .describe(`Free text, at most ${MAX_COMMENT_CHARS} characters; host names, addresses, accounts, e-mails and SIDs are removed before it is stored`),
}).refine((f) => f.helpful !== undefined || Boolean(f.resolvedWith) || Boolean(f.comment?.trim()), 'send helpful, resolvedWith or a comment');
export type FeedbackInput = z.infer<typeof FeedbackInput>;

/** Which rows a report reads: the last `days` days (all that retention kept when absent), at most `limit` rows per list. */
export interface ReportWindow {
  limit?: number;
  days?: number;
}

const Since = z.string().nullable().describe('Start of the window (ISO 8601); null: everything retention kept');

export const SearchReport = z.object({
  since: Since,
  total: z.number().int().describe('Searches (first pages only)'),
  noResult: z.number().int().describe('Searches that found nothing'),
  top: z.array(z.object({ query: z.string(), count: z.number().int(), noResult: z.number().int(), lastSeen: z.string() })).describe('Most frequent queries (redacted, lower-cased)'),
  noResults: z.array(z.object({ query: z.string(), count: z.number().int(), lastSeen: z.string() })).describe('Most frequent queries that found nothing'),
});
export type SearchReport = z.infer<typeof SearchReport>;

export const ChatReport = z.object({
  since: Since,
  turns: z.number().int(),
  conversations: z.number().int(),
  answered: z.number().int().describe('Conversations where at least one answer came from an article'),
  handedOff: z.number().int().describe('Conversations where the user asked for a human agent'),
  deflected: z.number().int().describe('Conversations that got an answer and no hand-off'),
  deflectionRate: z.number().min(0).max(1).describe('deflected / conversations (0 when there were none)'),
  unanswered: z.array(z.object({ question: z.string(), count: z.number().int(), lastSeen: z.string() })).describe('Questions the knowledge base had no answer for (redacted), most frequent first'),
});
export type ChatReport = z.infer<typeof ChatReport>;

export const GapTemplate = z.object({
  template: z.string().describe('The failure line with what varies masked (`*`) and personal data redacted'),
  count: z.number().int().describe('Unmatched logs that showed it'),
  source: z.string().nullable().describe('client, wsus-server, configmgr, or null when unknown'),
  example: z.string().describe('One such line as logged, redacted'),
  firstSeen: z.string(),
  lastSeen: z.string(),
});

export const GapReport = z.object({
  since: Since,
  unmatched: z.number().int().describe('Match requests (and triaged attachments) that matched no article'),
  templates: z.array(GapTemplate).describe('Failure lines of unmatched logs, grouped by template, most frequent first'),
});
export type GapReport = z.infer<typeof GapReport>;

const Votes = { helpful: z.number().int(), notHelpful: z.number().int(), resolved: z.number().int().describe('"Resolved with this article" reports') };

export const FeedbackReport = z.object({
  since: Since,
  articles: z.array(z.object({ id: z.string(), ...Votes, comments: z.number().int(), lastAt: z.string() })).describe('Per article, most feedback first'),
  answers: z.array(z.object({ type: FeedbackTargetType, ...Votes })).describe('Per kind of target (article, search, match, chat, triage)'),
});
export type FeedbackReport = z.infer<typeof FeedbackReport>;

export const ArticleFeedback = z.object({
  id: z.string(),
  since: Since,
  ...Votes,
  comments: z.array(z.object({ comment: z.string(), helpful: z.boolean().nullable(), target: FeedbackTargetType, createdAt: z.string() })).describe('Most recent first'),
});
export type ArticleFeedback = z.infer<typeof ArticleFeedback>;
