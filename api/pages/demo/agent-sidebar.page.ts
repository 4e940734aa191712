/**
 * GET /demo/agent-sidebar: a fake ticketing system's ticket view with the widget in the agent
 * sidebar, embedded exactly as a customer would (script tag + element). The host stylesheet is
 * deliberately hostile, so the page proves the widget's style isolation at a glance.
 */
export const DEMO_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ticket #48213 · Acme Service Desk (kbdesk widget demo)</title>
<link rel="stylesheet" href="/demo/agent-sidebar.css">
<script src="/widget.js" defer></script>
<script src="/demo/agent-sidebar.js" defer></script>
</head>
<body>
<div class="app">
  <div class="ticket">
    <p class="banner">This page ships hostile CSS on purpose: <code>* { font: 30px serif !important; color: red }</code>
      and <code>div { border: 5px solid lime }</code>. The kbdesk assistant on the right is untouched: it renders in shadow DOM.</p>
    <h1>#48213 · Clients stopped getting updates from WSUS</h1>
    <p class="meta">Requester: Anna Kowalska · Priority: High · Queue: Workplace / Patching</p>
    <div class="description" id="ticket-text">Since last Tuesday about 40 workstations with Office 2003 no longer get updates from our WSUS server.
WindowsUpdate.log shows: WARNING: SyncUpdates failure, error = 0x8024400E, soap client error = 7, soap error code = 400, HTTP status code = 200</div>
    <p><button type="button" id="ask">Ask the assistant about this ticket</button></p>
    <h2>Internal notes</h2>
    <div id="notes" class="notes" aria-live="polite"><p>No notes yet.</p></div>
  </div>
  <aside class="sidebar" aria-label="Knowledge base">
    <kbdesk-assistant id="assistant" locale="en-US" handoff="event"></kbdesk-assistant>
  </aside>
</div>
</body>
</html>
`;

/** The host page's own stylesheet: a sidebar layout, then the hostile rules. */
export const DEMO_CSS = `
html, body { margin: 0; height: 100%; }
.app { display: grid; grid-template-columns: minmax(0, 1fr) 420px; height: 100vh; }
.ticket { overflow: auto; padding: 16px; }
.sidebar { background: #eef0f3; padding: 12px; overflow: hidden; }
.sidebar kbdesk-assistant { height: calc(100vh - 24px); }
.description { white-space: pre-wrap; }
/* Hostile on purpose: the kind of global rules real host pages ship. */
* { font: 30px serif !important; color: red }
div { border: 5px solid lime }
p, li, span, button, input, textarea { letter-spacing: 3px; text-transform: uppercase; line-height: 3 }
button { background: magenta !important; border-radius: 0 !important; padding: 20px !important }
a { color: orange !important; text-decoration: line-through !important }
ul, ol { list-style: square inside !important }
`;

/** Host-side integration: a ticket button that asks the widget, and hand-offs become internal notes. */
export const DEMO_JS = `
(function () {
  var widget = document.getElementById('assistant');
  document.getElementById('ask').addEventListener('click', function () {
    widget.ask(document.getElementById('ticket-text').textContent);
  });
  widget.addEventListener('kbdesk-handoff', function (e) {
    var notes = document.getElementById('notes');
    if (notes.dataset.touched !== 'yes') { notes.textContent = ''; notes.dataset.touched = 'yes'; }
    var pre = document.createElement('pre');
    pre.textContent = e.detail.markdown;
    notes.append(pre);
  });
})();
`;
