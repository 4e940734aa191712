/**
 * Web UI: the log-analysis tab. One pasted log goes to POST /v1/match as text/plain; with the WSUS
 * server log as well, both go as JSON so the API can correlate SOAP fault IDs. The answer is shown
 * as match cards (score, confidence, evidence, evidence against, correlations) next to the pasted
 * log with the selected match's lines marked. Files are decoded here (UTF-8 or UTF-16, as Windows
 * writes them) so the log view shows exactly what was sent.
 */
export const LOGS_JS = String.raw`
function createLogs(app) {
  var $ = function (id) { return document.getElementById(id); };
  var form = $('log-form'), status = $('log-status'), out = $('log-results');
  var boxes = [
    { text: $('log-text'), file: $('log-file'), name: 'pasted.log' },
    { text: $('log-server'), file: $('log-server-file'), name: 'SoftwareDistribution.log' },
  ];
  var sent = null, answer = null, selected = 0, seq = 0;
  var MAX_ALL = 600, CONTEXT = 3;

  boxes.forEach(function (box) {
    var button = document.querySelector('[data-file-for="' + box.file.id + '"]');
    button.addEventListener('click', function () { box.file.click(); });
    box.file.addEventListener('change', function () {
      var f = box.file.files && box.file.files[0];
      if (!f) return;
      f.arrayBuffer().then(function (buf) { box.text.value = decodeBytes(buf); box.loaded = f.name; box.text.focus(); });
    });
  });
  form.addEventListener('submit', function (e) { e.preventDefault(); analyse(); });

  function decodeBytes(buf) {
    var b = new Uint8Array(buf), n = Math.min(b.length, 4096), odd = 0, even = 0;
    if (b[0] === 0xFF && b[1] === 0xFE) return new TextDecoder('utf-16le').decode(b.subarray(2));
    if (b[0] === 0xFE && b[1] === 0xFF) return new TextDecoder('utf-16be').decode(b.subarray(2));
    for (var i = 0; i < n; i++) if (b[i] === 0) { if (i % 2) odd++; else even++; }
    if (odd > n / 8) return new TextDecoder('utf-16le').decode(b);
    if (even > n / 8) return new TextDecoder('utf-16be').decode(b);
    return new TextDecoder('utf-8').decode(b);
  }

  function analyse() {
    var logs = boxes.filter(function (b) { return b.text.value.trim(); }).map(function (b, i) {
      var name = b.loaded || b.name;
      return { name: i && name === boxes[0].loaded ? 'server-' + name : name, content: b.text.value };
    });
    if (!logs.length) { status.textContent = app.t('logEmpty'); boxes[0].text.focus(); return; }
    var my = ++seq, locale = app.locale;
    status.textContent = app.t('analysing');
    out.setAttribute('aria-busy', 'true');
    var init = logs.length === 1
      ? { method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: logs[0].content }
      : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ logs: logs }) };
    var qs = new URLSearchParams({ locale: locale });
    if (logs.length === 1) qs.set('name', logs[0].name);
    app.api('/v1/match?' + qs, init).then(function (data) {
      if (my !== seq) return;
      sent = logs.map(function (l) { return { name: l.name, lines: l.content.split(/\r\n|\r|\n/) }; });
      answer = data; selected = 0;
      render();
      var first = out.querySelector('.match-title a');
      if (first) first.focus({ preventScroll: true });
    }, function (err) {
      if (my !== seq) return;
      status.textContent = '';
      out.replaceChildren(h('p', { class: 'notice notice-error', role: 'alert', text: errorText(err, app.t) }));
    }).then(function () { if (my === seq) out.removeAttribute('aria-busy'); });
  }

  function render() {
    if (!answer) return;
    var t = app.t, m = answer.matches, st = answer.stats;
    status.textContent = (m.length ? t.n('matches', m.length) : t('noMatches')) + ' · ' + t('stats', { lines: st.lines.toLocaleString(t.locale), ms: Math.round(st.ms) });
    var cards = h('ol', { class: 'matches' }, m.map(card));
    var view = h('section', { class: 'logview', 'aria-labelledby': 'logview-h' }, [
      h('div', { class: 'logview-head' }, [
        h('h3', { id: 'logview-h', text: t('logView') }),
        h('p', { class: 'legend' }, [
          h('span', { class: 'key key-evidence', text: t('markEvidence') }),
          h('span', { class: 'key key-against', text: t('markAgainst') }),
          h('span', { class: 'key key-correlation', text: t('markCorrelation') }),
        ]),
      ]),
      h('div', { id: 'logview-body' }),
    ]);
    out.replaceChildren(h('div', { class: 'log-grid' }, [h('div', { class: 'log-matches' }, cards), view]));
    mark();
  }

  function pointButton(p, t) {
    var label = t('line', { n: p.line }) + (sent.length > 1 ? ' · ' + p.log : '');
    return h('button', { type: 'button', class: 'linebtn', text: label, onclick: function (e) { reveal(e.target.closest('.match'), p); } });
  }

  function card(m, i) {
    var t = app.t, pct = Math.round(m.score * 100);
    var bar = h('span', { class: 'bar-fill' });
    bar.style.width = pct + '%';
    var groups = {};
    m.evidence.forEach(function (e) {
      var g = groups[e.signature] || (groups[e.signature] = { e: e, points: [] });
      if (!g.points.some(function (p) { return p.log === e.log && p.line === e.line; })) g.points.push(e);
    });
    var evidence = Object.keys(groups).map(function (k) { return groups[k]; }).sort(function (a, b) { return b.e.weight - a.e.weight; });
    var sections = [
      list(t('evidence'), evidence, function (g) {
        return [h('code', { class: 'pattern', text: g.e.pattern }),
          h('span', { class: 'points' }, g.points.slice(0, 6).map(function (p) { return pointButton(p, t); })
            .concat(g.e.occurrences > g.points.length ? [h('span', { class: 'muted', text: t('times', { n: g.e.occurrences }) })] : [])),
          g.e.decisive ? h('span', { class: 'badge badge-decisive', text: t('decisive') }) : null];
      }),
      list(t('against'), m.against, function (a) { return [h('span', { text: a.reason }), h('span', { class: 'points' }, pointButton(a, t))]; }, 'against'),
      list(t('correlations'), m.correlations, function (c) {
        return [h('span', { text: t('faultId', { id: c.id }) }), h('span', { class: 'points' }, [
          t('client') + ' ', pointButton(c.client, t), ' ↔ ' + t('server') + ' ', pointButton(c.server, t),
        ].concat(c.serverException ? [' · ' + t('serverException') + ' ', pointButton(c.serverException, t)] : [])),
        c.agrees == null ? null : h('span', { class: c.agrees ? 'ok' : 'warn', text: c.agrees ? t('agrees') : t('disagrees') })];
      }),
      list(t('rules'), m.rules, function (r) { return [h('span', { text: r.description }), h('span', { class: 'points' }, pointButton(r, t))]; }),
    ];
    var toggle = h('button', { type: 'button', class: 'btn btn-small mark-btn', 'aria-pressed': String(i === selected), text: i === selected ? t('shownInLog') : t('showInLog'), onclick: function () { select(i); } });
    return h('li', { class: 'match card' + (i === selected ? ' is-selected' : ''), 'data-article': m.article.id }, [
      h('div', { class: 'match-head' }, [
        h('h3', { class: 'match-title' }, h('a', { href: app.href(m.article.id, m.article.locale), text: m.article.title })),
        h('p', { class: 'meta' }, [
          h('span', { class: 'kbid', text: m.article.id }),
          h('span', { class: 'badge conf conf-' + m.confidence, text: t('confidence_' + m.confidence) }),
          h('span', { class: 'score' }, [h('span', { class: 'kb-sr', text: t('score') + ' ' }), h('span', { class: 'bar', 'aria-hidden': 'true' }, bar), h('span', { class: 'pct', text: pct + '%' })]),
          toggle,
        ]),
      ]),
    ].concat(sections.filter(Boolean)));
  }

  function list(title, items, row, kind) {
    if (!items || !items.length) return null;
    return h('div', { class: 'mlist' + (kind ? ' mlist-' + kind : '') }, [h('h4', { text: title }), h('ul', null, items.map(function (x) { return h('li', null, row(x)); }))]);
  }

  function select(i) {
    selected = i;
    out.querySelectorAll('.match').forEach(function (n, j) {
      n.classList.toggle('is-selected', j === i);
      var b = n.querySelector('.mark-btn');
      b.setAttribute('aria-pressed', String(j === i));
      b.textContent = j === i ? app.t('shownInLog') : app.t('showInLog');
    });
    mark();
  }

  function reveal(cardNode, p) {
    var i = Array.prototype.indexOf.call(out.querySelectorAll('.match'), cardNode);
    if (i >= 0 && i !== selected) select(i);
    var li = sent.map(function (s) { return s.name; }).indexOf(p.log);
    var line = document.getElementById('log' + Math.max(li, 0) + '-L' + p.line);
    if (line) { line.scrollIntoView({ block: 'center' }); line.focus({ preventScroll: true }); }
  }

  /** Marks the selected match's lines; long logs show only the marked lines and a few around them. */
  function mark() {
    var t = app.t, m = answer.matches[selected], body = document.getElementById('logview-body');
    var marks = sent.map(function () { return {}; });
    function put(p, kind) {
      var li = sent.map(function (s) { return s.name; }).indexOf(p.log);
      if (li < 0) li = 0;
      (marks[li][p.line] = marks[li][p.line] || {})[kind] = true;
    }
    if (m) {
      m.evidence.forEach(function (e) { put(e, 'evidence'); });
      m.against.forEach(function (a) { put(a, 'against'); });
      m.correlations.forEach(function (c) { put(c.client, 'correlation'); put(c.server, 'correlation'); if (c.serverException) put(c.serverException, 'correlation'); });
    }
    var labels = { evidence: t('markEvidence'), against: t('markAgainst'), correlation: t('markCorrelation') };
    body.replaceChildren.apply(body, sent.map(function (log, li) {
      var stat = answer.stats.logs[li];
      var rows = h('div', { class: 'loglines' });
      var keep = log.lines.length <= MAX_ALL ? null : {};
      if (keep) Object.keys(marks[li]).forEach(function (n) { for (var k = +n - CONTEXT; k <= +n + CONTEXT; k++) keep[k] = true; });
      var gap = 0;
      function flush() { if (gap) rows.append(h('div', { class: 'gap', text: t('hidden', { n: gap.toLocaleString(t.locale) }) })); gap = 0; }
      log.lines.forEach(function (text, idx) {
        var n = idx + 1, kinds = marks[li][n];
        if (keep && !keep[n]) { gap++; return; }
        flush();
        var names = kinds ? Object.keys(kinds) : [];
        rows.append(h('div', {
          id: 'log' + li + '-L' + n, class: 'logline' + names.map(function (k) { return ' is-' + k; }).join(''), 'data-line': n, tabindex: '-1',
        }, [
          h('span', { class: 'ln', 'aria-hidden': 'true', text: String(n) }),
          h('span', { class: 'kb-sr', text: t('line', { n: n }) + (names.length ? ' (' + names.map(function (k) { return labels[k]; }).join(', ') + ')' : '') + ': ' }),
          h('code', { class: 'lt', text: text || ' ' }),
        ]));
      });
      flush();
      return h('div', { class: 'logfile' }, [
        h('p', { class: 'logname' }, [h('span', { text: log.name }), stat ? h('span', { class: 'muted', text: ' · ' + stat.format + (stat.source ? ' · ' + stat.source : '') }) : null]),
        h('div', { class: 'logscroll', tabindex: '0', role: 'region', 'aria-label': log.name }, rows),
      ]);
    }));
  }

  return { relocale: function () { if (answer) render(); } };
}
`;
