import { describe, expect, it } from 'vitest';
import { deriveSignatures, formatPattern, parsePattern } from '../../../kb/match/index.ts';
import { excerptMessage } from '../../../kb/match/signatures/excerpt.ts';
import { maskMessage } from '../../../kb/match/signatures/mask.ts';
import { seedArticles } from './support.ts';

describe('pattern mini-syntax', () => {
  it('splits on * and trims, with escapes for * and \\', () => {
    expect(parsePattern('SyncUpdates failure * 0x8024400E')).toEqual(['SyncUpdates failure', '0x8024400E']);
    expect(parsePattern('a*a*a*a*a*')).toEqual(['a', 'a', 'a', 'a', 'a']);
    expect(parsePattern('5 \\* 3 = 15*C:\\Windows\\\\*')).toEqual(['5 * 3 = 15', 'C:\\Windows\\']);
    expect(parsePattern('**  * ')).toEqual([]);
  });

  it('formats fragments back so that they parse to the same fragments', () => {
    const fragments = ['5 * 3', 'C:\\Windows\\', 'x\\*y', 'plain'];
    expect(parsePattern(formatPattern(fragments))).toEqual(fragments);
  });
});

describe('masking what varies between machines', () => {
  it('keeps HRESULTs and status values, drops counters', () => {
    expect(maskMessage('SOAP Fault: 0x000190, error = 0x8024400E, status = 400').fragments)
      .toEqual(['SOAP Fault:', ', error = 0x8024400E, status = 400']);
  });

  it('masks GUIDs, URL hosts, quoted numbers, timestamps, IPs and long numbers', () => {
    expect(maskMessage('ServiceId = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}, Server URL = http://wsus01:8530/ClientWebService/client.asmx').fragments)
      .toEqual(['ServiceId =', ', Server URL = http://', '/ClientWebService/client.asmx']);
    expect(maskMessage("Key in dictionary: '8862'  Key being added: '8862'").fragments).toEqual(['Key in dictionary:', 'Key being added:']);
    expect(maskMessage('next detection at 2008-08-12 13:54:20 from 10.0.0.5 after 86400 seconds').fragments)
      .toEqual(['next detection at', 'from', 'after', 'seconds']);
  });

  it('remembers where a fault ID follows', () => {
    const masked = maskMessage('actor = http://wsus/x.asmx, ID=c0a7445f-b989-43fa-ac20-11f8ca65fa8c, ErrorCode=InternalServerError');
    expect(masked.captureAfter).toBe(1);
    expect(masked.fragments[1]).toBe('/x.asmx, ID=');
    expect(maskMessage('Id {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}').captureAfter).toBeUndefined();
  });

  it('reads excerpt lines with placeholders in either language, and real log lines', () => {
    const en = excerptMessage('Date Time 788 ee4 PT WARNING: SyncUpdates failure, error = 0x8024400E', 'client');
    const pl = excerptMessage('Data Godzina 788 ee4 PT WARNING: SyncUpdates failure, error = 0x8024400E', 'client');
    const real = excerptMessage('2008-08-12\t09:14:04:395\t 988\t4a8\tPT\tWARNING: SyncUpdates failure, error = 0x8024400E', 'client');
    expect(en).toBe('SyncUpdates failure, error = 0x8024400E');
    expect(pl).toBe(en);
    expect(real).toBe(en);
    expect(excerptMessage('Date Time UTC Error w3wp.12 ClientImplementation.SyncUpdates System.ArgumentException: x', 'wsus-server'))
      .toBe('System.ArgumentException: x');
  });
});

describe('signatures derived from KB954960', () => {
  const [en, pl] = seedArticles();
  const { signatures, rules } = deriveSignatures(en!);
  const byText = (needle: string) => signatures.filter((s) => s.fragments.join(' ').includes(needle));

  it('drops boilerplate that healthy logs print too', () => {
    for (const needle of ['Synchronizing server updates', 'ServiceId', 'Message:(null)', 'faultstring', 'SOAP Fault']) {
      expect(byText(needle).filter((s) => s.weight > 0)).toEqual([]);
    }
  });

  it('weighs the client failure line above the bare error code, and the server exception with its frame as decisive', () => {
    const failure = byText('SyncUpdates failure')[0]!;
    const code = signatures.find((s) => s.kind === 'code')!;
    expect(failure.weight).toBeGreaterThan(code.weight);
    expect(failure.source).toBe('client');
    const decisive = signatures.filter((s) => s.decisive);
    expect(decisive).toHaveLength(1);
    expect(decisive[0]!.source).toBe('wsus-server');
    expect(decisive[0]!.fragments.at(-1)).toBe('Microsoft.UpdateServices.Internal.ClientImplementation.GetSyncInfo(');
    expect(decisive[0]!.fragments[0]).toContain('System.ArgumentException: Item has already been added');
    expect(signatures.filter((s) => s.kind === 'frame').every((s) => !s.fragments[0]!.startsWith('System.'))).toBe(true);
  });

  it('keeps the fault-ID lines of both sides for correlation', () => {
    const captures = signatures.filter((s) => s.captureAfter !== undefined);
    expect(captures.map((s) => s.source).sort()).toEqual(['client', 'wsus-server']);
  });

  it('combines the client fault, its error and the SyncUpdates method into one rule', () => {
    const client = rules.find((r) => r.id.includes('client-sync'))!;
    const members = client.members.map((id) => signatures.find((s) => s.id === id)!.fragments.join(' '));
    expect(members.some((m) => m.includes('SyncUpdates failure'))).toBe(true);
    expect(members.some((m) => m.includes('InternalServerError'))).toBe(true);
    expect(members.some((m) => m.includes('Method:'))).toBe(true);
  });

  it('derives the same signatures from both translations', () => {
    const fromPl = deriveSignatures(pl!).signatures;
    expect(fromPl.map((s) => [s.fragments, s.weight])).toEqual(signatures.map((s) => [s.fragments, s.weight]));
  });
});
