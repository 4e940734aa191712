import { scanErrorCodes } from '../match/codes.ts';

export type Ask = 'verification' | 'known-issues' | 'uninstall' | 'cause' | 'handoff' | 'workaround' | 'resolution';

export interface Intent {
  codes: string[];
  /** Article ids named in the message (KB954960). */
  articles: string[];
  /** The message looks like pasted log lines rather than prose. */
  hasLog: boolean;
  ask?: Ask;
  /** The user says what they tried already ("I restarted…", "próbowałem…"). */
  tried?: string;
}

// Checked in order: the first that fits names what the user is asking.
const ASKS: [Ask, RegExp][] = [
  ['handoff', /\b(human|agent|person|technician|escalat\w*|człowiek\w*|konsultant\w*|technik\w*|zgłoszeni\w*)\b/i],
  ['uninstall', /\b(uninstall\w*|remove|removal|roll ?back|odinstal\w*|usun\w*|wycofa\w*)\b/i],
  ['verification', /\b(verif\w*|check|confirm|installed correctly|file version|sprawdzi\w*|zweryfik\w*|weryfik\w*|potwierdz\w*|wersj\w* plik\w*)\b/i],
  ['known-issues', /\b(known issues?|side effects?|restart\w*|iis|znane problem\w*|skutki|ponowne uruchom\w*)\b/i],
  ['workaround', /\b(workaround|without upgrad\w*|manual\w*|obejści\w*|ręczn\w*|recznie|bez uaktualni\w*)\b/i],
  ['cause', /\b(why|cause|reason|dlaczego|przyczyn\w*|powód|powod)\b/i],
];

const LOG_LINE = /^\s*(\d{4}[-/]\d{2}[-/]\d{2}|<!\[LOG\[|\d{2}:\d{2}:\d{2}|(Date|Data) (Time|Godzina)\b)|\b(WARNING|FATAL):|\bat [A-Z][\w.]+\(/m;
const TRIED = /\b(i (have )?(already )?(tried|restarted|rebooted|reinstalled|ran)|already tried|próbował\w*|spróbował\w*|zrestartował\w*|uruchomił\w*|reinstalował\w*)\b[^.\n]*/i;

/** What a chat message contains and asks, read without any model: codes, logs, question kind. */
export function readIntent(text: string): Intent {
  const codes = [...new Set(scanErrorCodes(text).map((c) => c.code))];
  const lines = text.split('\n');
  const logLines = lines.filter((l) => LOG_LINE.test(l)).length;
  const ask = ASKS.find(([, re]) => re.test(text))?.[0];
  const tried = TRIED.exec(text)?.[0];
  const articles = [...new Set([...text.slice(0, 20_000).matchAll(/\bKB ?(\d{5,8})\b/gi)].map((m) => `KB${m[1]}`))];
  return { codes, articles, hasLog: logLines >= 2 || (logLines === 1 && lines.length <= 3 && codes.length > 0), ...(ask ? { ask } : {}), ...(tried ? { tried } : {}) };
}
