import { CHAT_JS } from './chat.script.ts';
import { LOGS_JS } from './logs.script.ts';
import { SEARCH_JS } from './search.script.ts';
import { SHARED_JS } from './shared.script.ts';

/**
 * The web UI's entry: locale (saved choice, else navigator.languages), the language switcher,
 * ARIA tabs with arrow keys, and a hash router (`#/search?q=`, `#/article/{id}/{locale}/{section}`,
 * `#/logs`, `#/chat`) so every view has a URL and the back button works.
 */
const BOOT_JS = String.raw`
var app = { api: apiClient(''), locale: 'en-US', t: translator('en-US') };
app.articles = articleCache(app.api);
app.href = function (id, locale, section) {
  return '#/article/' + encodeURIComponent(id) + '/' + encodeURIComponent(locale) + (section ? '/' + encodeURIComponent(section) : '');
};

var search = createSearch(app);
var logs = createLogs(app);
var chat = createChat({ api: app.api, t: function () { return app.t; }, href: app.href, articles: app.articles });
document.getElementById('chat-root').append(chat.root);

var tabs = Array.prototype.slice.call(document.querySelectorAll('[role="tab"]'));
var routes = { search: function () { return search.backHash(); }, logs: function () { return '#/logs'; }, chat: function () { return '#/chat'; } };
tabs.forEach(function (tab, i) {
  tab.addEventListener('click', function () {
    var target = routes[tab.getAttribute('data-tab')]();
    if (location.hash !== target) location.hash = target; else route();
  });
  tab.addEventListener('keydown', function (e) {
    var j = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (j == null) return;
    e.preventDefault();
    j = (j + tabs.length) % tabs.length;
    tabs[j].focus();
    tabs[j].click();
  });
});

function selectTab(name) {
  tabs.forEach(function (tab) {
    var on = tab.getAttribute('data-tab') === name;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    document.getElementById(tab.getAttribute('aria-controls')).hidden = !on;
  });
}

function route() {
  var path = location.hash.slice(1) || '/search';
  var at = path.indexOf('?');
  var params = new URLSearchParams(at >= 0 ? path.slice(at + 1) : '');
  var parts = (at >= 0 ? path.slice(0, at) : path).split('/').filter(Boolean).map(function (p) {
    try { return decodeURIComponent(p); } catch (e) { return p; }
  });
  if (parts[0] === 'logs' || parts[0] === 'chat') { selectTab(parts[0]); return; }
  selectTab('search');
  if (parts[0] === 'article' && parts[1]) search.showArticle(parts[1], parts[2] || app.locale, parts[3]);
  else search.showSearch(params.get('q') || '', params.get('in'));
}

function setLocale(locale, save) {
  app.locale = locale;
  app.t = translator(locale);
  document.documentElement.lang = locale.slice(0, 2);
  document.title = 'kbdesk · ' + app.t('tagline');
  applyI18n(document, app.t);
  document.querySelectorAll('[data-locale]').forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-locale') === locale)); });
  if (save) try { localStorage.setItem('kbdesk.locale', locale); } catch (e) { /* private mode */ }
  search.relocale();
  logs.relocale();
}

document.querySelectorAll('[data-locale]').forEach(function (b) {
  b.addEventListener('click', function () { setLocale(b.getAttribute('data-locale'), true); });
});
document.querySelector('.skip').addEventListener('click', function (e) {
  e.preventDefault();
  var main = document.getElementById('main');
  main.focus();
  main.scrollIntoView();
});

var saved = null;
try { saved = localStorage.getItem('kbdesk.locale'); } catch (e) { /* private mode */ }
setLocale(STRINGS[saved] ? saved : pickLocale(navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language]), false);
window.addEventListener('hashchange', route);
route();
document.body.setAttribute('data-ready', 'true');
`;

/** Served as /ui/app.js: one IIFE, strict mode, no globals. */
export const APP_JS = `(function () {\n'use strict';\n${SHARED_JS}${CHAT_JS}${SEARCH_JS}${LOGS_JS}${BOOT_JS}})();\n`;
