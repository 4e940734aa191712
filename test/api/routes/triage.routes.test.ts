import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zendeskSignature } from '../../../api/zendesk-signature.ts';
import { testApp } from '../../helpers/app.ts';

const log = readFileSync(new URL('../../fixtures/logs/windowsupdate-legacy-kb954960.log', import.meta.url), 'utf8');
const json = { 'Content-Type': 'application/json' };
const SECRET = 'zendesk-signing-secret';

describe('POST /v1/triage', () => {
  it('ranks the article with reasons from the log, the code and the words, and writes a note', async () => {
    const { app } = await testApp();
    const res = await app.request('/v1/triage', {
      method: 'POST', headers: json,
      body: JSON.stringify({ subject: 'WSUS clients fail with 0x8024400E', description: 'Since Monday our PCs do not receive updates from WSUS.', attachments: [{ name: 'WindowsUpdate.log', content: log }] }),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.triageId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.codes).toEqual(['0x8024400E']);
    expect(body.suggestions[0]).toMatchObject({ id: 'KB954960', confidence: 'high' });
    const reasons = body.suggestions[0].reasons.join('\n');
    expect(reasons).toMatch(/log signature \(high\): WindowsUpdate\.log:\d+/);
    expect(reasons).toContain("error code 0x8024400E is the article's main code");
    expect(body.note.markdown).toMatch(/^\*\*kbdesk triage\*\*/);
    expect(body.note.markdown).toContain('1. **KB954960**');
  });

  it('writes the note in Polish for a Polish ticket, and says so when nothing fits', async () => {
    const { app } = await testApp();
    const pl = await (await app.request('/v1/triage', { method: 'POST', headers: json, body: JSON.stringify({ subject: 'Błąd 8024400e', description: 'Komputery nie odbierają aktualizacji z serwera WSUS' }) })).json();
    expect(pl.note.markdown).toContain('Proponowane artykuły');
    expect(pl.suggestions[0].locale).toBe('pl-PL');
    const none = await (await app.request('/v1/triage', { method: 'POST', headers: json, body: JSON.stringify({ subject: 'Printer out of toner', description: 'The LaserJet on floor 2 needs toner.' }) })).json();
    expect(none.suggestions).toEqual([]);
    expect(none.note.markdown).toContain('No knowledge-base article matches this ticket');
  });

  it('rejects empty or oversized tickets with problem+json', async () => {
    const { app } = await testApp();
    for (const body of ['{}', JSON.stringify({ subject: 'x'.repeat(501) }), JSON.stringify({ attachments: Array.from({ length: 11 }, () => ({ name: 'a', content: 'b' })) })]) {
      const res = await app.request('/v1/triage', { method: 'POST', headers: json, body });
      expect(res.status, body.slice(0, 40)).toBe(400);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    }
  });
});

describe('POST /v1/webhooks/zendesk', () => {
  const payload = JSON.stringify({ ticket: { id: 4711, subject: 'Updates fail: 0x8024400E', description: 'WSUS clients report SyncUpdates failure' } });
  const signed = async (body: string, timestamp = new Date().toISOString(), secret = SECRET) => ({
    ...json, 'X-Zendesk-Webhook-Signature-Timestamp': timestamp, 'X-Zendesk-Webhook-Signature': await zendeskSignature(secret, timestamp, body),
  });

  it('accepts a correctly signed payload and returns the triage of its ticket', async () => {
    const { app } = await testApp({ zendeskSecret: SECRET });
    const res = await app.request('/v1/webhooks/zendesk', { method: 'POST', headers: await signed(payload), body: payload });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.ticketId).toBe('4711');
    expect(body.triage.suggestions[0].id).toBe('KB954960');
  });

  it('answers 401 to a tampered body, a wrong secret, a stale timestamp or no signature', async () => {
    const { app } = await testApp({ zendeskSecret: SECRET });
    const headers = await signed(payload);
    const cases: [Record<string, string>, string, RegExp][] = [
      [headers, payload.replace('4711', '4712'), /does not match/],
      [await signed(payload, undefined, 'another-secret'), payload, /does not match/],
      [await signed(payload, new Date(Date.now() - 10 * 60_000).toISOString()), payload, /five minutes/],
      [json, payload, /required/],
    ];
    for (const [h, body, detail] of cases) {
      const res = await app.request('/v1/webhooks/zendesk', { method: 'POST', headers: h, body });
      expect(res.status).toBe(401);
      expect((await res.json()).detail).toMatch(detail);
    }
  });

  it('is off (403) without a configured secret', async () => {
    const { app } = await testApp();
    const res = await app.request('/v1/webhooks/zendesk', { method: 'POST', headers: await signed(payload), body: payload });
    expect(res.status).toBe(403);
  });
});
