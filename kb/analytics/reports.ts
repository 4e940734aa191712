import { and, count, desc, eq, gte, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { KbDatabase } from '../db/database.ts';
import { analyticsEvents as events, articles, feedback, logTemplates } from '../db/schema.ts';
import { NotFoundError } from '../errors.ts';
import { articleId } from '../model/article.ts';
import { parseArticleId } from '../services/article-id.ts';
import type { ArticleFeedback, ChatReport, FeedbackReport, GapReport, ReportWindow, SearchReport } from './analytics.schema.ts';
import { daysBefore } from './retention.ts';

const num = (expr: SQL) => sql<number>`coalesce(${expr}, 0)`.mapWith(Number);
const sumOf = (condition: SQL) => num(sql`sum(${condition})`);
const lastSeen = sql<string>`max(${events.createdAt})`;

/** Read-only reports over what the recorder stored; every list is bounded by `limit` (1–100). */
export function createReports(db: KbDatabase, now: () => Date) {
  const window = (w: ReportWindow) => ({
    limit: Math.min(Math.max(Math.trunc(w.limit ?? 20), 1), 100),
    since: w.days ? daysBefore(now(), w.days) : null,
  });
  const eventsOf = (kind: 'search' | 'chat' | 'match', since: string | null) => and(eq(events.kind, kind), since ? gte(events.createdAt, since) : undefined);

  return {
    async searches(w: ReportWindow = {}): Promise<SearchReport> {
      const { limit, since } = window(w);
      const where = eventsOf('search', since);
      const unanswered = sql`${events.outcome} = 'unanswered'`;
      const [totals] = await db.orm.select({ total: count(), noResult: sumOf(unanswered) }).from(events).where(where);
      const top = await db.orm.select({ query: sql<string>`${events.text}`, count: count(), noResult: sumOf(unanswered), lastSeen })
        .from(events).where(and(where, isNotNull(events.text))).groupBy(events.text).orderBy(desc(count()), desc(lastSeen)).limit(limit);
      const noResults = await db.orm.select({ query: sql<string>`${events.text}`, count: count(), lastSeen })
        .from(events).where(and(where, isNotNull(events.text), eq(events.outcome, 'unanswered'))).groupBy(events.text)
        .orderBy(desc(count()), desc(lastSeen)).limit(limit);
      return { since, total: totals?.total ?? 0, noResult: totals?.noResult ?? 0, top, noResults };
    },

    /** Deflection: conversations with an answer from an article and no request for a human. */
    async chat(w: ReportWindow = {}): Promise<ChatReport> {
      const { limit, since } = window(w);
      const [row] = await db.orm.all<Record<'turns' | 'conversations' | 'answered' | 'handedOff' | 'deflected', number | null>>(sql`
        SELECT sum(t) AS turns, count(*) AS conversations, sum(a > 0) AS answered, sum(h > 0) AS handedOff, sum(a > 0 AND h = 0) AS deflected
        FROM (SELECT sum(outcome = 'answered') AS a, sum(outcome = 'handoff') AS h, count(*) AS t FROM analytics_events
              WHERE kind = 'chat' ${since ? sql`AND created_at >= ${since}` : sql``} GROUP BY conversation)`);
      const n = (k: keyof NonNullable<typeof row>) => Number(row?.[k] ?? 0);
      const unanswered = await db.orm.select({ question: sql<string>`max(${events.text})`, count: count(), lastSeen })
        .from(events).where(and(eventsOf('chat', since), isNotNull(events.text), eq(events.outcome, 'unanswered')))
        .groupBy(sql`lower(${events.text})`).orderBy(desc(count()), desc(lastSeen)).limit(limit);
      const conversations = n('conversations');
      return {
        since, turns: n('turns'), conversations, answered: n('answered'), handedOff: n('handedOff'), deflected: n('deflected'),
        deflectionRate: conversations > 0 ? Math.round((n('deflected') / conversations) * 1000) / 1000 : 0,
        unanswered,
      };
    },

    /** Failure templates of unmatched logs, most frequent first (`days`: seen in the window). */
    async gaps(w: ReportWindow = {}): Promise<GapReport> {
      const { limit, since } = window(w);
      const [unmatched] = await db.orm.select({ n: count() }).from(events).where(and(eventsOf('match', since), eq(events.outcome, 'unanswered')));
      const templates = await db.orm.select({
        template: logTemplates.template, count: logTemplates.count, source: logTemplates.source, example: logTemplates.example,
        firstSeen: logTemplates.firstSeen, lastSeen: logTemplates.lastSeen,
      }).from(logTemplates).where(since ? gte(logTemplates.lastSeen, since) : undefined)
        .orderBy(desc(logTemplates.count), desc(logTemplates.lastSeen)).limit(limit);
      return { since, unmatched: unmatched?.n ?? 0, templates };
    },

    async feedback(w: ReportWindow = {}): Promise<FeedbackReport> {
      const { limit, since } = window(w);
      const inWindow = since ? gte(feedback.createdAt, since) : undefined;
      const votes = {
        helpful: sumOf(sql`${feedback.helpful} = 1`), notHelpful: sumOf(sql`${feedback.helpful} = 0`), resolved: sumOf(sql`${feedback.resolved}`),
      };
      const perArticle = await db.orm.select({ number: sql<number>`${feedback.number}`, ...votes, comments: count(feedback.comment), lastAt: sql<string>`max(${feedback.createdAt})` })
        .from(feedback).where(and(inWindow, isNotNull(feedback.number))).groupBy(feedback.number).orderBy(desc(count()), desc(sql`max(${feedback.createdAt})`)).limit(limit);
      const answers = await db.orm.select({ type: feedback.targetType, ...votes }).from(feedback).where(inWindow).groupBy(feedback.targetType).orderBy(feedback.targetType);
      return { since, articles: perArticle.map(({ number, ...r }) => ({ id: articleId(number), ...r })), answers };
    },

    /** 404 only for an id that is neither an article nor has feedback (a deleted article's stays readable). */
    async article(idInput: string, w: ReportWindow = {}): Promise<ArticleFeedback> {
      const { limit, since } = window(w);
      const number = parseArticleId(idInput);
      const where = and(eq(feedback.number, number), since ? gte(feedback.createdAt, since) : undefined);
      const [totals] = await db.orm.select({
        n: count(), helpful: sumOf(sql`${feedback.helpful} = 1`), notHelpful: sumOf(sql`${feedback.helpful} = 0`), resolved: sumOf(sql`${feedback.resolved}`),
      }).from(feedback).where(where);
      if (!totals?.n) {
        const [exists] = await db.orm.select({ number: articles.number }).from(articles).where(eq(articles.number, number)).limit(1);
        if (!exists) throw new NotFoundError(`Article KB${number} does not exist and has no feedback.`);
      }
      const comments = await db.orm.select({ comment: sql<string>`${feedback.comment}`, helpful: feedback.helpful, target: feedback.targetType, createdAt: feedback.createdAt })
        .from(feedback).where(and(where, isNotNull(feedback.comment))).orderBy(desc(feedback.id)).limit(limit);
      return { id: articleId(number), since, helpful: totals?.helpful ?? 0, notHelpful: totals?.notHelpful ?? 0, resolved: totals?.resolved ?? 0, comments };
    },
  };
}

export type Reports = ReturnType<typeof createReports>;
