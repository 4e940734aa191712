// autocannon in a child process (so it never shares the event loop of the server under test),
// driven by a JSON argument: { url, connections, seconds, method?, headers?, body?, bodyFile?, unique? }.
// `unique` appends `_=<n>` to every request's URL, so no response cache can answer it.
// Prints autocannon's result as JSON on stdout.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const o = JSON.parse(process.argv[2]);
let n = 0;
const base = new URL(o.url);
const path = base.pathname + base.search;
const sep = base.search ? '&' : '?';
const result = await autocannon({
  url: base.origin,
  connections: o.connections,
  duration: o.seconds,
  timeout: o.timeout ?? 30,
  requests: [{
    method: o.method ?? 'GET',
    headers: o.headers ?? {},
    ...(o.bodyFile ? { body: readFileSync(o.bodyFile) } : o.body !== undefined ? { body: o.body } : {}),
    setupRequest: (req) => ({ ...req, path: o.unique ? `${path}${sep}_=${++n}` : path }),
  }],
});
process.stdout.write(JSON.stringify(result));
