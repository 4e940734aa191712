import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyticsOptionsFromEnv } from '../../../kb/analytics/options.ts';
import type { Services } from '../../../kb/services/index.ts';
import { analyticsServices, clientA, storedAnalytics } from './support.ts';

/** A conversation driven the way a client drives it: messages accumulate, state is sent back. */
async function converse(services: Services, ...texts: string[]) {
  const messages: { role: 'user' | 'assistant'; content: string }[] = [];
  let state: string | undefined;
  const answers = [];
  for (const text of texts) {
    messages.push({ role: 'user', content: text });
    const answer = await services.assistant.reply({ messages: [...messages], ...(state ? { state } : {}) });
    messages.push({ role: 'assistant', content: answer.reply.markdown });
    state = answer.state;
    answers.push(answer);
  }
  return answers;
}

afterEach(() => { vi.restoreAllMocks(); });

describe('search analytics', () => {
  it('counts top searches (case-insensitively, first pages only) and searches that found nothing', async () => {
    const { services } = await analyticsServices();
    const hit = await services.search.search({ q: 'WSUS clients not receiving updates' });
    expect(hit.results.length).toBeGreaterThan(0);
    expect(hit.searchId).toMatch(/^[0-9a-f-]{36}$/);
    await services.search.search({ q: 'wsus clients not receiving updates' });
    await services.search.search({ q: 'wsus clients not receiving updates', offset: 10 });
    expect((await services.search.search({ q: 'laserjet toner cartridge' })).results).toEqual([]);

    const report = await services.analytics.searches();
    expect(report).toMatchObject({ since: null, total: 3, noResult: 1 });
    expect(report.top.map((t) => [t.query, t.count, t.noResult])).toEqual([
      ['wsus clients not receiving updates', 2, 0],
      ['laserjet toner cartridge', 1, 1],
    ]);
    expect(report.noResults.map((t) => [t.query, t.count])).toEqual([['laserjet toner cartridge', 1]]);
    expect((await services.analytics.searches({ limit: 1 })).top).toHaveLength(1);
  });
});

