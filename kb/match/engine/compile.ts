import type { RuleDef, SignatureDef } from '../signatures/signature.ts';
import { buildAutomaton, type Automaton } from './automaton.ts';

/** Signatures flattened into typed arrays around one automaton; built once per article set. */
export interface CompiledSet {
  automaton: Automaton;
  signatures: SignatureDef[];
  rules: RuleDef[];
  fragmentLength: Int32Array;
  /**
   * Distinct fragment sequences ("patterns"): signatures with the same sequence share one, so it
   * is checked once per entry however many articles use it.
   * Fragments of pattern p: `patFragment[patStart[p] .. patStart[p + 1])`.
   */
  patStart: Int32Array;
  patFragment: Int32Array;
  /** 1 for error-code patterns: one fragment that must stand alone as a code. */
  patIsCode: Uint8Array;
  /** Fragment index followed by a fault ID, or -1. */
  patCapture: Int32Array;
  /** Signatures of pattern p: `patSig[patSigStart[p] .. patSigStart[p + 1])`. */
  patSigStart: Int32Array;
  patSig: Int32Array;
  /**
   * Patterns checked when fragment f occurs: `anchorPat[anchorStart[f] .. anchorStart[f + 1])`.
   * Each pattern hangs off its rarest fragment, so a common word does not wake thousands of them.
   */
  anchorStart: Int32Array;
  anchorPat: Int32Array;
  /** Rules signature s takes part in, as [rule index, member index]. */
  sigRules: [number, number][][];
  /** Per article: its signatures and rules (indices), and the fragments of its server exceptions. */
  articles: Map<string, { sigs: number[]; rules: number[]; serverExceptions: string[][] }>;
}

/** ASCII-only lower case, the same folding the automaton applies to logs. */
export function foldAscii(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i];
  }
  return out;
}

/** Compile signatures (of all articles) into one matcher-ready set. */
export function compileSignatures(signatures: SignatureDef[], rules: RuleDef[]): CompiledSet {
  const fragmentIds = new Map<string, number>();
  const fragments: string[] = [];
  const fragmentId = (f: string) => {
    const key = foldAscii(f);
    let id = fragmentIds.get(key);
    if (id === undefined) {
      id = fragments.length;
      fragmentIds.set(key, id);
      fragments.push(key);
    }
    return id;
  };
  const patternIds = new Map<string, number>();
  const patterns: { fragments: number[]; code: boolean; capture: number; sigs: number[] }[] = [];
  signatures.forEach((sig, s) => {
    const ids = sig.fragments.map(fragmentId);
    const code = sig.kind === 'code', capture = sig.captureAfter ?? -1;
    const key = `${ids.join(',')}|${code}|${capture}`;
    let p = patternIds.get(key);
    if (p === undefined) {
      p = patterns.length;
      patternIds.set(key, p);
      patterns.push({ fragments: ids, code, capture, sigs: [] });
    }
    patterns[p]!.sigs.push(s);
  });
  const patStart = offsets(patterns.map((p) => p.fragments.length));
  const patSigStart = offsets(patterns.map((p) => p.sigs.length));
  const patFragment = Int32Array.from(patterns.flatMap((p) => p.fragments));
  const { anchorStart, anchorPat } = anchors(patterns.length, fragments.length, patStart, patFragment, fragments);
  return {
    automaton: buildAutomaton(fragments),
    signatures,
    rules,
    fragmentLength: Int32Array.from(fragments, (f) => f.length),
    patStart,
    patFragment,
    patIsCode: Uint8Array.from(patterns, (p) => (p.code ? 1 : 0)),
    patCapture: Int32Array.from(patterns, (p) => p.capture),
    patSigStart,
    patSig: Int32Array.from(patterns.flatMap((p) => p.sigs)),
    anchorStart,
    anchorPat,
    ...articleIndex(signatures, rules),
  };
}

/** Running sums: the CSR start offsets for lists of the given lengths. */
function offsets(lengths: number[]): Int32Array {
  const out = new Int32Array(lengths.length + 1);
  lengths.forEach((n, i) => { out[i + 1] = out[i]! + n; });
  return out;
}

function anchors(patternCount: number, fragmentCount: number, patStart: Int32Array, patFragment: Int32Array, fragments: string[]) {
  const usage = new Int32Array(fragmentCount);
  for (const f of patFragment) usage[f]!++;
  const anchorOf = new Int32Array(patternCount).fill(-1);
  const counts = new Array<number>(fragmentCount).fill(0);
  for (let p = 0; p < patternCount; p++) {
    let best = -1;
    for (let i = patStart[p]!; i < patStart[p + 1]!; i++) {
      const f = patFragment[i]!;
      if (best < 0 || usage[f]! < usage[best]! || (usage[f] === usage[best] && fragments[f]!.length > fragments[best]!.length)) best = f;
    }
    anchorOf[p] = best;
    if (best >= 0) counts[best]!++;
  }
  const anchorStart = offsets(counts);
  const fill = anchorStart.slice();
  const anchorPat = new Int32Array(anchorStart[fragmentCount]!);
  for (let p = 0; p < patternCount; p++) if (anchorOf[p]! >= 0) anchorPat[fill[anchorOf[p]!]!++] = p;
  return { anchorStart, anchorPat };
}

function articleIndex(signatures: SignatureDef[], rules: RuleDef[]) {
  const articles: CompiledSet['articles'] = new Map();
  const of = (id: string) => {
    let a = articles.get(id);
    if (!a) articles.set(id, (a = { sigs: [], rules: [], serverExceptions: [] }));
    return a;
  };
  const index = new Map<string, number>();
  signatures.forEach((sig, s) => {
    index.set(sig.id, s);
    const a = of(sig.articleId);
    a.sigs.push(s);
    if (sig.source === 'wsus-server' && sig.kind === 'exception') a.serverExceptions.push(sig.fragments.map(foldAscii));
  });
  const sigRules: [number, number][][] = signatures.map(() => []);
  rules.forEach((rule, r) => {
    of(rule.articleId).rules.push(r);
    rule.members.forEach((id, m) => {
      const s = index.get(id);
      if (s !== undefined) sigRules[s]!.push([r, m]);
    });
  });
  return { sigRules, articles };
}
