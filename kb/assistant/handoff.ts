import type { ChatState } from './state.ts';
import type { Phrases } from './phrases.ts';

// Product names as people write them; enough to tell an agent what the user runs.
const PRODUCTS: [RegExp, string][] = [
  [/\bwsus\b|windows server update services/i, 'WSUS'],
  [/\b(sccm|configmgr|configuration manager|mecm)\b/i, 'Configuration Manager'],
  [/\b(sbs|small business server)\b/i, 'Small Business Server'],
  [/\b(sce|system center essentials)\b/i, 'System Center Essentials'],
  [/\bwindows (7|8\.1|10|11|server \d{4}( r2)?)\b/i, ''],
];

export function productsMentioned(texts: string[]): string[] {
  const found = new Set<string>();
  for (const t of texts) {
    for (const [re, name] of PRODUCTS) {
      const m = re.exec(t.slice(0, 20_000));
      if (m) found.add(name || m[0]);
    }
  }
  return [...found];
}

/** What a human agent needs to take over without asking the user again. */
export function handoffSummary(state: ChatState, userTexts: string[], p: Phrases): string {
  const products = productsMentioned(userTexts);
  if (state.version && !products.some((x) => x.includes(state.version!))) products.push(`version ${state.version}`);
  const list = (items: string[]) => (items.length > 0 ? items.join(', ') : p.none);
  return [
    `### ${p.handoffTitle}`,
    `- **${p.reported}:** ${(state.reported ?? userTexts[0] ?? '').replace(/\s+/g, ' ').slice(0, 300)}`,
    `- **${p.codes}:** ${list(state.codes)}`,
    `- **${p.products}:** ${list(products)}`,
    `- **${p.tried}:** ${list(state.tried)}`,
    `- **${p.articles}:** ${list(state.consulted)}`,
  ].join('\n');
}
