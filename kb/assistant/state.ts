import { z } from 'zod';

/** What the assistant remembers between turns; the client keeps it and sends it back. */
export const ChatState = z.object({
  v: z.literal(1),
  article: z.string().max(20).optional(),
  product: z.string().max(63).optional(),
  version: z.string().max(40).optional(),
  /** The question the assistant is waiting for an answer to. */
  awaiting: z.enum(['version']).optional(),
  codes: z.array(z.string().max(10)).max(20).default([]),
  tried: z.array(z.string().max(300)).max(10).default([]),
  consulted: z.array(z.string().max(20)).max(20).default([]),
  reported: z.string().max(500).optional(),
  /** Conversation id, made on the first turn: analytics and feedback refer to it. */
  cid: z.string().regex(/^[A-Za-z0-9-]{1,64}$/).optional(),
});
export type ChatState = z.infer<typeof ChatState>;

export const EMPTY_STATE: ChatState = { v: 1, codes: [], tried: [], consulted: [] };

/** Opaque to clients: base64url of the JSON. A state that does not decode starts afresh. */
export function encodeState(state: ChatState): string {
  const bytes = new TextEncoder().encode(JSON.stringify(state));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

export function decodeState(text: string | undefined): ChatState {
  if (!text) return { ...EMPTY_STATE };
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const json = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    const parsed = ChatState.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : { ...EMPTY_STATE };
  } catch {
    return { ...EMPTY_STATE };
  }
}