describe('chat analytics', () => {
  it('lists unanswered questions and computes deflection per conversation', async () => {
    const { services } = await analyticsServices();
    const toner = 'How do I replace the toner in a LaserJet printer?';
    const answered = await converse(services, 'Klienci WSUS zgłaszają błąd 0x8024400E', 'WSUS 3.0 SP1');
    expect(answered[0]!.conversationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(answered[1]!.conversationId).toBe(answered[0]!.conversationId);
    await converse(services, toner, 'Let me talk to a human please');
    await converse(services, 'error 0x8024400E on WSUS clients', 'I want a technician');
    const [alone] = await converse(services, toner);
    expect(alone!.conversationId).not.toBe(answered[0]!.conversationId);

    const report = await services.analytics.chat();
    expect(report).toMatchObject({ turns: 7, conversations: 4, answered: 2, handedOff: 2, deflected: 1, deflectionRate: 0.25 });
    expect(report.unanswered.map((q) => [q.question, q.count])).toEqual([[toner, 2]]);
  });
});

describe('raw logs', () => {
  const unmatched = [{ name: 'WindowsUpdate.log', content: clientA }];

  it('are not stored by default', async () => {
    const { db, services } = await analyticsServices();
    await services.match.match(unmatched);
    expect(db.client.prepare('SELECT count(*) AS n FROM raw_logs').get()).toEqual({ n: 0 });
    expect(db.client.prepare('SELECT count(*) AS n FROM log_templates').get()).toEqual({ n: 1 });
  });

  it('are stored, redacted, when enabled', async () => {
    const { db, services } = await analyticsServices({ storeRawLogs: true });
    await services.match.match(unmatched);
    const rows = db.client.prepare('SELECT name, content FROM raw_logs').all() as { name: string; content: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.name).toBe('WindowsUpdate.log');
    expect(rows[0]!.content).toContain('WARNING: Sync of Updates failed for client [host] ([ip]) after 12345 bytes');
    expect(rows[0]!.content).not.toContain('contoso');
  });
});

describe('retention', () => {
  const OLD = '2001-01-01T00:00:00.000Z';
  function seedOld(db: Awaited<ReturnType<typeof analyticsServices>>['db']) {
    db.client.prepare("INSERT INTO analytics_events (kind, text, results, outcome, created_at) VALUES ('search', 'old', 0, 'unanswered', ?)").run(OLD);
    db.client.prepare("INSERT INTO feedback (target_type, target_id, helpful, created_at) VALUES ('article', 'KB954960', 1, ?)").run(OLD);
    db.client.prepare("INSERT INTO raw_logs (name, content, created_at) VALUES ('old.log', 'x', ?)").run(OLD);
    db.client.prepare("INSERT INTO log_templates (hash, template, count, example, first_seen, last_seen) VALUES ('old', 'old', 1, 'old', ?, ?)").run(OLD, OLD);
  }
  const count = (db: Awaited<ReturnType<typeof analyticsServices>>['db'], table: string) =>
    (db.client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  it('prunes rows older than the retention period and keeps recent ones', async () => {
    const { db, services } = await analyticsServices({ retentionDays: 30 });
    await services.match.match([{ name: 'WindowsUpdate.log', content: clientA }]);
    seedOld(db);
    expect(await services.analytics.prune()).toMatchObject({ events: 1, feedback: 1, rawLogs: 1, templates: 1 });
    expect(count(db, 'analytics_events')).toBe(1);
    expect(count(db, 'log_templates')).toBe(1);
    expect(count(db, 'feedback') + count(db, 'raw_logs')).toBe(0);
  });

  it('prunes on write, at most once an hour', async () => {
    const { db, services } = await analyticsServices({ retentionDays: 30 });
    seedOld(db);
    await services.search.search({ q: 'wsus' });
    expect(count(db, 'analytics_events')).toBe(1);
    expect(count(db, 'feedback') + count(db, 'raw_logs') + count(db, 'log_templates')).toBe(0);
    seedOld(db);
    await services.search.search({ q: 'wsus' });
    expect(count(db, 'analytics_events')).toBe(3);
  });
});

describe('privacy of what is stored', () => {
  const originals = {
    fqdn: 'ws-0042.contoso.local', netbios: 'WSUS01', ipv4: '10.1.2.3', ipv6: 'fe80::1c2d:3e4f:5a6b:7c8d',
    account: 'CONTOSO\\jsmith', email: 'jan.kowalski@contoso.pl', sid: 'S-1-5-21-3623811015-3361044348-30300820-1013',
  };
  const pii = `${originals.fqdn} http://${originals.netbios}:8530/x ${originals.ipv4} ${originals.ipv6} ${originals.account} ${originals.email} ${originals.sid}`;

  it('keeps no host, address, account, e-mail or SID in any analytics row', async () => {
    const { db, services } = await analyticsServices({ storeRawLogs: true });
    await services.search.search({ q: `updates fail ${pii}` });
    await converse(services, `Printer broken, ${pii}`);
    await services.match.match([{ name: 'WindowsUpdate.log', content: `${clientA}\n2026-11-18\t09:15:00:000\t 996\t1b3c\tPT\tWARNING: failed for ${pii}` }]);
    await services.triage.triage({ subject: `Toner ${pii}`, description: 'The printer is empty.', attachments: [{ name: 'WindowsUpdate.log', content: `2026-11-18\t09:15:00:000\t 996\t1b3c\tPT\tWARNING: upload failed ${pii}` }] });
    await services.analytics.submitFeedback({ target: { type: 'article', id: 'KB954960' }, helpful: false, comment: `Did not work for ${pii}` });

    const stored = storedAnalytics(db);
    for (const placeholder of ['[host]', '[ip]', '[user]', '[email]', '[sid]']) expect(stored).toContain(placeholder);
    for (const original of [...Object.values(originals), 'contoso', 'jsmith', 'kowalski', '3623811015']) {
      expect(stored.toLowerCase()).not.toContain(original.toLowerCase());
    }
    expect(db.client.prepare('SELECT count(*) AS n FROM raw_logs').get()).toEqual({ n: 2 });
  });
});

describe('recording failures', () => {
  it('never fail the request; they are logged', async () => {
    const { db, services } = await analyticsServices();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    db.client.exec('DROP TABLE analytics_events');
    const result = await services.search.search({ q: 'wsus clients' });
    expect(result.results.length).toBeGreaterThan(0);
    expect((await services.match.match([{ name: 'WindowsUpdate.log', content: clientA }])).matches).toEqual([]);
    expect(logged).toHaveBeenCalledTimes(2);
    expect(String(logged.mock.calls[0]![0])).toContain('analytics: could not record a search event');
  });
});

describe('writing on flush (the Worker)', () => {
  it('holds every record until flush, then writes them all in one go', async () => {
    const { db, services } = await analyticsServices({ writeAnalyticsOnFlush: true });
    const events = () => (db.client.prepare('SELECT kind, text FROM analytics_events ORDER BY id').all() as { kind: string; text: string }[]);
    expect((await services.search.search({ q: 'wsus clients' })).results.length).toBeGreaterThan(0);
    await services.match.match([{ name: 'WindowsUpdate.log', content: clientA }]);
    expect(events()).toEqual([]);
    await services.analytics.flush();
    expect(events().map((e) => e.kind)).toEqual(['search', 'match']);
    expect(events()[0]!.text).toBe('wsus clients');
    await services.analytics.flush(); // nothing held: writes nothing more
    expect(events()).toHaveLength(2);
  });
});

describe('settings from the environment', () => {
  it('reads KB_STORE_RAW_LOGS and KB_ANALYTICS_RETENTION_DAYS, off and default otherwise', () => {
    expect(analyticsOptionsFromEnv({})).toEqual({ storeRawLogs: false });
    expect(analyticsOptionsFromEnv({ KB_STORE_RAW_LOGS: 'on', KB_ANALYTICS_RETENTION_DAYS: '30' })).toEqual({ storeRawLogs: true, retentionDays: 30 });
    expect(analyticsOptionsFromEnv({ KB_STORE_RAW_LOGS: 'off', KB_ANALYTICS_RETENTION_DAYS: 'soon' })).toEqual({ storeRawLogs: false });
  });
});
