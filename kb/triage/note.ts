import type { Lang } from '../assistant/language.ts';
import type { TriageResponse } from './triage.schema.ts';

const TEXT = {
  en: {
    title: 'kbdesk triage',
    none: 'No knowledge-base article matches this ticket. Handle it manually; consider writing an article.',
    suggested: 'Suggested articles',
    codes: 'Error codes in the ticket',
    next: (id: string) => `Next step: open ${id}, follow the resolution path for the customer's product version, and ask for the version if the ticket does not say.`,
    confidence: { high: 'high', medium: 'medium', low: 'low' },
    byLog: (confidence: string, where: string) => `log signature (${confidence}): ${where}`,
    byCode: (code: string, main: boolean) => `error code ${code} is ${main ? "the article's main code" : 'listed by the article'}`,
    bySearch: (rank: number) => `the ticket's words match the article (search rank ${rank})`,
  },
  pl: {
    title: 'Triage kbdesk',
    none: 'Żaden artykuł bazy wiedzy nie pasuje do tego zgłoszenia. Obsłuż je ręcznie; rozważ napisanie artykułu.',
    suggested: 'Proponowane artykuły',
    codes: 'Kody błędów w zgłoszeniu',
    next: (id: string) => `Następny krok: otwórz ${id}, wykonaj rozwiązanie dla wersji produktu klienta i zapytaj o wersję, jeśli zgłoszenie jej nie podaje.`,
    confidence: { high: 'wysoka', medium: 'średnia', low: 'niska' },
    byLog: (confidence: string, where: string) => `sygnatura w dzienniku (pewność: ${({ high: 'wysoka', medium: 'średnia', low: 'niska' } as Record<string, string>)[confidence] ?? confidence}): ${where}`,
    byCode: (code: string, main: boolean) => `kod błędu ${code} ${main ? 'jest głównym kodem artykułu' : 'występuje w artykule'}`,
    bySearch: (rank: number) => `treść zgłoszenia pasuje do artykułu (pozycja ${rank} w wyszukiwaniu)`,
  },
} as const;

export const triageText = (lang: Lang) => TEXT[lang];

/** The internal note an agent can paste into the ticket as is. */
export function triageNote(result: Omit<TriageResponse, 'note'>, lang: Lang): string {
  const t = TEXT[lang];
  const lines = [`**${t.title}**`, ''];
  if (result.suggestions.length === 0) lines.push(t.none);
  else {
    lines.push(`${t.suggested}:`);
    result.suggestions.forEach((s, i) => {
      lines.push(`${i + 1}. **${s.id}** ${s.title} (${t.confidence[s.confidence]}, ${s.score.toFixed(2)})`);
      for (const r of s.reasons) lines.push(`   - ${r}`);
    });
    lines.push('', t.next(result.suggestions[0]!.id));
  }
  if (result.codes.length > 0) lines.push('', `${t.codes}: ${result.codes.join(', ')}`);
  return lines.join('\n');
}
