import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { KbDatabase } from '../db/database.ts';
import { analyticsEvents, articles, feedback } from '../db/schema.ts';
import { BadRequestError, NotFoundError } from '../errors.ts';
import { articleId } from '../model/article.ts';
import { redact } from '../privacy/redact.ts';
import { parseArticleId } from '../services/article-id.ts';
import { FeedbackInput, type FeedbackTargetType } from './analytics.schema.ts';
import { reportFailure, type Recorder } from './recorder.ts';

/** Stores feedback: one row, with the comment redacted and the article it is about resolved. */
export function createFeedbackWriter(db: KbDatabase, recorder: Recorder) {
  async function existingArticle(idInput: string): Promise<number> {
    const number = parseArticleId(idInput);
    const [row] = await db.orm.select({ number: articles.number }).from(articles).where(eq(articles.number, number)).limit(1);
    if (!row) throw new NotFoundError(`Article KB${number} does not exist.`);
    return number;
  }

  /** The article an answer was about, as recorded with it (the last one, for a conversation). */
  async function answeredWith(type: Exclude<FeedbackTargetType, 'article'>, ref: string): Promise<number | null> {
    const [row] = await db.orm.select({ number: analyticsEvents.number }).from(analyticsEvents)
      .where(and(eq(analyticsEvents.kind, type), eq(analyticsEvents.conversation, ref), isNotNull(analyticsEvents.number)))
      .orderBy(desc(analyticsEvents.id)).limit(1);
    return row?.number ?? null;
  }

  return {
    /**
     * Feedback counts towards an article: the one it resolved with, else the target article,
     * else the article the answer (search, match, chat, triage) was about.
     */
    async submit(input: unknown): Promise<{ id: number }> {
      const parsed = FeedbackInput.safeParse(input);
      if (!parsed.success) {
        throw new BadRequestError(parsed.error.issues.map((i) => `${i.path.join('.') || 'feedback'}: ${i.message}`).join('; '));
      }
      const f = parsed.data;
      const resolvedWith = f.resolvedWith ? await existingArticle(f.resolvedWith) : null;
      const target = f.target.type === 'article' ? await existingArticle(f.target.id) : undefined;
      const number = resolvedWith ?? target ?? (f.target.type === 'article' ? null : await answeredWith(f.target.type, f.target.id));
      const at = recorder.now();
      const prune = recorder.pruneIfDue(at);
      if (prune.length > 0) await db.writeAtomic(prune).catch((error: unknown) => reportFailure('could not prune', error));
      // One statement, and the id is needed back: an insert with RETURNING rather than a batch.
      const [row] = await db.orm.insert(feedback).values({
        targetType: f.target.type,
        targetId: target !== undefined ? articleId(target) : f.target.id,
        number,
        helpful: f.helpful ?? null,
        resolved: resolvedWith !== null,
        comment: f.comment?.trim() ? redact(f.comment.trim()) : null,
        createdAt: at.toISOString(),
      }).returning({ id: feedback.id });
      return { id: row!.id };
    },
  };
}
