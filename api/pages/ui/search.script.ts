import { ARTICLE_JS } from './article.script.ts';

/**
 * Web UI: the search tab (GET /v1/search) and the article view (GET /v1/articles/{id}). Uses the
 * shared helpers (h, applyI18n, errorText) and the app object `app` ({ api, articles, t, href }).
 * Snippets and section `html` are the API's safe HTML; every other field is text.
 */
export const SEARCH_JS = String.raw`
function createSearch(app) {
  var $ = function (id) { return document.getElementById(id); };
  var form = $('search-form'), q = $('q'), scope = $('scope'), status = $('search-status');
  var home = $('search-home'), results = $('search-results'), view = $('article-view');
  var last = null, seq = 0, scopeTouched = false, shown = null, openedFrom = null;

  scope.addEventListener('change', function () { scopeTouched = true; if (q.value.trim()) submit(); });
  form.addEventListener('submit', function (e) { e.preventDefault(); submit(); });
  home.querySelectorAll('[data-example]').forEach(function (b) {
    b.addEventListener('click', function () { q.value = b.getAttribute('data-example'); submit(); });
  });

  function hashFor(text, sc) { return '#/search?' + new URLSearchParams({ q: text, in: sc || 'all' }); }
  function backHash() { return last ? hashFor(last.q, last.scope) : '#/search'; }

  function submit() {
    var text = q.value.trim();
    if (!text) { q.focus(); return; }
    var target = hashFor(text, scope.value);
    if (location.hash === target) run(text, scope.value, 0); else location.hash = target;
  }

  function showSearch(text, sc) {
    view.hidden = true;
    if (sc != null) scope.value = sc === 'all' ? '' : sc;
    if (!text) { last = null; q.value = ''; home.hidden = false; results.replaceChildren(); status.textContent = ''; return; }
    q.value = text;
    home.hidden = true;
    results.hidden = false;
    if (!last || last.q !== text || last.scope !== scope.value) run(text, scope.value, 0);
    else if (openedFrom) {
      var link = results.querySelector('a[data-id="' + openedFrom + '"]');
      openedFrom = null;
      if (link) link.focus();
    }
  }

  function run(text, sc, offset) {
    var my = ++seq, t = app.t;
    status.textContent = t('searching');
    results.setAttribute('aria-busy', 'true');
    var qs = new URLSearchParams({ q: text, limit: '10', offset: String(offset) });
    if (sc) qs.set('locale', sc);
    app.api('/v1/search?' + qs).then(function (data) {
      if (my !== seq) return;
      if (offset && last) last.data.results = last.data.results.concat(data.results);
      else last = { q: text, scope: sc, data: data };
      last.more = typeof data.hasMore === 'boolean' ? data.hasMore : data.total != null ? last.data.results.length < data.total : data.results.length === 10;
      renderResults();
      if (offset) { var items = results.querySelectorAll('.result a'); if (items[offset]) items[offset].focus(); }
    }, function (err) {
      if (my !== seq) return;
      status.textContent = '';
      results.replaceChildren(h('p', { class: 'notice notice-error', role: 'alert', text: errorText(err, app.t) }));
    }).then(function () { if (my === seq) results.removeAttribute('aria-busy'); });
  }

  function renderResults() {
    if (!last) return;
    var t = app.t, data = last.data, list = data.results;
    status.textContent = list.length === 0 ? t('noResults', { q: last.q })
      : data.total != null ? t.n('results', data.total) : t('resultsSome');
    var notes = [];
    (data.corrections || []).forEach(function (c) { notes.push(h('p', { class: 'notice', text: t('corrected', c) })); });
    if (data.strategy === 'any-term' && list.length) notes.push(h('p', { class: 'notice', text: t('anyTerm') }));
    if (!list.length && last.scope) notes.push(h('p', { class: 'notice' }, h('button', { type: 'button', class: 'btn btn-small', text: t('searchAll'), onclick: function () {
      scope.value = ''; scopeTouched = true; submit();
    } })));
    var ol = h('ol', { class: 'results' }, list.map(function (r) {
      var snippet = h('p', { class: 'snippet' });
      snippet.innerHTML = r.snippet; // safe HTML: escaped article text with <mark> hits
      var matched = (r.matchedIn || []).map(function (f) { return t('field_' + f); }).join(', ');
      return h('li', { class: 'result' }, [
        h('h3', { class: 'result-title' }, h('a', { href: app.href(r.id, r.locale), 'data-id': r.id, text: r.title, lang: r.locale.slice(0, 2), onclick: function () { openedFrom = r.id; } })),
        h('p', { class: 'meta' }, [
          h('span', { class: 'kbid', text: r.id }),
          h('span', { class: 'badge', title: LANG_NAMES[r.locale], text: r.locale.slice(0, 2).toUpperCase() }),
          matched ? h('span', { class: 'muted', text: t('matchedIn') + ': ' + matched }) : null,
        ]),
        snippet,
      ]);
    }));
    var more = last.more ? h('button', { type: 'button', class: 'btn', text: t('moreResults'), onclick: function () { run(last.q, last.scope, last.data.results.length); } }) : null;
    results.replaceChildren.apply(results, notes.concat([ol, more]).filter(Boolean));
  }
` + ARTICLE_JS + String.raw`
  return {
    showSearch: showSearch,
    showArticle: showArticle,
    backHash: backHash,
    relocale: function () {
      if (!scopeTouched) scope.value = app.locale;
      renderResults();
      if (shown && !view.hidden) renderArticle(shown.article, shown.section, false);
    },
  };
}
`;
