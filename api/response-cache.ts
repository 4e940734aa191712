/** A stored 200 answer: what it takes to send the same bytes again. */
export interface CachedResponse {
  /** Text: Node writes a string body together with the headers in one write. */
  body: string;
  /** The body's size in UTF-8 bytes, for the cache's bounds. */
  bytes: number;
  headers: Record<string, string>;
  /** `headers` with Content-Encoding: gzip. */
  gzipHeaders: Record<string, string>;
  /** The body gzipped, made the first time a client that accepts gzip asks. */
  gzipped?: Uint8Array<ArrayBuffer>;
}

/**
 * Least-recently-used answers, bounded by count and bytes. Keys carry the database generation,
 * so a write makes every older entry unreachable; they age out as new ones arrive.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;

  constructor(private readonly maxEntries = 2000, private readonly maxBytes = 64 * 1024 * 1024, readonly maxEntryBytes = 1024 * 1024) {}

  get(key: string): CachedResponse | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit); // most recently used last
    }
    return hit;
  }

  set(key: string, value: CachedResponse): void {
    if (value.bytes > this.maxEntryBytes) return;
    this.delete(key);
    this.entries.set(key, value);
    this.bytes += value.bytes;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  private delete(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.bytes -= old.bytes;
    this.entries.delete(key);
  }
}
