import { describe, expect, it } from 'vitest';
import type { ChatResponse } from '../../../kb/assistant/chat.schema.ts';
import { testApp } from '../../helpers/app.ts';

/** A conversation driven the way a client drives it: messages accumulate, state is sent back. */
async function conversation(locale?: string) {
  const { services } = await testApp();
  const messages: { role: 'user' | 'assistant'; content: string }[] = [];
  let state: string | undefined;
  return async (text: string): Promise<ChatResponse> => {
    messages.push({ role: 'user', content: text });
    const answer = await services.assistant.reply({ messages: [...messages], state, ...(locale ? { locale } : {}) });
    messages.push({ role: 'assistant', content: answer.reply.markdown });
    state = answer.state;
    return answer;
  };
}

describe('chat in English', () => {
  it('asks for the WSUS version, then gives the SP1 path and cites it', async () => {
    const say = await conversation();
    const first = await say('Clients fail to sync with our WSUS server, error 0x8024400E');
    expect(first.reply.markdown).toContain('KB954960');
    expect(first.reply.markdown).toMatch(/Which one runs on the server/);
    expect(first.suggestions).toEqual(['Windows Server Update Services 3.0 SP1', 'Windows Server Update Services 3.0 (RTM)']);
    const second = await say(first.suggestions[0]!);
    expect(second.reply.markdown).toContain('Servers running WSUS 3.0 SP1');
    expect(second.reply.markdown).toMatch(/1\. Make sure that the current regional and language setting/);
    expect(second.citations).toEqual([{ id: 'KB954960', locale: 'en-US', section: 'wsus-3-sp1' }]);
    expect(second.reply.html).toContain('<ol>');
  });

  it('gives the RTM path with the manual reset, remembers the version, and answers verification', async () => {
    const say = await conversation();
    await say('WSUS clients report SyncUpdates failure 0x8024400E');
    const rtm = await say('We are on WSUS 3.0 RTM, no service pack');
    expect(rtm.reply.markdown).toContain('Servers running WSUS 3.0 RTM');
    expect(rtm.reply.markdown).toContain('D359F493-0AAD-43FA-AF5C-6763326CD98F');
    expect(rtm.citations.map((c) => c.section)).toEqual(['wsus-3-rtm', 'manual-reset']);
    const verify = await say('How do I verify the fix is installed?');
    expect(verify.reply.markdown).toContain('3.1.6001.66');
    expect(verify.reply.markdown).toContain('3.1.6001.65');
    expect(verify.citations).toEqual([{ id: 'KB954960', locale: 'en-US', section: 'verification' }]);
    const uninstall = await say('Can I uninstall it later?');
    expect(uninstall.reply.markdown).toMatch(/^No, this update cannot be uninstalled/);
    const known = await say('Any known issues?');
    expect(known.reply.markdown).toMatch(/HTTP, FTP, NNTP or SMTP/);
  });

  it('runs the matcher on a pasted log and quotes the evidence', async () => {
    const say = await conversation();
    const log = [
      '2026-11-18\t09:14:02:123\t 996\t1a8c\tPT\tWARNING: SyncUpdates failure, error = 0x8024400E, soap client error = 7, soap error code = 400, HTTP status code = 200',
      '2026-11-18\t09:14:02:123\t 996\t1a8c\tPT\tWARNING: SOAP Fault: 0x000190',
      '2026-11-18\t09:14:02:123\t 996\t1a8c\tPT\tWARNING: ErrorCode:InternalServerError(5)',
      '2026-11-18\t09:14:02:123\t 996\t1a8c\tPT\tWARNING: Method:"http://www.microsoft.com/SoftwareDistribution/Server/ClientWebService/SyncUpdates"',
    ].join('\n');
    const answer = await say(log);
    expect(answer.reply.markdown).toMatch(/Your log matches \*\*Some computers do not receive updates from the WSUS server\*\* \(KB954960\)/);
    expect(answer.reply.markdown).toContain('SyncUpdates failure, error = 0x8024400E');
    expect(answer.citations[0]).toEqual({ id: 'KB954960', locale: 'en-US', section: 'symptoms' });
  });

  it('says plainly when the KB has no answer and offers a hand-off summary', async () => {
    const say = await conversation();
    const answer = await say('How do I replace the toner in a LaserJet printer? I already tried turning it off and on.');
    expect(answer.reply.markdown).toMatch(/could not find an article/);
    expect(answer.citations).toEqual([]);
    expect(answer.handoff?.markdown).toContain('LaserJet');
    expect(answer.handoff?.markdown).toMatch(/Already tried:\*\* I already tried turning it off and on/);
  });
});

