import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers/app.ts';
import { articleSource } from '../helpers/articles.ts';
import { decodeEntities, scriptVectors } from './support.ts';

const TOKEN = 'security-admin-token-0123456789';
const write = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/markdown' };

/** Markdown that tries every way into the HTML: raw HTML blocks and inline, script URLs, entity tricks. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  'Inline <script>alert(2)</script> in a paragraph.',
  '<img src=x onerror=alert(3)>',
  'Text <img src="x" onerror="alert(4)"> inline.',
  '<div onmouseover="alert(5)">hover</div>',
  '<iframe src="javascript:alert(6)"></iframe>',
  '<svg onload=alert(7)>',
  '<a href="javascript:alert(8)">raw link</a>',
  '<style>body{background:url(javascript:alert(9))}</style>',
  '[plain](javascript:alert(10))',
  '[cased](JaVaScRiPt:alert(11))',
  '[spaced]( javascript:alert(12))',
  '[entity](java&#115;cript:alert(13))',
  '[entity2](&#106;avascript:alert(14))',
  '[hex](&#x6A;avascript:alert(15))',
  '[colon](javascript&colon;alert(16))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxNyk8L3NjcmlwdD4=)',
  '[vb](vbscript:msgbox(18))',
  '[file](file:///etc/passwd)',
  '<javascript:alert(19)>',
  '[ref link][evil]\n\n[evil]: javascript:alert(20)',
  '![image](javascript:alert(21))',
  '![image2](x" onerror="alert(22))',
  '[title](https://example.com "x\\" onmouseover=\\"alert(23)")',
  '[tab](java\tscript:alert(24))',
  '[nul](java\u0000script:alert(25))',
  '<!-- <script>alert(26)</script> -->',
  '<details open ontoggle=alert(27)>',
  '`<script>alert(28)</script>` in code',
];

/** A valid article whose body carries every payload, in its intro, symptoms, a step and the status. */
function hostileArticle(): string {
  const base = articleSource(954960, 'en-US');
  const all = PAYLOADS.join('\n\n');
  return base
    .replace(/^title: .*$/m, 'title: "<script>alert(\'title\')</script> WSUS <img src=x onerror=alert(1)>"')
    .replace('## Symptoms\n', `${all}\n\n## Symptoms\n\n${all}\n`)
    .replace('## Status\n', `## Status\n\n${all}\n\n### <img src=x onerror=alert(29)> heading\n\n${all}\n`)
    .replace('1. Make sure that', `1. ${PAYLOADS[2]} ${PAYLOADS[9]} Make sure that`);
}

async function appWithHostileArticle() {
  const t = await testApp({ adminToken: TOKEN });
  const put = await t.app.request('/v1/articles/KB954960/en-US', { method: 'PUT', headers: write, body: hostileArticle() });
  expect(put.status, await put.clone().text()).toBe(200);
  return t;
}

describe('hostile markdown never reaches HTML', () => {
  it('?format=html has no script, handler, style or script URL, yet shows the text escaped', async () => {
    const { app } = await appWithHostileArticle();
    const res = await app.request('/v1/articles/KB954960?locale=en-US&format=html');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(scriptVectors(html)).toEqual([]);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;');
    expect(decodeEntities(html)).toContain('javascript:alert(10)'); // kept as text, not as a link
    expect(html).not.toMatch(/<a [^>]*href="[^"]*script:/i);
  });

  it('every section html in the JSON view is safe too', async () => {
    const { app } = await appWithHostileArticle();
    const res = await app.request('/v1/articles/KB954960?locale=en-US');
    expect(res.status).toBe(200);
    const article = await res.json() as { sections: { anchor: string; html: string }[]; title: string };
    expect(article.sections.length).toBeGreaterThan(3);
    for (const s of article.sections) expect(scriptVectors(s.html), s.anchor).toEqual([]);
    expect(article.sections.some((s) => s.html.includes('&lt;img src=x onerror=alert(3)&gt;'))).toBe(true);
  });

  it('the safe links still work: http(s), mailto and relative links are kept as links', async () => {
    const { app } = await testApp({ adminToken: TOKEN });
    const body = articleSource(954960, 'en-US').replace('## Status\n', '## Status\n\n[web](https://example.com/a) [mail](mailto:it@example.com) [rel](/v1/articles/KB1) [anchor](#cause)\n');
    expect((await app.request('/v1/articles/KB954960/en-US', { method: 'PUT', headers: write, body })).status).toBe(200);
    const html = await (await app.request('/v1/articles/KB954960?locale=en-US&format=html')).text();
    for (const href of ['https://example.com/a', 'mailto:it@example.com', '/v1/articles/KB1', '#cause']) expect(html).toContain(`href="${href}"`);
  });

  it('search snippets and the chat reply over the hostile article are safe', async () => {
    const { app } = await appWithHostileArticle();
    const search = await (await app.request('/v1/search?q=script%20alert&locale=en')).json() as { results: { snippet: string; title: string }[] };
    expect(search.results.length).toBeGreaterThan(0);
    for (const r of search.results) expect(scriptVectors(r.snippet)).toEqual([]);
    const chat = await app.request('/v1/chat', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: 'WSUS clients fail with 0x8024400E, how do I fix it? <script>alert(1)</script>' }], locale: 'en-US' }),
    });
    expect(chat.status).toBe(200);
    const answer = await chat.json() as { reply: { html: string } };
    expect(scriptVectors(answer.reply.html)).toEqual([]);
    expect(answer.reply.html).not.toMatch(/<script/i);
  });
});
