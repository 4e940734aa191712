import type { ChatReport, GapReport } from '../../kb/analytics/analytics.schema.ts';
import { bootstrap } from '../bootstrap.ts';

const USAGE = 'usage: kbdesk gaps [--days N] [--limit N] [--json] [--prune]';

function option(args: string[], name: string): number | undefined | 'invalid' {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const n = Number(args[i + 1]);
  return Number.isInteger(n) && n > 0 ? n : 'invalid';
}

const oneLine = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The gap report and the unanswered questions, for a terminal. */
export function formatGaps(gaps: GapReport, chat: ChatReport): string {
  const window = gaps.since ? `since ${gaps.since.slice(0, 10)}` : 'all kept';
  const out = [`Logs that matched no article (${window}): ${gaps.unmatched}`, ''];
  if (gaps.templates.length === 0) out.push('  No failure lines recorded from unmatched logs.');
  for (const t of gaps.templates) {
    out.push(`${String(t.count).padStart(6)}  ${(t.source ?? 'unknown').padEnd(11)} ${oneLine(t.template)}`);
    out.push(`${' '.repeat(20)}e.g. ${oneLine(t.example, 140)}`);
  }
  const rate = `${Math.round(chat.deflectionRate * 100)}%`;
  out.push('', `Chat: ${chat.conversations} conversations, deflection ${rate} (${chat.deflected} answered without a hand-off, ${chat.handedOff} handed off)`, '');
  if (chat.unanswered.length === 0) out.push('  No unanswered questions recorded.');
  else out.push('Questions the knowledge base could not answer:');
  for (const q of chat.unanswered) out.push(`${String(q.count).padStart(6)}  ${oneLine(q.question)}`);
  return out.join('\n');
}

/** `kbdesk gaps`: what the knowledge base is missing, from unmatched logs and unanswered chat questions. */
export async function gapsCommand(args: string[]): Promise<number> {
  const days = option(args, '--days');
  const limit = option(args, '--limit');
  if (days === 'invalid' || limit === 'invalid' || (limit ?? 0) > 100) {
    console.error(USAGE);
    return 2;
  }
  const { services: { analytics }, close } = await bootstrap();
  try {
    if (args.includes('--prune')) {
      const r = await analytics.prune();
      console.error(`pruned before ${r.cutoff}: ${r.events} events, ${r.feedback} feedback, ${r.rawLogs} raw logs, ${r.templates} templates`);
    }
    const window = { ...(days ? { days } : {}), ...(limit ? { limit } : {}) };
    const [gaps, chat] = [await analytics.gaps(window), await analytics.chat(window)];
    console.log(args.includes('--json') ? JSON.stringify({ gaps, chat }, null, 2) : formatGaps(gaps, chat));
    return 0;
  } finally {
    await close();
  }
}
