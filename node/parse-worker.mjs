// The parser thread of parse-ahead.ts. Plain JavaScript: a worker does not inherit the
// TypeScript loader that bin/kbdesk.js registered, so it registers it before loading the parser.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { port, signal } = workerData;
const message = (error) => (error instanceof Error ? error.message : String(error));
let parseArticle;
try {
  ({ parseArticle } = await import('../kb/parse/article.parser.ts'));
} catch (error) {
  // Every file is then answered with the reason, so the import fails with it instead of waiting.
  parseArticle = () => { throw new Error(`the parser could not load: ${message(error)}`); };
}

// Messages wait in the port until this listener starts it, so none sent during loading is lost.
port.on('message', (file) => {
  let answer;
  try {
    answer = parseArticle(file.content, file.path);
  } catch (error) {
    answer = { error: message(error) };
  }
  port.postMessage(answer);
  // The reader blocks on this counter (Atomics.wait) inside its write transaction.
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
