import { z } from 'zod';

export const MAX_MESSAGE_CHARS = 20_000;

/** A chat request: the conversation so far (the client keeps it) and the opaque state. */
export const ChatRequest = z.object({
  messages: z.array(z.object({
    role: z.enum(['user', 'assistant']),
    content: z.string().max(MAX_MESSAGE_CHARS).describe(`Message text; a pasted log may be part of it (at most ${MAX_MESSAGE_CHARS} characters)`),
  })).min(1).max(50).refine((m) => m.at(-1)?.role === 'user', 'the last message must be the user\'s').describe('The conversation so far, oldest first; the last one is the user\'s'),
  locale: z.string().max(20).optional().describe('Answer language (pl-PL or en-US); by default the language of the last message'),
  state: z.string().max(8000).optional().describe('The state from the previous answer, sent back unchanged'),
});
export type ChatRequest = z.infer<typeof ChatRequest>;

export const Citation = z.object({ id: z.string(), locale: z.string(), section: z.string() });

export const ChatResponse = z.object({
  reply: z.object({ markdown: z.string(), html: z.string() }),
  citations: z.array(Citation),
  suggestions: z.array(z.string()).describe('Follow-up messages the user may send with one click'),
  handoff: z.object({ markdown: z.string() }).optional().describe('Summary for a human agent, when the assistant offers one'),
  state: z.string(),
  conversationId: z.string().describe('Identifies the conversation (kept in `state`): send feedback about it to POST /v1/feedback'),
});
export type ChatResponse = z.infer<typeof ChatResponse>;
