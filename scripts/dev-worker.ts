/**
 * `npm run dev:worker -- --port 8788`: the Worker in local workerd, with its local D1 migrated
 * from migrations/ and loaded from kb/articles first.
 */
import { loadD1 } from './d1-load.ts';
import { wrangler, wranglerProcess } from './wrangler.ts';

const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 8788;
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error('usage: npm run dev:worker -- --port <port>');
  process.exit(2);
}

wrangler(['d1', 'migrations', 'apply', 'DB', '--local']);
const report = await loadD1('--local');
console.error(`dev:worker: D1 loaded (created ${report.created.length}, updated ${report.updated.length}, unchanged ${report.unchanged.length})`);
const child = wranglerProcess(['dev', '--local', '--port', String(port), '--ip', '127.0.0.1', '--show-interactive-dev-session=false']);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
