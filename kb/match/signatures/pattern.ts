/**
 * The signature mini-syntax shared by authors and derived signatures: literal text, `*` for
 * "anything here" (within one entry), `\*` and `\\` for a literal star and backslash.
 * There are no regular expressions, so a pattern can never make matching slow.
 */
export function parsePattern(pattern: string): string[] {
  const fragments: string[] = [];
  let current = '';
  const flush = () => {
    const trimmed = current.trim();
    if (trimmed) fragments.push(trimmed);
    current = '';
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && (pattern[i + 1] === '*' || pattern[i + 1] === '\\')) current += pattern[++i];
    // A line break can never be inside a match: the automaton restarts at each line.
    else if (c === '*' || c === '\n' || c === '\r') flush();
    else current += c;
  }
  flush();
  return fragments;
}

/** Fragments back to the mini-syntax, for display. */
export function formatPattern(fragments: readonly string[]): string {
  return fragments.map(escapeFragment).join(' * ');
}

/** Backslashes stay as they are (Windows paths) unless parsePattern would read them as escapes. */
function escapeFragment(fragment: string): string {
  let out = '';
  for (let i = 0; i < fragment.length; i++) {
    const c = fragment[i]!;
    const next = fragment[i + 1];
    if (c === '*') out += '\\*';
    else if (c === '\\' && (next === '*' || next === '\\')) out += '\\\\';
    else out += c;
  }
  return out;
}
