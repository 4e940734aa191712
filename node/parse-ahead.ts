import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { parseInPlace, type ArticleFile, type ArticleParser } from '../kb/import/import.service.ts';
import type { ParseResult } from '../kb/parse/article.parser.ts';

/** What parse-worker.mjs answers per file: the parse result, or the message of an unexpected throw. */
type ParseAnswer = ParseResult | { error: string };

/**
 * Below this many files, starting the worker (loading the parser, ~0.4 s) costs what it saves:
 * measured, 500 files import 0.15–0.25 s slower with it, 1,000 the same, 2,000 15% faster.
 */
export const PARSE_AHEAD_MIN_FILES = 1000;
/** Files handed to the worker before their results are asked for: enough that the writer rarely waits, few enough to hold little. */
const AHEAD = 32;
/** No answer for this long means the worker is gone: the import fails (and rolls back) instead of hanging. */
const STALL_MS = 60_000;

/**
 * Parses on a worker thread, ahead of the caller, so an import writes one article while the next
 * ones are parsed (SQLite's writes, the larger part, stay on the calling thread: one connection,
 * one transaction). One worker is enough: it parses faster than the writer writes. Results come
 * back in file order and synchronously, because the write that consumes them is a synchronous
 * transaction no event can interrupt: the caller blocks on a shared counter (Atomics.wait) and
 * takes each answer with receiveMessageOnPort. Fewer than `minFiles` files are parsed in place.
 */
export function parseAhead(minFiles = PARSE_AHEAD_MIN_FILES): ArticleParser {
  return (files) => (files.length < minFiles ? parseInPlace(files) : parseOnWorker(files));
}

function* parseOnWorker(files: readonly ArticleFile[]): Generator<ParseResult> {
  const { port1: port, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL('./parse-worker.mjs', import.meta.url), { workerData: { port: port2, signal }, transferList: [port2] });
  // A worker that dies is reported by nextAnswer, as a stall, inside the import; its 'error'
  // event, delivered only after that, must not crash the process a second time.
  worker.on('error', () => {});
  let sent = 0;
  try {
    for (const [i, file] of files.entries()) {
      for (; sent < Math.min(files.length, i + AHEAD); sent++) port.postMessage({ path: files[sent]!.path, content: files[sent]!.content });
      yield nextAnswer(port, signal, file.path);
    }
  } finally {
    port.close();
    void worker.terminate();
  }
}

function nextAnswer(port: MessagePort, signal: Int32Array, path: string): ParseResult {
  for (;;) {
    // Read the counter before looking: an answer posted after the look moves it, and the wait returns at once.
    const seen = Atomics.load(signal, 0);
    const received = receiveMessageOnPort(port);
    if (received) {
      const answer = received.message as ParseAnswer;
      if ('error' in answer) throw new Error(`parsing ${path} failed: ${answer.error}`);
      return answer;
    }
    if (Atomics.wait(signal, 0, seen, STALL_MS) === 'timed-out') {
      throw new Error(`the parser thread stopped answering (no result for ${path} in ${STALL_MS / 1000} s)`);
    }
  }
}
