import { describe, expect, it } from 'vitest';
import { detectLogFormat, inferLogSource, parseLog, readLogEntries, type LogEntry } from '../../../kb/match/index.ts';
import { fixture, fixtureText, lineOf } from './support.ts';

const entriesOf = (name: string, limits?: { maxLineLength: number; maxEntryLines: number }) =>
  readLogEntries(parseLog({ name, content: fixture(name) }), limits);
const entryAt = (entries: LogEntry[], needle: string) => entries.find((e) => e.text.includes(needle))!;

describe('format detection', () => {
  it.each([
    ['windowsupdate-legacy-kb954960.log', 'windowsupdate-legacy', 'client'],
    ['windowsupdate-win10-kb954960.log', 'windowsupdate-etl', 'client'],
    ['softwaredistribution-kb954960.log', 'wsus-softwaredistribution', 'wsus-server'],
    ['cmtrace-wuahandler.log', 'cmtrace', 'configmgr'],
    ['ticket-excerpt.txt', 'plain', undefined],
    ['unrelated-app-duplicate-key.log', 'plain', undefined],
    ['unrelated-iis.log', 'plain', undefined],
  ])('%s is %s from %s', (name, format, source) => {
    const log = parseLog({ name, content: fixture(name) });
    expect(log.format).toBe(format);
    expect(log.source).toBe(source);
  });

  it('prefers the file name over the format for the source', () => {
    expect(inferLogSource('plain', 'C:\\Windows\\WindowsUpdate.log')).toBe('client');
    expect(inferLogSource('plain', 'logs/SoftwareDistribution.log.1')).toBe('wsus-server');
    expect(inferLogSource('plain', 'WUAHandler.lo_')).toBe('configmgr');
    expect(inferLogSource('windowsupdate-legacy', 'copy.txt')).toBe('client');
  });

  it('sniffs past a few odd lines at the top', () => {
    const text = `garbage header\n${fixtureText('windowsupdate-win10-kb954960.log')}`;
    expect(detectLogFormat(text)).toBe('windowsupdate-etl');
  });
});

describe('readers', () => {
  it('legacy WindowsUpdate.log: message after the five tab-separated fields, component, line numbers', () => {
    const name = 'windowsupdate-legacy-kb954960.log';
    const entry = entryAt(entriesOf(name), 'SyncUpdates failure');
    expect(entry.text.startsWith('WARNING: SyncUpdates failure, error = 0x8024400E')).toBe(true);
    expect(entry.component).toBe('PT');
    expect(entry.line).toBe(lineOf(fixtureText(name), 'SyncUpdates failure'));
    expect(entry.raw.startsWith('2008-08-12\t')).toBe(true);
    expect(entry.logFormat).toBe('windowsupdate-legacy');
  });

  it('Windows 10 decoded log: message after pid, tid and component', () => {
    const entry = entryAt(entriesOf('windowsupdate-win10-kb954960.log'), 'SyncUpdates failure');
    expect(entry.text.startsWith('SyncUpdates failure, error = 0x8024400E')).toBe(true);
    expect(entry.component).toBe('ProtocolTalker');
  });

  it('SoftwareDistribution.log: a stack trace belongs to the entry above it', () => {
    const name = 'softwaredistribution-kb954960.log';
    const text = fixtureText(name);
    const entries = entriesOf(name);
    const entry = entryAt(entries, 'System.ArgumentException');
    expect(entry.line).toBe(lineOf(text, 'System.ArgumentException'));
    expect(entry.endLine).toBe(lineOf(text, 'Internal.Client.SyncUpdates('));
    expect(entry.text).toContain('ClientImplementation.GetSyncInfo(');
    expect(entry.text.startsWith('System.ArgumentException')).toBe(true);
    expect(entry.component).toBe('ClientImplementation.SyncUpdates');
    const next = entries[entries.indexOf(entry) + 1]!;
    expect(next.text.startsWith('System.Threading.ThreadAbortException')).toBe(true);
  });

  it('CMTrace: message between the markers, over several lines, component from the attributes', () => {
    const name = 'cmtrace-wuahandler.log';
    const entry = entryAt(entriesOf(name), 'Scan failed');
    expect(entry.text).toBe('Scan failed with error = 0x8024400e.\nDetection will be retried at the next scan cycle.');
    expect(entry.endLine).toBe(entry.line + 1);
    expect(entry.component).toBe('WUAHandler');
    expect(entryAt(entriesOf(name), 'Successfully completed').component).toBe('ScanAgent');
  });

  it('plain text: each line an entry, except stack frames', () => {
    const entries = entriesOf('unrelated-app-duplicate-key.log');
    const entry = entryAt(entries, 'Item has already been added');
    expect(entry.text).toContain('Contoso.Billing.InvoiceCache.Warm');
    expect(entry.endLine - entry.line).toBe(4);
    expect(entries.length).toBe(fixtureText('unrelated-app-duplicate-key.log').trim().split('\n').length - 4);
  });

  it('caps line length and entry length', () => {
    const log = parseLog({ name: 'x.txt', content: `${'x'.repeat(1000)}\nok\n` });
    const [long, ok] = readLogEntries(log, { maxLineLength: 100, maxEntryLines: 256 });
    expect(long!.text.length).toBe(100);
    expect(ok!.text).toBe('ok');
    const trace = ['System.InvalidOperationException: boom', ...Array.from({ length: 10 }, (_, i) => `   at A.B.C${i}()`)].join('\n');
    const split = readLogEntries(parseLog({ name: 'y.txt', content: trace }), { maxLineLength: 100, maxEntryLines: 4 });
    expect(split.map((e) => e.endLine - e.line + 1)).toEqual([4, 4, 3]);
  });
});
