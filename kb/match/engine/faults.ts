import { entryMatchesAny, firstLine, precedingException } from '../correlate.ts';
import type { ParsedLog } from '../readers/read-log.ts';
import type { Correlation, EvidenceAgainst, LogPoint } from '../types.ts';
import type { Hit } from './scan.ts';
import type { RecentEntries } from './recent.ts';

/** Fault IDs remembered per article and side; a request's fault is rarely far from the first few. */
const MAX_FAULTS = 64;

interface ServerFault {
  sig: number;
  point: LogPoint;
  exception?: LogPoint;
  /** Whether the exception before the fault is the article's (undefined: nothing to compare). */
  agrees?: boolean;
}

/** What linking found for one article. */
export interface LinkResult {
  correlations: Correlation[];
  against: EvidenceAgainst[];
  /** Server fault lines to show as evidence, with the fault ID that links them. */
  evidence: { sig: number; point: LogPoint; id: string }[];
}

/**
 * SOAP fault IDs seen on both sides. The client's `ID:<guid>` and the server's `ID=<guid>` are
 * collected as the logs are scanned, in any order, and linked once all logs are read.
 */
export class FaultLinker {
  private client = new Map<string, Map<string, LogPoint>>();
  private server = new Map<string, Map<string, ServerFault>>();

  addClient(articleId: string, guid: string, point: LogPoint): void {
    const faults = this.client.get(articleId) ?? new Map<string, LogPoint>();
    this.client.set(articleId, faults);
    if (faults.size < MAX_FAULTS && !faults.has(guid)) faults.set(guid, point);
  }

  /** Looks back from the server fault for the exception that caused it, while the log is at hand. */
  addServer(articleId: string, guid: string, sig: number, point: LogPoint, log: ParsedLog, hit: Hit, recent: RecentEntries, exceptions: string[][]): void {
    const faults = this.server.get(articleId) ?? new Map<string, ServerFault>();
    this.server.set(articleId, faults);
    const known = this.client.get(articleId)?.has(guid) ?? false;
    if (faults.has(guid) || (faults.size >= MAX_FAULTS && !known)) return;
    const fault: ServerFault = { sig, point };
    const found = precedingException(log.text, log.reader, recent, { line: hit.line, start: hit.entryStart, end: hit.entryEnd });
    if (found) {
      fault.exception = { log: log.name, line: found.line, text: firstLine(log.text, found.start, found.end) };
      if (exceptions.length > 0) fault.agrees = entryMatchesAny(log.text, found.start, found.end, exceptions);
    }
    faults.set(guid, fault);
  }

  /** Correlations for one article; a different server exception behind a linked fault counts against it. */
  link(articleId: string): LinkResult {
    const result: LinkResult = { correlations: [], against: [], evidence: [] };
    const clients = this.client.get(articleId);
    for (const [guid, fault] of this.server.get(articleId) ?? []) {
      const client = clients?.get(guid);
      if (!client) continue;
      result.correlations.push({
        id: guid, client, server: fault.point,
        ...(fault.exception ? { serverException: fault.exception } : {}),
        ...(fault.agrees === undefined ? {} : { agrees: fault.agrees }),
      });
      result.evidence.push({ sig: fault.sig, point: fault.point, id: guid });
      if (fault.agrees === false && fault.exception) {
        result.against.push({
          reason: `the server logged a different exception just before SOAP fault ${guid}, not the one this article describes`,
          ...fault.exception,
        });
      }
    }
    return result;
  }
}
