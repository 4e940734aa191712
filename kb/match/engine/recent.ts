/** Entries just before the current one, most recent first, for looking back from a hit. */
export interface RecentEntries {
  count: number;
  start(k: number): number;
  end(k: number): number;
  line(k: number): number;
}

const SIZE = 32;

/**
 * The last 32 entries of a log as offsets: enough to find the exception a server fault follows,
 * without keeping the log's line index in memory.
 */
export class RecentRing implements RecentEntries {
  private starts = new Int32Array(SIZE);
  private ends = new Int32Array(SIZE);
  private lines = new Int32Array(SIZE);
  private next = 0;
  count = 0;

  clear(): void {
    this.next = 0;
    this.count = 0;
  }

  push(start: number, end: number, line: number): void {
    this.starts[this.next] = start;
    this.ends[this.next] = end;
    this.lines[this.next] = line;
    this.next = (this.next + 1) % SIZE;
    this.count = Math.min(SIZE, this.count + 1);
  }

  private at(k: number): number {
    return (this.next - 1 - k + SIZE) % SIZE;
  }

  start(k: number): number { return this.starts[this.at(k)]!; }
  end(k: number): number { return this.ends[this.at(k)]!; }
  line(k: number): number { return this.lines[this.at(k)]!; }
}
