import type { LogSource } from '../../model/front-matter.schema.ts';
import type { LogFormat } from '../types.ts';
import { cmtraceReader } from './cmtrace.reader.ts';
import { plainReader } from './plain.reader.ts';
import type { LogReader } from './reader.ts';
import { etlWindowsUpdateReader, legacyWindowsUpdateReader } from './windows-update.reader.ts';
import { wsusReader } from './wsus.reader.ts';

/** Every structured format, in sniffing order (plain text is the fallback). */
export const READERS: LogReader[] = [cmtraceReader, wsusReader, legacyWindowsUpdateReader, etlWindowsUpdateReader];
const SNIFF_LINES = 20;
const SNIFF_CHARS = 64 * 1024;

/** The reader for a format. */
export function readerFor(format: LogFormat): LogReader {
  return READERS.find((r) => r.format === format) ?? plainReader;
}

/**
 * Sniff the first non-empty lines: the format whose header shape most of them have wins.
 * Stack traces and wrapped messages make a minority of lines, so a quarter is enough.
 */
export function detectLogFormat(text: string): LogFormat {
  const counts = new Array<number>(READERS.length).fill(0);
  let sampled = 0, pos = 0;
  const limit = Math.min(text.length, SNIFF_CHARS);
  while (pos < limit && sampled < SNIFF_LINES) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0 || nl > limit) nl = limit;
    if (nl > pos) {
      sampled++;
      READERS.forEach((r, i) => { if (r.sniff(text, pos, nl)) counts[i]!++; });
    }
    pos = nl + 1;
  }
  let best = -1;
  counts.forEach((c, i) => { if (c > 0 && c * 4 >= sampled && (best < 0 || c > counts[best]!)) best = i; });
  return best < 0 ? 'plain' : READERS[best]!.format;
}

const NAME_HINTS: [string, LogSource][] = [
  ['softwaredistribution', 'wsus-server'],
  ['windowsupdate', 'client'],
  ['wuahandler', 'configmgr'], ['updatesdeployment', 'configmgr'], ['updateshandler', 'configmgr'],
  ['scanagent', 'configmgr'], ['wsyncmgr', 'configmgr'], ['wcm', 'configmgr'],
];

const FORMAT_SOURCES: Partial<Record<LogFormat, LogSource>> = {
  'windowsupdate-legacy': 'client',
  'windowsupdate-etl': 'client',
  'wsus-softwaredistribution': 'wsus-server',
  cmtrace: 'configmgr',
};

/** Which machine wrote the log: the file name says it best, the format otherwise; plain text stays unknown. */
export function inferLogSource(format: LogFormat, name: string): LogSource | undefined {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).toLowerCase();
  for (const [hint, source] of NAME_HINTS) if (base.includes(hint)) return source;
  return FORMAT_SOURCES[format];
}
