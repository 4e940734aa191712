import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DEMO_CSS } from '../../api/pages/demo/agent-sidebar.page.ts';
import { APP_JS } from '../../api/pages/ui/app.script.ts';
import { UI_STRINGS } from '../../api/pages/ui/i18n.ts';
import { INDEX_HTML } from '../../api/pages/ui/index.page.ts';
import { WIDGET_JS } from '../../api/pages/widget/widget.script.ts';
import { testApp } from '../helpers/app.ts';

// In process: the routes, headers and static checks of the client code, which tsc never sees.
describe('UI routes', () => {
  it('serves the web UI at / with a strict CSP and no inline code', async () => {
    const { app } = await testApp();
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    for (const d of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(d);
    expect(csp).not.toContain('unsafe');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const html = await res.text();
    expect(html).toContain('<script src="/ui/app.js" defer></script>');
    expect(html).toContain('<link rel="stylesheet" href="/ui/app.css">');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
  });

  it('serves the script and the stylesheet as files with their types and ETags', async () => {
    const { app } = await testApp();
    const js = await app.request('/ui/app.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(() => new Script(APP_JS)).not.toThrow();
    const css = await app.request('/ui/app.css');
    expect(css.headers.get('Content-Type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toContain('.kb-chat');
    const again = await app.request('/ui/app.js', { headers: { 'If-None-Match': js.headers.get('ETag')! } });
    expect(again.status).toBe(304);
  });

  it('serves /widget.js as JavaScript any origin may load', async () => {
    const { app } = await testApp();
    const res = await app.request('/widget.js', { headers: { Origin: 'https://helpdesk.example.com' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
    const body = await res.text();
    expect(body).toContain("customElements.define('kbdesk-assistant'");
    expect(() => new Script(WIDGET_JS)).not.toThrow();
  });

  it('lets another origin preflight the chat the widget posts', async () => {
    const { app } = await testApp();
    const res = await app.request('/v1/chat', {
      method: 'OPTIONS',
      headers: { Origin: 'https://helpdesk.example.com', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(res.status).toBeLessThan(300);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Allow-Methods')).toContain('POST');
  });

  it('answers unknown UI files with a 404 problem', async () => {
    const { app } = await testApp();
    for (const path of ['/ui/x.js', '/ui/app.js.map', '/demo/nope']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    }
  });

  it('serves the agent-sidebar demo with its hostile host CSS', async () => {
    const { app } = await testApp();
    const res = await app.request('/demo/agent-sidebar');
    expect(res.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).toContain('<script src="/widget.js" defer></script>');
    expect(html).toMatch(/<kbdesk-assistant[^>]*locale="en-US"/);
    expect(DEMO_CSS).toContain('* { font: 30px serif !important; color: red }');
    expect(DEMO_CSS).toContain('div { border: 5px solid lime }');
    expect((await app.request('/demo/agent-sidebar.css')).headers.get('Content-Type')).toBe('text/css; charset=utf-8');
  });

  it('has every UI string the pages and scripts use in both languages', () => {
    const used = new Set<string>();
    for (const m of INDEX_HTML.matchAll(/data-i18n(?:-placeholder|-label)?="([\w-]+)"/g)) used.add(m[1]!);
    for (const m of (APP_JS + WIDGET_JS).matchAll(/(?:\bt\(|\(\)\(|'data-i18n(?:-placeholder|-label)?': )'([\w-]+)'/g)) used.add(m[1]!);
    for (const m of (APP_JS + WIDGET_JS).matchAll(/t\.n\('(\w+)'/g)) used.add(`${m[1]}_other`);
    for (const k of [...used]) if (k.endsWith('_')) used.delete(k);
    // Keys built from API values: every value the schemas allow.
    const families = { field_: ['title', 'summary', 'symptoms', 'body', 'codes', 'text'], status_: ['confirmed', 'fixed', 'by-design', 'investigating'],
      relation_: ['affected', 'may-be-affected'], confidence_: ['high', 'medium', 'low'] };
    for (const [prefix, values] of Object.entries(families)) for (const v of values) used.add(prefix + v);
    expect(used.size).toBeGreaterThan(40);
    for (const locale of ['en-US', 'pl-PL'] as const) {
      expect([...used].filter((k) => !(k in UI_STRINGS[locale])), locale).toEqual([]);
    }
  });
});
