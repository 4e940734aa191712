import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { FeedbackInput } from '../../kb/analytics/analytics.schema.ts';
import type { AppEnv } from '../env.ts';
import { limitBody, problemResponses, validationHook } from '../problem.ts';

// A comment of 1000 characters, escaped, with room to spare; anything bigger is not feedback.
const MAX_FEEDBACK_BYTES = 8 * 1024;

const submit = createRoute({
  method: 'post',
  path: '/v1/feedback',
  tags: ['analytics'],
  summary: 'Helpful / not helpful, or "resolved with article X", about an article or an answer',
  description: 'Public. `target` is an article (`{"type":"article","id":"KB954960"}`) or an answer by the id it carried: '
    + '`searchId` (search), `matchId` (match), `conversationId` (chat), `triageId` (triage). The comment is redacted before it is stored.',
  request: { body: { required: true, content: { 'application/json': { schema: FeedbackInput.clone().openapi('FeedbackInput') } } } },
  responses: {
    201: { description: 'Stored', content: { 'application/json': { schema: z.object({ id: z.number().int() }).openapi('FeedbackCreated') } } },
    ...problemResponses(400, 404, 413, 503),
  },
});

export function feedbackRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use('/v1/feedback', limitBody(MAX_FEEDBACK_BYTES, `Feedback may be at most ${MAX_FEEDBACK_BYTES} bytes; keep the comment under 1000 characters.`));
  app.openapi(submit, async (c) => c.json(await c.get('services').analytics.submitFeedback(c.req.valid('json')), 201));
  return app;
}
