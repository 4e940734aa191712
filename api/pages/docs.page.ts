/**
 * The interactive API reference: a self-contained page (no CDN, so it works offline and under a
 * strict CSP) that reads /openapi.json and lets a reader fill in parameters and send requests.
 */
export const DOCS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>kbdesk API reference</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d232b;background:#f6f7f9}
header{background:#1d3557;color:#fff;padding:1rem 2rem}main{max-width:60rem;margin:auto;padding:1rem 2rem}
details{background:#fff;border:1px solid #d5dae1;border-radius:6px;margin:.5rem 0}summary{cursor:pointer;padding:.6rem .8rem}
.m{display:inline-block;min-width:4.5rem;font-weight:700;font-family:monospace}.get{color:#1b7f3b}.put{color:#9a6700}.delete{color:#b42318}.post{color:#1d4ed8}
form{padding:0 .8rem .8rem}label{display:block;margin:.3rem 0}input,textarea{font:13px monospace;width:100%;box-sizing:border-box;padding:.3rem}
pre{background:#0f172a;color:#e2e8f0;padding:.6rem;overflow:auto;max-height:24rem;border-radius:4px}button{padding:.35rem .9rem}
</style></head><body><header><h1>kbdesk API reference</h1><p>OpenAPI 3.1 document: <a style="color:#fff" href="/openapi.json">/openapi.json</a></p></header>
<main id="ops" aria-live="polite">Loading…</main>
<script>
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]));
fetch('/openapi.json').then((r) => r.json()).then((doc) => {
  const root = document.getElementById('ops');
  root.innerHTML = '';
  for (const [path, ops] of Object.entries(doc.paths)) for (const [method, op] of Object.entries(ops)) {
    const params = op.parameters || [];
    const d = document.createElement('details');
    const fields = params.map((p, i) => '<label>' + esc(p.name) + ' (' + esc(p.in) + (p.required ? ', required' : '') + ') ' +
      esc(p.description || p.schema?.description || '') + '<input name="' + esc(p.in + ':' + p.name) + '" value="' + esc(p.example ?? p.schema?.example ?? '') + '"></label>').join('');
    const body = op.requestBody ? '<label>Body<textarea name="body" rows="6"></textarea></label><label>Authorization<input name="auth" placeholder="Bearer …"></label>' : '';
    d.innerHTML = '<summary><span class="m ' + method + '">' + method.toUpperCase() + '</span> <code>' + esc(path) + '</code> — ' + esc(op.summary || '') +
      '</summary><form>' + fields + body + '<button>Send</button><pre hidden></pre></form>';
    d.querySelector('form').addEventListener('submit', async (e) => {
      e.preventDefault();
      const f = new FormData(e.target);
      let url = path; const q = new URLSearchParams();
      for (const [k, v] of f) { const [where, name] = k.split(':'); if (!v || !name) continue;
        if (where === 'path') url = url.replace('{' + name + '}', encodeURIComponent(v)); else if (where === 'query') q.set(name, v); }
      const init = { method: method.toUpperCase(), headers: {} };
      if (f.get('body')) { init.body = f.get('body'); init.headers['Content-Type'] = 'text/markdown'; }
      if (f.get('auth')) init.headers.Authorization = f.get('auth');
      const res = await fetch(url + (q.size ? '?' + q : ''), init);
      const out = e.target.querySelector('pre'); out.hidden = false;
      out.textContent = res.status + ' ' + res.statusText + '\\n' + (await res.text()).slice(0, 20000);
    });
    root.append(d);
  }
});
</script></body></html>`;