describe('chat in Polish', () => {
  it('answers in Polish, asks for the version and gives the SP1 path', async () => {
    const say = await conversation();
    const first = await say('Komputery nie odbierają aktualizacji z serwera WSUS, błąd 0x8024400E');
    expect(first.reply.markdown).toMatch(/Która wersja działa na serwerze/);
    expect(first.citations[0]!.locale).toBe('pl-PL');
    const sp1 = await say('Mamy WSUS 3.0 z dodatkiem SP1');
    expect(sp1.reply.markdown).toContain('Serwer z uruchomionym programem WSUS 3.0 z dodatkiem SP1');
    expect(sp1.reply.markdown).toMatch(/1\. Upewnij się, że bieżące ustawienie regionu i języka/);
    expect(sp1.citations).toEqual([{ id: 'KB954960', locale: 'pl-PL', section: 'wsus-3-sp1' }]);
  });

  it('gives the RTM path, answers verification, and hands off with the codes', async () => {
    const say = await conversation();
    await say('Klienci WSUS zgłaszają błąd 8024400e podczas synchronizacji');
    const rtm = await say('Wersja RTM, bez dodatku SP1');
    expect(rtm.reply.markdown).toContain('Serwer z uruchomionym programem WSUS 3.0 RTM');
    expect(rtm.reply.markdown).toContain('Obejście problemu');
    const verify = await say('Jak sprawdzić, czy poprawka jest zainstalowana?');
    expect(verify.reply.markdown).toContain('Jak sprawdzić, czy poprawka jest zainstalowana:');
    expect(verify.reply.markdown).toContain('3.1.6001.66');
    const handoff = await say('Proszę o kontakt z konsultantem');
    expect(handoff.handoff?.markdown).toContain('Podsumowanie dla konsultanta');
    expect(handoff.handoff?.markdown).toContain('0x8024400E');
    expect(handoff.handoff?.markdown).toContain('KB954960');
  });

  it('says in Polish that it has no answer', async () => {
    const say = await conversation();
    const answer = await say('Jak wymienić toner w drukarce LaserJet?');
    expect(answer.reply.markdown).toMatch(/Nie znalazłem w bazie wiedzy artykułu/);
    expect(answer.handoff?.markdown).toContain('Podsumowanie dla konsultanta');
  });
});

describe('chat without an error code', () => {
  it('finds the article by search from a description, in either language', async () => {
    const en = await (await conversation())('Some computers with Office 2003 do not receive updates from our WSUS server');
    expect(en.reply.markdown).toContain('(KB954960)');
    const pl = await (await conversation())('Niektóre komputery z pakietem Office 2003 nie odbieraja aktualizacji z serwera WSUS');
    expect(pl.reply.markdown).toContain('Wygląda na to, że chodzi o');
    expect(pl.citations.every((c) => c.locale === 'pl-PL')).toBe(true);
  });
});

describe('chat state', () => {
  it('starts afresh on a tampered state instead of failing', async () => {
    const { services } = await testApp();
    const answer = await services.assistant.reply({ messages: [{ role: 'user', content: 'error 0x8024400E on WSUS clients' }], state: 'not-base64-$$$' });
    expect(answer.reply.markdown).toContain('KB954960');
  });
});
