/** `npm run bench`: every benchmark, printed and written to bench/results/latest.md. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../node/paths.ts';
import { httpTable, runHttpBench } from './http.bench.ts';

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const sections = [`# kbdesk benchmarks\n\n${new Date().toISOString()} on ${machine}\n`];

sections.push(`## HTTP (autocannon, 127.0.0.1, ratio to a bare Hono route in the same run)\n\n${httpTable(await runHttpBench())}\n`);

const report = sections.join('\n');
console.log(report);
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/latest.md'), report);
