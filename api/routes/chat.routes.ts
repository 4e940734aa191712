import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { ChatRequest, ChatResponse } from '../../kb/assistant/chat.schema.ts';
import type { AppEnv } from '../env.ts';
import { audience } from '../auth.ts';
import { limitBody, problemResponses, validationHook } from '../problem.ts';

const chat = createRoute({
  method: 'post',
  path: '/v1/chat',
  tags: ['assistant'],
  summary: 'Grounded helpdesk chat: answers only from the knowledge base, with citations',
  description: 'Stateless: send the messages so far and the `state` of the previous answer. '
    + 'With `Accept: text/event-stream` the reply streams as `delta` events (markdown chunks) and ends with one `done` event carrying the full answer.',
  request: { body: { required: true, content: { 'application/json': { schema: ChatRequest.clone().openapi('ChatRequest') } } } },
  responses: {
    200: {
      description: 'The answer (JSON), or a stream of server-sent events',
      content: { 'application/json': { schema: ChatResponse.clone().openapi('ChatResponse') }, 'text/event-stream': { schema: ChatResponse } },
    },
    ...problemResponses(400, 413, 415, 429),
  },
});

// 50 messages of 20,000 characters, with room for JSON escaping.
const MAX_CHAT_BYTES = 2 * 1024 * 1024;

/** Paragraph by paragraph: enough for a typing effect, few events. */
function chunks(markdown: string): string[] {
  return markdown.split(/(?<=\n\n)/);
}

export function chatRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use('/v1/chat', limitBody(MAX_CHAT_BYTES, `A chat request may be at most ${MAX_CHAT_BYTES} bytes; send fewer or shorter messages.`));
  app.openapi(chat, async (c) => {
    const answer = await c.get('services').assistant.reply(c.req.valid('json'), audience(c));
    if (!(c.req.header('Accept') ?? '').includes('text/event-stream')) return c.json(answer, 200);
    return streamSSE(c, async (stream) => {
      for (const delta of chunks(answer.reply.markdown)) await stream.writeSSE({ event: 'delta', data: JSON.stringify({ markdown: delta }) });
      await stream.writeSSE({ event: 'done', data: JSON.stringify(answer) });
    }) as never;
  });
  return app;
}
