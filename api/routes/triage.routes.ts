import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { BadRequestError, KbError } from '../../kb/errors.ts';
import { TriageRequest, TriageResponse } from '../../kb/triage/triage.schema.ts';
import type { AppEnv } from '../env.ts';
import { audienceOf } from '../../kb/access/roles.ts';
import { audience } from '../auth.ts';
import { limitBody, problemResponses, validationHook } from '../problem.ts';
import { verifyZendesk } from '../zendesk-signature.ts';

const MAX_TICKET_BYTES = 16 * 1024 * 1024;
const limit = limitBody(MAX_TICKET_BYTES, `A ticket may be at most ${MAX_TICKET_BYTES} bytes with its attachments.`);

const triage = createRoute({
  method: 'post',
  path: '/v1/triage',
  tags: ['ticketing'],
  summary: 'Ranked article suggestions for a ticket, with reasons and a ready-to-post internal note',
  request: { body: { required: true, content: { 'application/json': { schema: TriageRequest.clone().openapi('TriageRequest') } } } },
  responses: {
    200: { description: 'Suggestions, best first', content: { 'application/json': { schema: TriageResponse.clone().openapi('TriageResponse') } } },
    ...problemResponses(400, 413, 429),
  },
});

const ZendeskPayload = z.object({
  ticket: z.object({ id: z.union([z.string(), z.number()]), subject: z.string().max(500).optional(), description: z.string().max(50_000).optional() }).optional(),
  id: z.union([z.string(), z.number()]).optional(),
  subject: z.string().max(500).optional(),
  description: z.string().max(50_000).optional(),
});

const zendesk = createRoute({
  method: 'post',
  path: '/v1/webhooks/zendesk',
  tags: ['ticketing'],
  summary: 'Zendesk webhook: verifies the signature and returns the triage of the ticket in the payload',
  description: 'Configure a Zendesk webhook with a JSON body such as `{"ticket":{"id":"{{ticket.id}}","subject":"{{ticket.title}}","description":"{{ticket.description}}"}}`. '
    + 'The signing secret is `KB_ZENDESK_WEBHOOK_SECRET`.',
  request: { body: { required: true, content: { 'application/json': { schema: ZendeskPayload.openapi('ZendeskPayload') } } } },
  responses: {
    200: { description: 'The triage', content: { 'application/json': { schema: z.object({ ticketId: z.string(), triage: TriageResponse }) } } },
    ...problemResponses(400, 401, 403, 413),
  },
});

export function triageRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use('/v1/triage', limit);
  app.use('/v1/webhooks/*', limit);
  // The signature covers the exact bytes Zendesk sent, so it is checked before any parsing.
  app.use('/v1/webhooks/zendesk', async (c, next) => {
    const secret = c.get('config').zendeskSecret;
    if (!secret) throw new KbError('forbidden', 'The Zendesk webhook is off: set KB_ZENDESK_WEBHOOK_SECRET to its signing secret.');
    const check = await verifyZendesk(secret, c.req.header('X-Zendesk-Webhook-Signature'), c.req.header('X-Zendesk-Webhook-Signature-Timestamp'), await c.req.text());
    if (!check.ok) throw new KbError('unauthorized', check.reason);
    await next();
  });
  app.openapi(triage, async (c) => c.json(await c.get('services').triage.triage(c.req.valid('json'), audience(c)), 200));
  app.openapi(zendesk, async (c) => {
    const payload = c.req.valid('json');
    const ticket = payload.ticket ?? payload;
    if (ticket.id === undefined) throw new BadRequestError('The payload names no ticket id: send {"ticket":{"id","subject","description"}}.');
    // A signed Zendesk call comes from the help desk itself: the note is for agents.
    const result = await c.get('services').triage.triage({ subject: ticket.subject ?? '', description: ticket.description ?? '' }, audienceOf('agent'));
    return c.json({ ticketId: String(ticket.id), triage: result }, 200);
  });
  return app;
}
