import type { Step } from '../model/article.ts';

/** Article steps as a markdown numbered list, sub-steps nested. */
export function stepsMarkdown(steps: Step[]): string {
  return steps.map((s, i) => {
    const text = s.text.replace(/\n+/g, '\n   ');
    const subs = s.substeps.map((sub) => `\n   - ${sub}`).join('');
    return `${i + 1}. ${text}${subs}`;
  }).join('\n');
}

export function bullets(items: string[]): string {
  return items.map((i) => `- ${i}`).join('\n');
}
