import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer } from '../../node/server.ts';

/** Debian's chromium; CI installs it with apt. Never downloaded by the tests. */
export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

/** The real server on a free port over a fresh database (bundled articles imported on start). */
export async function startKbdesk() {
  const dir = mkdtempSync(join(tmpdir(), 'kbdesk-e2e-'));
  const server = await startServer({ port: 0, hostname: '127.0.0.1', env: { KB_DATABASE: join(dir, 'kb.sqlite'), KB_ACCESS_LOG: 'off' } });
  return { url: server.url, async close() { await server.close(); rmSync(dir, { recursive: true, force: true }); } };
}

export interface Browser { context: BrowserContext; page: Page; problems: string[]; close(): Promise<void> }

/**
 * Headless Chromium with a fresh profile. A missing browser is a failure, not a skip: the UI is
 * only tested here. `problems` collects console errors (CSP violations included) and page errors.
 */
export async function openBrowser(options: { locale?: string; width?: number; height?: number } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. The browser tests need Debian's chromium: `
      + 'apt-get update && apt-get install -y --no-install-recommends chromium (never npx playwright install).');
  }
  const profile = mkdtempSync(join(tmpdir(), 'kbdesk-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: ARGS, locale: options.locale ?? 'en-US',
    viewport: { width: options.width ?? 1280, height: options.height ?? 860 },
  });
  const page = context.pages()[0] ?? await context.newPage();
  const problems: string[] = [];
  context.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return {
    context, page, problems,
    async close() { await context.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}

export async function screenshot(page: Page, name: string, fullPage = false) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}
