import { UI_STRINGS } from './i18n.ts';

/**
 * Browser code shared by the web UI and the embeddable widget: translation, DOM helpers, the API
 * client. Plain ES2017 in a string (no build step, nothing read from disk,
 * so Workers can serve it); each bundle wraps it in its own IIFE. API text goes in with
 * textContent; only the fields the API documents as safe HTML (`reply.html`, `snippet`, section
 * `html`) are assigned to innerHTML, each marked "safe HTML" below.
 */
export const SHARED_JS = `var STRINGS = ${JSON.stringify(UI_STRINGS)};\n` + String.raw`
var LANG_NAMES = { 'en-US': 'English', 'pl-PL': 'Polski' };

function pickLocale(prefs) {
  var list = Array.isArray(prefs) ? prefs : [prefs];
  for (var i = 0; i < list.length; i++) {
    var p = String(list[i] || '').toLowerCase();
    if (p.indexOf('pl') === 0) return 'pl-PL';
    if (p.indexOf('en') === 0) return 'en-US';
  }
  return 'en-US';
}

function translator(locale) {
  var table = STRINGS[locale] || STRINGS['en-US'];
  var plural = new Intl.PluralRules(locale);
  function fill(s, vars) {
    return s.replace(/\{(\w+)\}/g, function (m, k) { return vars && vars[k] != null ? String(vars[k]) : m; });
  }
  function t(key, vars) {
    var s = table[key] != null ? table[key] : STRINGS['en-US'][key];
    return fill(s == null ? key : s, vars);
  }
  t.n = function (key, n, vars) {
    var k = key + '_' + plural.select(n);
    var v = Object.assign({ n: n.toLocaleString(locale) }, vars);
    return t(table[k] != null ? k : key + '_other', v);
  };
  t.locale = locale;
  return t;
}

/** Relabels every element that names its string with data-i18n, -placeholder or -label. */
function applyI18n(root, t) {
  root.querySelectorAll('[data-i18n]').forEach(function (n) { n.textContent = t(n.getAttribute('data-i18n')); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach(function (n) { n.setAttribute('placeholder', t(n.getAttribute('data-i18n-placeholder'))); });
  root.querySelectorAll('[data-i18n-label]').forEach(function (n) { n.setAttribute('aria-label', t(n.getAttribute('data-i18n-label'))); });
}

/** Builds an element; attribute values and children strings are always text, never HTML. */
function h(tag, attrs, children) {
  var node = document.createElement(tag);
  if (attrs) Object.keys(attrs).forEach(function (k) {
    var v = attrs[k];
    if (v == null || v === false) return;
    if (k === 'text') node.textContent = v;
    else if (k === 'class') node.className = v;
    else if (k.slice(0, 2) === 'on') node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  });
  add(node, children);
  return node;
}

function add(node, children) {
  if (children == null) return node;
  (Array.isArray(children) ? children : [children]).forEach(function (c) {
    if (c == null || c === false) return;
    node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  });
  return node;
}

function apiClient(base) {
  return function api(path, init) {
    return fetch(base + path, init).then(function (res) {
      var type = res.headers.get('Content-Type') || '';
      return (type.indexOf('json') >= 0 ? res.json() : res.text()).catch(function () { return null; }).then(function (body) {
        if (res.ok) return body;
        var err = new Error((body && body.detail) || res.status + ' ' + res.statusText);
        err.status = res.status;
        throw err;
      });
    }, function (cause) {
      if (cause && cause.name === 'AbortError') throw cause;
      var err = new Error('network');
      err.offline = true;
      throw err;
    });
  };
}

function errorText(err, t) {
  return err && err.offline ? t('offline') : t('error', { detail: err && err.message ? err.message : String(err) });
}

/** One request per article and locale, shared by the article view and citation labels. */
function articleCache(api) {
  var cache = {};
  return function (id, locale) {
    var key = id + '|' + locale;
    if (!cache[key]) {
      cache[key] = api('/v1/articles/' + encodeURIComponent(id) + '?format=json&locale=' + encodeURIComponent(locale));
      cache[key].catch(function () { delete cache[key]; });
    }
    return cache[key];
  };
}

/** The hand-off summary is markdown without an HTML twin: headings, bullets and **bold** as text nodes. */
function miniMarkdown(md) {
  var box = h('div', { class: 'kb-md' });
  var list = null;
  String(md).split('\n').forEach(function (line) {
    var m = /^\s*[-*]\s+(.*)$/.exec(line);
    if (m) {
      if (!list) { list = h('ul'); box.append(list); }
      list.append(h('li', null, inline(m[1])));
      return;
    }
    list = null;
    if (line.trim()) box.append(h('p', null, inline(line.replace(/^#{1,6}\s+/, ''))));
  });
  return box;
}

function inline(text) {
  return String(text).split('**').map(function (part, i) { return i % 2 ? h('strong', { text: part }) : part; }).filter(Boolean);
}

function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
  return new Promise(function (resolve, reject) {
    var ta = h('textarea', { readonly: true, 'aria-hidden': 'true' });
    ta.value = text;
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    document.body.append(ta);
    ta.select();
    var ok = document.execCommand('copy');
    ta.remove();
    if (ok) resolve(); else reject(new Error('copy'));
  });
}

function sectionLabel(article, anchor) {
  var s = (article.sections || []).filter(function (x) { return x.anchor === anchor; })[0];
  return s && s.title ? s.title : article.title;
}
`;
