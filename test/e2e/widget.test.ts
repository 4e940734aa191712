import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, screenshot, startKbdesk, type Browser } from './browser.ts';

/** A ticketing system on another origin that embeds the widget as a customer would, with hostile CSS. */
function hostPage(kbUrl: string) {
  return `<!doctype html><html><head><title>Helpdesk</title>
<style>* { font: 30px serif !important; color: red } div { border: 5px solid lime } kbdesk-assistant { height: 640px }</style>
<script src="${kbUrl}/widget.js"></script></head>
<body><div id="ticket">Ticket #1</div><kbdesk-assistant locale="pl-PL"></kbdesk-assistant></body></html>`;
}

async function styleOf(page: Page, selector: string) {
  return page.locator(selector).first().evaluate((el) => {
    const s = getComputedStyle(el);
    return { fontSize: s.fontSize, fontFamily: s.fontFamily, color: s.color, borderTopWidth: s.borderTopWidth, textTransform: s.textTransform };
  });
}

describe('<kbdesk-assistant> widget in Chromium', { timeout: 90_000 }, () => {
  let kb: Awaited<ReturnType<typeof startKbdesk>>;
  let b: Browser;
  let host: Server;
  let hostUrl: string;

  beforeAll(async () => {
    kb = await startKbdesk();
    b = await openBrowser({ locale: 'en-US', width: 1280, height: 900 });
    host = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostPage(kb.url)));
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await b?.close();
    await new Promise((resolve) => host?.close(resolve));
    await kb?.close();
  });

  it('renders in shadow DOM on the agent-sidebar demo, untouched by the hostile host CSS', async () => {
    const { page } = b;
    await page.goto(kb.url + '/demo/agent-sidebar');
    await page.locator('kbdesk-assistant .kb-input').waitFor();
    expect(await page.evaluate(() => {
      const el = document.querySelector('kbdesk-assistant');
      return { defined: !!customElements.get('kbdesk-assistant'), shadow: !!el?.shadowRoot, inLightDom: !!document.querySelector('.kb-chat') };
    })).toEqual({ defined: true, shadow: true, inLightDom: false });
    // The host's rules are live on the host page…
    const hostStyle = await styleOf(page, 'h1');
    expect(hostStyle).toMatchObject({ fontSize: '30px', color: 'rgb(255, 0, 0)' });
    expect((await styleOf(page, 'div.description')).borderTopWidth).toBe('5px');
    // …and reach nothing inside the widget.
    for (const selector of ['kbdesk-assistant .root', 'kbdesk-assistant .title', 'kbdesk-assistant .kb-welcome-text', 'kbdesk-assistant .kb-chip', 'kbdesk-assistant .kb-input']) {
      const s = await styleOf(page, selector);
      expect(s.fontSize, selector).not.toBe('30px');
      expect(s.color, selector).not.toBe('rgb(255, 0, 0)');
      expect(s.fontFamily, selector).not.toMatch(/^serif$/);
      expect(s.textTransform, selector).toBe('none');
    }
    expect((await styleOf(page, 'kbdesk-assistant .head')).borderTopWidth).toBe('0px');
    expect((await styleOf(page, 'kbdesk-assistant .root')).fontSize).toBe('14px');
    await screenshot(page, 'widget-demo');
  });

  it('holds a chat turn in the sidebar and hands the summary to the ticket', async () => {
    const { page } = b;
    await page.goto(kb.url + '/demo/agent-sidebar');
    const widget = page.locator('kbdesk-assistant');
    await widget.locator('.kb-input').fill('Clients report error 0x8024400E');
    await widget.locator('.kb-input').press('Enter');
    const sp1 = widget.locator('.kb-suggest button', { hasText: '3.0 SP1' });
    await sp1.waitFor();
    await sp1.click();
    const answer = widget.locator('.kb-msg-assistant').nth(1);
    await answer.locator('.kb-cite').waitFor();
    expect(await answer.locator('.kb-reply').textContent()).toContain('Install update 954960');
    const cite = answer.locator('.kb-cite').first();
    expect(await cite.getAttribute('href')).toBe(`${kb.url}/#/article/KB954960/en-US/wsus-3-sp1`);
    expect(await cite.getAttribute('target')).toBe('_blank');
    expect((await styleOf(page, 'kbdesk-assistant .kb-reply li')).fontSize).not.toBe('30px');
    await screenshot(page, 'widget-chat');

    // The host integration: hand-off summaries become internal notes of the ticket.
    await widget.locator('.kb-suggest button', { hasText: 'Talk to a support agent' }).click();
    await widget.locator('.kb-handoff button', { hasText: 'Add to ticket' }).click();
    await expect.poll(() => page.textContent('#notes')).toContain('0x8024400E');
    expect(await page.textContent('#notes')).toContain('KB954960');
    expect(b.problems).toEqual([]);
  });

  it('works from another origin: script-origin default, Polish, compact search and chat over CORS', async () => {
    const { page } = b;
    await page.goto(hostUrl);
    const widget = page.locator('kbdesk-assistant');
    await widget.locator('.kb-input').waitFor();
    expect(new URL(page.url()).origin).not.toBe(new URL(kb.url).origin);
    expect(await widget.locator('.tab').allTextContents()).toEqual(['Czat', 'Szukaj']);
    expect((await styleOf(page, 'kbdesk-assistant .kb-welcome-text')).color).not.toBe('rgb(255, 0, 0)');

    await widget.locator('.tab', { hasText: 'Szukaj' }).click();
    await widget.locator('input[type=search]').fill('komputery nie odbieraja aktualizacji');
    await widget.locator('input[type=search]').press('Enter');
    const first = widget.locator('.result a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toBe(`${kb.url}/#/article/KB954960/pl-PL`);
    expect(await first.textContent()).toContain('Niektóre komputery nie odbierają aktualizacji z serwera WSUS');
    expect(await widget.locator('.result .snippet mark').count()).toBeGreaterThan(0);

    await widget.locator('.tab', { hasText: 'Czat' }).click();
    await widget.locator('.kb-input').fill('Klienci WSUS zgłaszają błąd 0x8024400E');
    await widget.locator('.kb-input').press('Enter');
    await widget.locator('.kb-suggest').waitFor();
    expect(await widget.locator('.kb-reply').last().textContent()).toContain('KB954960');
    await screenshot(page, 'widget-cross-origin');

    await widget.evaluate((el) => el.setAttribute('locale', 'en-US'));
    expect(await widget.locator('.tab').allTextContents()).toEqual(['Chat', 'Search']);
    expect(b.problems).toEqual([]);
  });
});
