import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, screenshot, SCREENSHOTS, startKbdesk, type Browser } from './browser.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/logs/${name}`, import.meta.url), 'utf8');

// The real server and real headless Chromium: what a support engineer does in the web UI.
describe('web UI in Chromium', { timeout: 90_000 }, () => {
  let kb: Awaited<ReturnType<typeof startKbdesk>>;
  let b: Browser;

  beforeAll(async () => {
    kb = await startKbdesk();
    b = await openBrowser({ locale: 'en-US' });
  });
  afterAll(async () => {
    await b?.close();
    await kb?.close();
  });

  /** A fresh document each time, so no test inherits another's conversation. */
  async function open(path = '/') {
    await b.page.goto('about:blank');
    await b.page.goto(kb.url + path);
    await b.page.waitForSelector('body[data-ready="true"]');
  }

  it('reaches the search box by keyboard, searches, and opens the article with its facts', async () => {
    const { page } = b;
    await open();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    for (let i = 0; i < 12 && await page.evaluate(() => document.activeElement?.id) !== 'q'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.type('0x8024400E');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.result');
    await expect.poll(() => page.textContent('#search-status')).toMatch(/\d+ articles? found/);
    expect(await page.getAttribute('#search-status', 'aria-live')).toBe('polite');
    const ids = await page.locator('.result a[data-id]').evaluateAll((as) => as.map((a) => a.getAttribute('data-id')));
    // With the whole bundled corpus KB900012 (SUSDB maintenance) lists the code too and ranks with it.
    expect(ids.slice(0, 2)).toContain('KB954960');
    expect(await page.innerHTML('.result:has(a[data-id="KB954960"]) .snippet')).toContain('<mark>0x8024400E</mark>');
    expect(page.url()).toContain('#/search?q=0x8024400E');
    await screenshot(page, 'ui-search');

    await page.click('.result a[data-id="KB954960"]');
    await page.waitForSelector('#article-title');
    expect(await page.textContent('#article-title')).toBe('Some computers do not receive updates from the WSUS server');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('article-title');
    const facts = page.locator('aside.facts');
    expect(await facts.textContent()).toContain('Windows Server Update Services');
    expect(await facts.locator('.chip', { hasText: '3.0 SP1' }).count()).toBeGreaterThan(0);
    expect(await facts.locator('a.chip-code').textContent()).toBe('0x8024400E');
    expect(await page.locator('.sec-symptoms pre code').first().textContent()).toContain('SyncUpdates failure');
    await facts.locator('.paths a', { hasText: 'Servers running WSUS 3.0 SP1' }).click();
    await expect.poll(() => page.url()).toContain('#/article/KB954960/en-US/wsus-3-sp1');
    await page.waitForSelector('#sec-wsus-3-sp1.is-target');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Servers running WSUS 3.0 SP1');
    await screenshot(page, 'ui-article');

    await page.click('a.back');
    await page.waitForSelector('.result a[data-id="KB954960"]');
    expect(await page.isHidden('#article-view')).toBe(true);
  });

  it('moves between the tabs with the arrow keys', async () => {
    const { page } = b;
    await open('/#/search');
    await page.focus('#tab-search');
    await page.keyboard.press('ArrowRight');
    // The key handler runs asynchronously in the page: wait for it instead of racing it.
    await expect.poll(() => page.getAttribute('#tab-logs', 'aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-logs');
    expect(await page.isVisible('#panel-logs')).toBe(true);
    expect(await page.isHidden('#panel-search')).toBe(true);
    await page.keyboard.press('End');
    await expect.poll(() => page.getAttribute('#tab-chat', 'aria-selected')).toBe('true');
    expect(page.url()).toMatch(/#\/chat$/);
  });

  it('matches a pasted log and marks the evidence lines in it', async () => {
    const { page } = b;
    await open('/#/logs');
    await page.fill('#log-text', fixture('windowsupdate-legacy-kb954960.log'));
    await page.click('#log-form button[type=submit]');
    await page.waitForSelector('.match');
    const first = page.locator('.match').first();
    expect(await first.getAttribute('data-article')).toBe('KB954960');
    expect(await first.locator('.conf').textContent()).toBe('High confidence');
    expect(await first.locator('.pct').textContent()).toMatch(/^\d+%$/);
    expect(await page.textContent('#log-status')).toMatch(/articles? match/);
    // Line 20 of the fixture is the SyncUpdates failure the article quotes.
    for (const line of [20, 23, 25]) expect(await page.locator(`.logline.is-evidence[data-line="${line}"]`).count(), `line ${line}`).toBe(1);
    expect(await page.locator('.logline[data-line="20"] .lt').textContent()).toContain('SyncUpdates failure, error = 0x8024400E');
    expect(await page.locator('.logline[data-line="1"]').getAttribute('class')).toBe('logline');
    await first.locator('.linebtn', { hasText: 'line 23' }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-line'))).toBe('23');
    await screenshot(page, 'ui-logs', true);

    // With the server log too, the client's SOAP fault ID is tied to the server's exception.
    await page.click('.more-log summary');
    await page.fill('#log-server', fixture('softwaredistribution-kb954960.log'));
    await page.click('#log-form button[type=submit]');
    await page.waitForSelector('.mlist li:has-text("SOAP fault 5b3f4a2e-7c1d-4e8a-9f60-2d4b8c1e7a93")');
    expect(await page.locator('.logfile').count()).toBe(2);
    expect(await page.locator('#log0-L26.is-correlation').count()).toBe(1);
    expect(await page.locator('#log1-L4.is-correlation').count()).toBe(1);
    expect(await page.textContent('.match >> nth=0')).toContain('the server exception is the one this article describes');
    await screenshot(page, 'ui-logs-correlated', true);
  });

  it('holds a chat turn: version suggestion, SP1 steps, a citation that opens the section', async () => {
    const { page } = b;
    await open('/#/chat');
    await page.fill('#panel-chat textarea', 'Clients report error 0x8024400E');
    await page.keyboard.press('Enter');
    const sp1 = page.locator('.kb-suggest button', { hasText: '3.0 SP1' });
    await sp1.waitFor();
    expect(await page.locator('.kb-msg-assistant .kb-reply').first().textContent()).toContain('KB954960');
    await sp1.click();
    const answer = page.locator('.kb-msg-assistant').nth(1);
    await answer.locator('.kb-cite').waitFor();
    expect(await answer.locator('.kb-reply').textContent()).toContain('Install update 954960');
    const cite = answer.locator('.kb-cite').first();
    expect(await cite.getAttribute('href')).toBe('#/article/KB954960/en-US/wsus-3-sp1');
    await expect.poll(() => cite.locator('.kb-cite-title').textContent()).toBe('Servers running WSUS 3.0 SP1');
    expect(await page.locator('.kb-suggest button').allTextContents()).toContain('Any known issues?');
    await screenshot(page, 'ui-chat');
    await cite.click();
    await page.waitForSelector('#sec-wsus-3-sp1.is-target');
    expect(await page.getAttribute('#tab-search', 'aria-selected')).toBe('true');
  });

  it('offers the hand-off summary when the knowledge base has no answer', async () => {
    const { page } = b;
    await open('/#/chat');
    await page.fill('#panel-chat textarea', 'The office printer prints blank pages');
    await page.click('#panel-chat button[type=submit]');
    await page.locator('.kb-handoff').waitFor();
    expect(await page.textContent('.kb-handoff')).toContain('The office printer prints blank pages');
    expect(await page.locator('.kb-handoff li').count()).toBeGreaterThan(2);
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: kb.url });
    await page.click('.kb-handoff button:has-text("Copy summary")');
    await expect.poll(() => page.textContent('.kb-handoff-status')).toBe('Copied to the clipboard');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('The office printer prints blank pages');
  });

  it('switches to Polish: UI strings, a Polish search without diacritics, answers in Polish, remembered', async () => {
    const { page } = b;
    await open('/');
    await page.click('[data-locale="pl-PL"]');
    expect(await page.getAttribute('html', 'lang')).toBe('pl');
    expect(await page.textContent('#tab-search')).toBe('Wyszukiwanie');
    expect(await page.textContent('#tab-logs')).toBe('Analiza logów');
    expect(await page.textContent('label[for="q"]')).toBe('Przeszukaj bazę wiedzy');
    expect(await page.getAttribute('[data-locale="pl-PL"]', 'aria-pressed')).toBe('true');
    await page.fill('#q', 'komputery nie odbieraja aktualizacji');
    await page.press('#q', 'Enter');
    await page.waitForSelector('.result');
    expect(await page.textContent('#search-status')).toMatch(/^Znaleziono \d+ artyku/);
    const top = page.locator('.result a[data-id]').first();
    expect(await top.getAttribute('data-id')).toBe('KB954960');
    expect(await top.textContent()).toBe('Niektóre komputery nie odbierają aktualizacji z serwera WSUS');
    await screenshot(page, 'ui-search-pl');

    await page.click('#tab-chat');
    await page.fill('#panel-chat textarea', '0x8024400E');
    await page.keyboard.press('Enter');
    await page.locator('.kb-suggest').waitFor();
    expect(await page.locator('.kb-reply').last().textContent()).toMatch(/Wygląda na to|Rozwiązanie zależy/);
    expect(await page.locator('.kb-msg-assistant .kb-who').last().textContent()).toBe('Asystent');
    await screenshot(page, 'ui-chat-pl');

    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.textContent('#tab-chat')).toBe('Asystent');
  });

  it('starts in Polish when the browser prefers Polish', async () => {
    const pl = await openBrowser({ locale: 'pl-PL' });
    try {
      await pl.page.goto(kb.url + '/');
      await pl.page.waitForSelector('body[data-ready="true"]');
      expect(await pl.page.textContent('.skip')).toBe('Przejdź do treści');
      expect(await pl.page.inputValue('#scope')).toBe('pl-PL');
      expect(pl.problems).toEqual([]);
    } finally {
      await pl.close();
    }
  });

  // The README's picture: KB_UPDATE_DOCS_SCREENSHOT=1 npx vitest run test/e2e/web-ui.test.ts refreshes docs/screenshot-ui.png.
  it('renders a chat answer for the README screenshot', async () => {
    const shot = await openBrowser({ locale: 'en-US', width: 1280, height: 1160 });
    try {
      const { page } = shot;
      await page.goto(kb.url + '/#/chat');
      await page.fill('#panel-chat textarea', 'Clients report error 0x8024400E');
      await page.keyboard.press('Enter');
      await page.locator('.kb-suggest button', { hasText: '3.0 SP1' }).click();
      await page.locator('.kb-msg-assistant').nth(1).locator('.kb-cite-title', { hasText: 'Servers running WSUS 3.0 SP1' }).waitFor();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.mouse.move(1270, 5);
      await screenshot(page, 'ui-readme');
      if (process.env.KB_UPDATE_DOCS_SCREENSHOT === '1') {
        mkdirSync('docs', { recursive: true });
        copyFileSync(join(SCREENSHOTS, 'ui-readme.png'), join('docs', 'screenshot-ui.png'));
      }
      expect(shot.problems).toEqual([]);
    } finally {
      await shot.close();
    }
  });

  it('ran without console errors or CSP violations', () => {
    expect(b.problems).toEqual([]);
  });
});
