import type { KbDatabase } from '../db/database.ts';
import { createFeedbackWriter } from './feedback.ts';
import { createRecorder, type AnalyticsOptions } from './recorder.ts';
import { createReports } from './reports.ts';
import { daysBefore, prune, type PruneReport } from './retention.ts';

/**
 * Feedback, usage analytics and the gap report. What people typed is redacted before it is
 * stored; raw logs are kept only with `storeRawLogs`; everything ages out after `retentionDays`.
 */
export function createAnalyticsService(db: KbDatabase, options: AnalyticsOptions = {}) {
  const recorder = createRecorder(db, options);
  const reports = createReports(db, recorder.now);
  const feedback = createFeedbackWriter(db, recorder);
  return {
    /** Used by `withAnalytics`; never throws. */
    record: recorder.record,
    /** Writes what `record` held back while the database was busy; call before closing it. */
    flush: recorder.flush,
    submitFeedback: feedback.submit,
    searches: reports.searches,
    chat: reports.chat,
    gaps: reports.gaps,
    feedback: reports.feedback,
    articleFeedback: reports.article,
    /** Deletes what is older than the retention period now (the recorder also does it hourly). */
    prune(): Promise<PruneReport> {
      return prune(db, daysBefore(recorder.now(), recorder.retentionDays));
    },
  };
}

export type AnalyticsService = ReturnType<typeof createAnalyticsService>;
export type { AnalyticsOptions };
