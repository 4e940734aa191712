import { isCodeAt } from '../codes.ts';
import type { ParsedLog } from '../readers/read-log.ts';
import { walkEntries, type WalkLimits } from '../readers/walk.ts';
import type { CompiledSet } from './compile.ts';
import { RecentRing, type RecentEntries } from './recent.ts';

/** Where a signature matched; one object is reused for every hit, so copy what you keep. */
export interface Hit {
  line: number;
  lastLine: number;
  entryStart: number;
  entryEnd: number;
  matchStart: number;
  matchEnd: number;
  /** Offset just after the fragment a fault ID follows, or -1. */
  capturePos: number;
}

/** Called for every signature that matches an entry. */
export type MatchCallback = (sig: number, hit: Hit, recent: RecentEntries) => void;

/** Occurrences of one fragment kept per entry; more only repeat the same evidence. */
const MAX_OCCURRENCES = 64;
/**
 * Automaton outputs handled per line: this many per character, plus a little. Real logs stay far
 * below; fragments nested in each other (`a`, `aa`, `aaa`…) over a line of `aaaa…` would otherwise
 * multiply the work by the nesting depth. Past the budget the rest of the line is still scanned
 * but its outputs are dropped, so time stays linear whatever the patterns.
 */
const OUTPUTS_PER_CHAR = 16;
const OUTPUTS_PER_LINE = 1024;

/**
 * A scanner, made once per matcher and reused by every (synchronous) match call: per-entry state
 * lives in typed arrays indexed by fragment, reset lazily with an epoch counter, so nothing is
 * allocated per line, per entry or per request.
 */
