import { Hono, type Context } from 'hono';
import { DEMO_CSS, DEMO_HTML, DEMO_JS } from '../pages/demo/agent-sidebar.page.ts';
import { APP_CSS } from '../pages/ui/app.styles.ts';
import { APP_JS } from '../pages/ui/app.script.ts';
import { ICON_SVG, INDEX_HTML } from '../pages/ui/index.page.ts';
import { WIDGET_JS } from '../pages/widget/widget.script.ts';
import type { AppEnv } from '../env.ts';
import { fnv1a } from '../../kb/util/hash.ts';

/** Same-origin only, no inline code: the pages load their script and styles as files. */
export const UI_CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "font-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** The asset is a constant, so its ETag is computed once. */
function etagOf(text: string): string {
  return `"${fnv1a(text)}-${text.length.toString(36)}"`;
}

interface Asset { body: string; type: string; etag: string; headers: Record<string, string> }

function asset(body: string, type: string, headers: Record<string, string> = {}): Asset {
  return { body, type, etag: etagOf(body), headers };
}

const page = (body: string) => asset(body, HTML, { 'Content-Security-Policy': UI_CSP, 'Referrer-Policy': 'same-origin', 'Cache-Control': 'no-cache' });
const file = (body: string, type: string, extra: Record<string, string> = {}) => asset(body, type, { 'Cache-Control': 'public, max-age=300, must-revalidate', ...extra });

/** Every UI path and what it serves; anything else under /ui falls through to the 404 problem. */
const ASSETS: Record<string, Asset> = {
  '/': page(INDEX_HTML),
  '/ui/app.js': file(APP_JS, JS),
  '/ui/app.css': file(APP_CSS, CSS),
  '/ui/icon.svg': file(ICON_SVG, 'image/svg+xml'),
  // Browsers ask for it whatever the page links; an SVG under that name works in current ones.
  '/favicon.ico': file(ICON_SVG, 'image/svg+xml'),
  // Loaded by other origins' pages (ticketing systems): readable cross-origin, also under COEP.
  '/widget.js': file(WIDGET_JS, JS, { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' }),
  '/demo/agent-sidebar': page(DEMO_HTML),
  '/demo/agent-sidebar.css': file(DEMO_CSS, CSS),
  '/demo/agent-sidebar.js': file(DEMO_JS, JS),
};

function serve(c: Context<AppEnv>, a: Asset) {
  const headers = { ...a.headers, ETag: a.etag, 'X-Content-Type-Options': 'nosniff' };
  const match = c.req.header('If-None-Match');
  if (match && match.split(',').some((t) => t.trim().replace(/^W\//, '') === a.etag)) return c.body(null, 304, headers);
  return c.body(a.body, 200, { ...headers, 'Content-Type': a.type });
}

/** The web UI (`/`), its assets, the embeddable widget (`/widget.js`) and the widget demo page. */
export function uiRoutes() {
  const app = new Hono<AppEnv>();
  for (const [path, a] of Object.entries(ASSETS)) app.get(path, (c) => serve(c, a));
  return app;
}
