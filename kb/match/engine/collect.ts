import type { LogSource } from '../../model/front-matter.schema.ts';
import { firstLine, readGuid } from '../correlate.ts';
import type { ParsedLog } from '../readers/read-log.ts';
import { findIn } from '../readers/scan-helpers.ts';
import type { LogPoint, SignatureSource } from '../types.ts';
import type { CompiledSet } from './compile.ts';
import { FaultLinker, type LinkResult } from './faults.ts';
import type { Hit } from './scan.ts';
import type { RecentEntries } from './recent.ts';

/** A fault ID line must follow the article's client evidence this closely to belong to it. */
const CAPTURE_WINDOW = 20;
const TEXT_MAX = 300;

/** One kept evidence line of a signature. */
export interface EvidenceRecord {
  log: string;
  line: number;
  text: string;
  correlation?: string;
}

/** Evidence from one log counts fully on its own source, less on an unknown one, little on another. */
export function sourceFactor(sig: SignatureSource, log: LogSource | undefined): number {
  if (sig === 'any' || sig === log) return 1;
  return log === undefined ? 0.8 : 0.4;
}

/** What one match call found, signature by signature; bounded by the per-signature caps. */
export class Collector {
  readonly count: Int32Array;
  readonly bestFactor: Float64Array;
  readonly evidence = new Map<number, EvidenceRecord[]>();
  readonly ruleHits = new Map<number, { log: string; line: number }>();
  private readonly faults = new FaultLinker();
  private log!: ParsedLog;
  private lastEvidence = new Map<string, number>();
  private ruleLast: Float64Array[];

  constructor(private readonly set: CompiledSet, private readonly maxEvidence: number) {
    this.count = new Int32Array(set.signatures.length);
    this.bestFactor = new Float64Array(set.signatures.length);
    this.ruleLast = set.rules.map((r) => new Float64Array(r.members.length));
  }

  /** Per-log state: rule windows and the last evidence line of each excerpt. */
  beginLog(log: ParsedLog): void {
    this.log = log;
    this.lastEvidence.clear();
    for (const last of this.ruleLast) last.fill(-Infinity);
  }

  readonly onMatch = (sig: number, hit: Hit, recent: RecentEntries): void => {
    const def = this.set.signatures[sig]!;
    if (def.weight > 0) this.evidenceFound(sig, hit);
    if (def.captureAfter !== undefined && hit.capturePos >= 0) {
      const guid = readGuid(this.log.text, hit.capturePos);
      if (guid) this.faultId(sig, guid, hit, recent);
    }
  };

  /** Links client and server faults of one article, once all logs are read; marks the linked evidence. */
  link(articleId: string): LinkResult {
    const result = this.faults.link(articleId);
    for (const { sig, point, id } of result.evidence) {
      const list = this.evidence.get(sig) ?? [];
      const own = list.find((e) => e.log === point.log && e.line === point.line);
      if (own) own.correlation = id;
      else list.push({ ...point, correlation: id });
      this.evidence.set(sig, list);
    }
    return result;
  }

  private evidenceFound(sig: number, hit: Hit): void {
    const def = this.set.signatures[sig]!;
    this.count[sig]!++;
    this.bestFactor[sig] = Math.max(this.bestFactor[sig]!, sourceFactor(def.source, this.log.source));
    const list = this.evidence.get(sig) ?? [];
    if (list.length < this.maxEvidence) {
      list.push(this.point(hit));
      this.evidence.set(sig, list);
    }
    if (def.excerpt) this.lastEvidence.set(def.excerpt, hit.line);
    for (const [r, m] of this.set.sigRules[sig]!) {
      const last = this.ruleLast[r]!;
      last[m] = hit.line;
      const window = this.set.rules[r]!.window;
      if (!this.ruleHits.has(r) && last.every((l) => l >= hit.line - window)) {
        this.ruleHits.set(r, { log: this.log.name, line: hit.line });
      }
    }
  }

  /** A client fault ID counts only right after the article's client evidence; server fault IDs always. */
  private faultId(sig: number, guid: string, hit: Hit, recent: RecentEntries): void {
    const def = this.set.signatures[sig]!;
    if (def.source === 'client') {
      const anchor = def.excerpt ? this.lastEvidence.get(def.excerpt) : undefined;
      if (def.weight > 0 || (anchor !== undefined && hit.line - anchor <= CAPTURE_WINDOW)) {
        this.faults.addClient(def.articleId, guid, this.point(hit));
      }
    } else if (def.source === 'wsus-server') {
      const exceptions = this.set.articles.get(def.articleId)?.serverExceptions ?? [];
      this.faults.addServer(def.articleId, guid, sig, this.point(hit), this.log, hit, recent, exceptions);
    }
  }

  private point(hit: Hit): LogPoint {
    return { log: this.log.name, line: hit.line, text: this.entryText(hit) };
  }

  /** The entry's first line, plus the line where the match ends when that is further down (a stack frame). */
  private entryText(hit: Hit): string {
    const { text } = this.log;
    const head = firstLine(text, hit.entryStart, hit.entryEnd, TEXT_MAX);
    if (findIn(text, hit.entryStart, hit.matchEnd, '\n') < 0) return head;
    const lineStart = text.lastIndexOf('\n', hit.matchEnd - 1) + 1;
    return `${head} … ${firstLine(text, lineStart, hit.entryEnd, TEXT_MAX)}`;
  }
}