export function createScanner(set: CompiledSet, limits: WalkLimits) {
  const a = set.automaton;
  const { classOf, delta, firstChild, nextSibling, edgeClass, fail, outHead, outNext, outFragment, classes, dense } = a;
  const { fragmentLength, patStart, patFragment, patIsCode, patCapture, patSigStart, patSig, anchorStart, anchorPat } = set;
  const fragmentCount = fragmentLength.length;
  const fragEpoch = new Int32Array(fragmentCount).fill(-1);
  const fragSlot = new Int32Array(fragmentCount);
  let slotCapacity = Math.max(16, Math.min(fragmentCount, 1024));
  let touched = new Int32Array(slotCapacity);
  let occCount = new Int32Array(slotCapacity);
  let occ = new Int32Array(slotCapacity * MAX_OCCURRENCES);
  let touchedCount = 0, epoch = 0;
  const recent = new RecentRing();
  const hit: Hit = { line: 0, lastLine: 0, entryStart: 0, entryEnd: 0, matchStart: 0, matchEnd: 0, capturePos: -1 };
  let text = '';
  let onMatch: MatchCallback = () => {};

  function grow(): void {
    slotCapacity *= 2;
    const t = new Int32Array(slotCapacity); t.set(touched); touched = t;
    const c = new Int32Array(slotCapacity); c.set(occCount); occCount = c;
    const o = new Int32Array(slotCapacity * MAX_OCCURRENCES); o.set(occ); occ = o;
  }

  function record(f: number, end: number): void {
    let slot: number;
    if (fragEpoch[f] !== epoch) {
      if (touchedCount === slotCapacity) grow();
      slot = touchedCount++;
      fragEpoch[f] = epoch;
      fragSlot[f] = slot;
      touched[slot] = f;
      occCount[slot] = 0;
    } else {
      slot = fragSlot[f]!;
    }
    const k = occCount[slot]!;
    if (k < MAX_OCCURRENCES) {
      occ[slot * MAX_OCCURRENCES + k] = end - fragmentLength[f]!;
      occCount[slot] = k + 1;
    }
  }

  /**
   * The automaton over one line's message; state restarts at each line. Everything the loop reads
   * is copied into locals first: closure slots would be reloaded after every call in the loop.
   */
  function segment(from: number, to: number): void {
    const t = text, cls = classOf, d = delta, width = classes, denseStates = dense, head = outHead;
    let s = 0;
    let budget = (to - from) * OUTPUTS_PER_CHAR + OUTPUTS_PER_LINE;
    for (let i = from; i < to; i++) {
      const c = cls[t.charCodeAt(i)]!;
      if (c === 0) { s = 0; continue; }
      if (s < denseStates) {
        s = d[s * width + c]!;
      } else {
        for (;;) {
          let v = firstChild[s]!;
          while (v >= 0 && edgeClass[v] !== c) v = nextSibling[v]!;
          if (v >= 0) { s = v; break; }
          s = fail[s]!;
          if (s < denseStates) { s = d[s * width + c]!; break; }
        }
      }
      for (let o = head[s]!; o >= 0 && budget > 0; o = outNext[o]!, budget--) record(outFragment[o]!, i + 1);
    }
  }

  /** Greedy earliest placement of each fragment after the previous one is optimal for "in order". */
  function evaluate(pat: number): boolean {
    hit.capturePos = -1;
    if (patIsCode[pat] === 1) return evaluateCode(pat);
    let cursor = hit.entryStart;
    const first = patStart[pat]!, last = patStart[pat + 1]!;
    for (let i = first; i < last; i++) {
      const f = patFragment[i]!;
      if (fragEpoch[f] !== epoch) return false;
      const slot = fragSlot[f]!, base = slot * MAX_OCCURRENCES, n = occCount[slot]!;
      let k = 0;
      while (k < n && occ[base + k]! < cursor) k++;
      if (k === n) return false;
      const start = occ[base + k]!;
      if (i === first) hit.matchStart = start;
      cursor = start + fragmentLength[f]!;
      if (i - first === patCapture[pat]) hit.capturePos = cursor;
    }
    hit.matchEnd = cursor;
    return true;
  }

  function evaluateCode(pat: number): boolean {
    const f = patFragment[patStart[pat]!]!;
    const slot = fragSlot[f]!, base = slot * MAX_OCCURRENCES, n = occCount[slot]!;
    for (let k = 0; k < n; k++) {
      const start = occ[base + k]!;
      if (isCodeAt(text, start, start + fragmentLength[f]!)) {
        hit.matchStart = start;
        hit.matchEnd = start + fragmentLength[f]!;
        return true;
      }
    }
    return false;
  }

  function endEntry(end: number, lastLine: number): void {
    if (touchedCount > 0) {
      hit.entryEnd = end;
      hit.lastLine = lastLine;
      for (let t = 0; t < touchedCount; t++) {
        const f = touched[t]!;
        for (let k = anchorStart[f]!; k < anchorStart[f + 1]!; k++) {
          const pat = anchorPat[k]!;
          if (!evaluate(pat)) continue;
          for (let j = patSigStart[pat]!; j < patSigStart[pat + 1]!; j++) onMatch(patSig[j]!, hit, recent);
        }
      }
    }
    recent.push(hit.entryStart, end, hit.line);
    touchedCount = 0;
    epoch++;
  }

  const visitor = {
    start(lineStart: number, line: number) { hit.entryStart = lineStart; hit.line = line; },
    segment,
    end: endEntry,
  };

  return {
    /** Scan one decoded log, calling `callback` for each signature that matches an entry. @returns lines read. */
    scan(log: ParsedLog, callback: MatchCallback): number {
      text = log.text;
      onMatch = callback;
      recent.clear();
      // A fresh epoch, so nothing an earlier (or interrupted) scan recorded counts; the stamps
      // are reset long before the Int32 epoch could wrap.
      touchedCount = 0;
      if (epoch > 1 << 30) { fragEpoch.fill(-1); epoch = 0; } else epoch++;
      try {
        return walkEntries(log.text, log.reader, visitor, limits);
      } finally {
        text = '';
      }
    },
  };
}
