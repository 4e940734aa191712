import type { SectionKind } from '../model/article.ts';

/** The usual KB headings in each article language, lower-cased. */
const HEADINGS: Record<string, SectionKind> = {
  symptoms: 'symptoms', symptomy: 'symptoms',
  cause: 'cause', przyczyna: 'cause',
  resolution: 'resolution', 'rozwiązanie': 'resolution',
  workaround: 'workaround', 'obejście problemu': 'workaround', 'obejście': 'workaround',
  'more information': 'more-information', 'więcej informacji': 'more-information',
  'known issues': 'known-issues', 'znane problemy': 'known-issues',
  verification: 'verification', weryfikacja: 'verification',
  status: 'status', stan: 'status',
};

export const KNOWN_HEADINGS = Object.keys(HEADINGS);

export function headingKind(title: string): SectionKind | undefined {
  return HEADINGS[title.trim().toLowerCase()];
}
