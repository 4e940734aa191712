import { BadRequestError } from '../errors.ts';

/** `KB954960`, `kb954960` and `954960` all name article 954960. */
export function parseArticleId(input: string): number {
  const m = /^(?:kb)?(\d{1,8})$/i.exec(input.trim());
  if (!m) throw new BadRequestError(`"${input.slice(0, 40)}" is not an article id; use a KB number such as KB954960 or 954960.`);
  return Number(m[1]);
}
