import type { ResolutionPath } from '../model/article.ts';

/** Lower-case, with the ways people write service packs folded to `sp<n>`. */
function fold(text: string): string {
  return ` ${text.toLowerCase()
    .replace(/(service pack|dodatk(iem|u|iem service pack)?|z dodatkiem service pack)\s*(\d)/g, 'sp$3')
    .replace(/\bsp\s+(\d)/g, 'sp$1')
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')} `;
}

const NEGATED_SP = /\b(without|no|not|bez|nie ma)\s+(\w+\s+){0,2}sp\d\b/;
const RTM = /\b(rtm|bez dodatk\w*|without (any )?service pack|no service pack|original release|wersja podstawowa)\b/;

function tokens(version: string): string[] {
  return fold(version).trim().split(' ').filter(Boolean);
}

/**
 * Which resolution path the user's words name, by the version tokens that set one path apart
 * from the others ("SP1" for "3.0 SP1"); a negated or RTM mention picks the path without them.
 */
export function pathForText(text: string, paths: ResolutionPath[]): ResolutionPath | undefined {
  const said = fold(text);
  const negated = NEGATED_SP.test(said) || RTM.test(said);
  const withTokens = paths.flatMap((p) => p.appliesTo.versions.map((v) => ({ path: p, toks: tokens(v) })));
  const distinctive = withTokens.map(({ path, toks }) => ({
    path,
    own: toks.filter((t) => withTokens.some((o) => o.path !== path && !o.toks.includes(t))),
    toks,
  }));
  // A path whose own tokens (e.g. sp1) are all named, unless the user denied them.
  const named = distinctive.filter((d) => d.own.length > 0 && d.own.every((t) => said.includes(` ${t} `)));
  if (named.length > 0 && !negated) return named.sort((a, b) => b.own.length - a.own.length)[0]!.path;
  // A path with no tokens of its own (the base version) when the user names it or denies the others.
  const base = distinctive.filter((d) => d.own.length === 0 && d.toks.every((t) => said.includes(` ${t} `) || negated));
  const others = distinctive.filter((d) => d.own.length > 0);
  if (base.length === 1 && (negated || others.every((o) => !o.own.some((t) => said.includes(` ${t} `))))) return base[0]!.path;
  return undefined;
}

/** How to offer the versions: the base version is marked RTM when service packs stand beside it. */
export function versionLabels(productName: string, paths: ResolutionPath[]): string[] {
  const versions = paths.flatMap((p) => p.appliesTo.versions);
  return versions.map((v) => (versions.some((o) => o !== v && o.startsWith(`${v} `)) ? `${productName} ${v} (RTM)` : `${productName} ${v}`));
}
