import { secretsEqual } from './auth.ts';

/** Zendesk signs `timestamp + body` with HMAC-SHA256 and sends it base64-encoded. */
export async function zendeskSignature(secret: string, timestamp: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(timestamp + body)));
  let binary = '';
  for (const b of mac) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** How far a webhook's timestamp may be from our clock before it counts as replayed. */
export const MAX_SKEW_MS = 5 * 60 * 1000;

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

export async function verifyZendesk(secret: string, signature: string | undefined, timestamp: string | undefined, body: string, now = Date.now()): Promise<SignatureCheck> {
  if (!signature || !timestamp) return { ok: false, reason: 'X-Zendesk-Webhook-Signature and X-Zendesk-Webhook-Signature-Timestamp are required.' };
  const at = Date.parse(timestamp);
  if (Number.isNaN(at)) return { ok: false, reason: 'The signature timestamp is not a date.' };
  if (Math.abs(now - at) > MAX_SKEW_MS) return { ok: false, reason: 'The signature timestamp is more than five minutes away from now; the request may be a replay.' };
  const expected = await zendeskSignature(secret, timestamp, body);
  return (await secretsEqual(signature, expected)) ? { ok: true } : { ok: false, reason: 'The signature does not match the body.' };
}
