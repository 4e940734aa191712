import { describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/app.ts';

const body = (content: string, extra: Record<string, unknown> = {}) => JSON.stringify({ messages: [{ role: 'user', content }], ...extra });

describe('POST /v1/chat', () => {
  it('answers JSON with reply, citations, suggestions and state', async () => {
    const { app } = await testApp();
    const res = await app.request('/v1/chat', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body('error 0x8024400E on our WSUS clients') });
    expect(res.status).toBe(200);
    const answer = await res.json();
    expect(answer.reply.markdown).toContain('KB954960');
    expect(answer.reply.html).toContain('<strong>');
    expect(answer.citations[0]).toMatchObject({ id: 'KB954960', locale: 'en-US' });
    expect(answer.suggestions.length).toBeGreaterThan(0);
    const next = await app.request('/v1/chat', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: 'error 0x8024400E on our WSUS clients' }, { role: 'assistant', content: answer.reply.markdown }, { role: 'user', content: 'SP1' }], state: answer.state }),
    });
    expect((await next.json()).citations[0].section).toBe('wsus-3-sp1');
  });

  it('honours locale and streams server-sent events ending with the full answer', async () => {
    const { app } = await testApp();
    const res = await app.request('/v1/chat', { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' }, body: body('0x8024400E', { locale: 'pl-PL' }) });
    expect(res.headers.get('Content-Type')).toContain('text/event-stream');
    const text = await res.text();
    const events = [...text.matchAll(/event: (\w+)\ndata: (.*)\n/g)].map((m) => ({ event: m[1], data: JSON.parse(m[2]!) }));
    expect(events.at(-1)!.event).toBe('done');
    const deltas = events.filter((e) => e.event === 'delta').map((e) => e.data.markdown).join('');
    expect(deltas).toBe(events.at(-1)!.data.reply.markdown);
    expect(deltas).toContain('Wygląda na to');
  });

  it('rejects malformed requests with problem+json', async () => {
    const { app } = await testApp();
    const cases = [
      '{}',
      JSON.stringify({ messages: [] }),
      JSON.stringify({ messages: [{ role: 'assistant', content: 'hi' }] }),
      JSON.stringify({ messages: [{ role: 'user', content: 'x'.repeat(20_001) }] }),
      JSON.stringify({ messages: Array.from({ length: 51 }, () => ({ role: 'user', content: 'x' })) }),
      JSON.stringify({ messages: [{ role: 'robot', content: 'x' }] }),
      '{"messages": [',
    ];
    for (const payload of cases) {
      const res = await app.request('/v1/chat', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: payload });
      expect(res.status, payload.slice(0, 60)).toBe(400);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    }
  });
});
