import { CHAT_JS } from '../ui/chat.script.ts';
import { SHARED_JS } from '../ui/shared.script.ts';
import { WIDGET_CSS } from './widget.styles.ts';

/**
 * `<kbdesk-assistant>`: the chat and a compact search for a ticketing system's sidebar. Shadow
 * DOM with adopted styles (so neither the host page's CSS nor its CSP on inline styles reach it);
 * calls the kbdesk API cross-origin at `base-url` (default: where widget.js came from).
 * Attributes: base-url, locale (pl-PL, en-US; default navigator.language), handoff="event"
 * (adds "Add to ticket", which dispatches a composed `kbdesk-handoff` event with the summary).
 * Method: ask(text) opens the chat and sends text.
 */
const ELEMENT_JS = String.raw`
var SCRIPT = document.currentScript;
var DEFAULT_BASE = SCRIPT && SCRIPT.src ? new URL(SCRIPT.src, location.href).origin : location.origin;
var sheet = null;
function adopt(root) {
  try {
    if (!sheet) { sheet = new CSSStyleSheet(); sheet.replaceSync(WIDGET_CSS); }
    root.adoptedStyleSheets = [sheet];
  } catch (e) {
    root.append(h('style', { text: WIDGET_CSS }));
  }
}
function enc(s) { return encodeURIComponent(s); }

class KbdeskAssistant extends HTMLElement {
  static get observedAttributes() { return ['locale', 'base-url', 'handoff']; }
  constructor() { super(); this.attachShadow({ mode: 'open' }); adopt(this.shadowRoot); }
  connectedCallback() { if (!this._root) this._build(); }
  attributeChangedCallback(name, before, after) {
    if (!this._root || before === after) return;
    if (name === 'locale') { this._t = translator(this._locale()); this._chat.relabel(); applyI18n(this._root, this._t); }
    else this._build();
  }
  ask(text) { if (!this._root) this._build(); this._select('chat'); this._chat.send(text); }
  _locale() { return pickLocale(this.getAttribute('locale') || navigator.languages || navigator.language); }
  _build() {
    var self = this, uid = 'kbw' + Math.random().toString(36).slice(2, 8);
    var base = (this.getAttribute('base-url') || DEFAULT_BASE).replace(/\/+$/, '');
    var api = apiClient(base);
    var href = function (id, locale, section) { return base + '/#/article/' + enc(id) + '/' + enc(locale) + (section ? '/' + enc(section) : ''); };
    this._t = translator(this._locale());
    this._chat = createChat({
      api: api, t: function () { return self._t; }, href: href, articles: articleCache(api), newTab: true,
      onHandoff: this.getAttribute('handoff') === 'event' ? function (markdown, messages) {
        self.dispatchEvent(new CustomEvent('kbdesk-handoff', { bubbles: true, composed: true, detail: { markdown: markdown, messages: messages } }));
      } : null,
    });
    var tab = function (name, key) {
      return h('button', { type: 'button', role: 'tab', class: 'tab', id: uid + '-t-' + name, 'aria-controls': uid + '-p-' + name, 'data-tab': name, 'data-i18n': key });
    };
    this._tabs = [tab('chat', 'widgetChat'), tab('search', 'widgetSearch')];
    this._tabs.forEach(function (b, i) {
      b.addEventListener('click', function () { self._select(b.getAttribute('data-tab')); });
      b.addEventListener('keydown', function (e) {
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
        e.preventDefault();
        var next = self._tabs[(i + 1) % 2];
        next.focus(); next.click();
      });
    });
    this._panels = {
      chat: h('div', { class: 'panel', role: 'tabpanel', id: uid + '-p-chat', 'aria-labelledby': uid + '-t-chat' }, this._chat.root),
      search: h('div', { class: 'panel', role: 'tabpanel', id: uid + '-p-search', 'aria-labelledby': uid + '-t-search' }, this._search(api, href, uid)),
    };
    this._root = h('div', { class: 'root', part: 'root' }, [
      h('div', { class: 'head' }, [h('span', { class: 'logo', 'aria-hidden': 'true', text: 'k' }), h('p', { class: 'title', 'data-i18n': 'widgetTitle' })]),
      h('div', { class: 'tabs', role: 'tablist', 'data-i18n-label': 'widgetTitle' }, this._tabs),
      this._panels.chat, this._panels.search,
    ]);
    this.shadowRoot.replaceChildren(this._root);
    applyI18n(this._root, this._t);
    this._select('chat');
  }
  _select(name) {
    var self = this;
    this._tabs.forEach(function (b) {
      var on = b.getAttribute('data-tab') === name;
      b.setAttribute('aria-selected', String(on));
      b.tabIndex = on ? 0 : -1;
      self._panels[b.getAttribute('data-tab')].hidden = !on;
    });
  }
  _search(api, href, uid) {
    var self = this, seq = 0;
    var input = h('input', { id: uid + '-q', type: 'search', maxlength: '2000', autocomplete: 'off', 'data-i18n-placeholder': 'searchPlaceholder' });
    var status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
    var list = h('ul', { class: 'results' });
    var form = h('form', { class: 'search', role: 'search', onsubmit: function (e) {
      e.preventDefault();
      var q = input.value.trim(), t = self._t, my = ++seq;
      if (!q) return;
      status.textContent = t('searching');
      api('/v1/search?' + new URLSearchParams({ q: q, locale: t.locale, limit: '8' })).then(function (data) {
        if (my !== seq) return;
        status.textContent = data.results.length ? (data.total != null ? t.n('results', data.total) : t('resultsSome')) : t('noResults', { q: q });
        list.replaceChildren.apply(list, data.results.map(function (r) {
          var snippet = h('p', { class: 'snippet' });
          snippet.innerHTML = r.snippet; // safe HTML: escaped article text with <mark> hits
          return h('li', { class: 'result' }, [
            h('span', { class: 'id', text: r.id }),
            h('a', { href: href(r.id, r.locale), target: '_blank', rel: 'noopener', text: r.title }, h('span', { class: 'kb-sr', text: ' (' + t('openInKb') + ')' })),
            snippet,
          ]);
        }));
      }, function (err) { if (my === seq) status.textContent = errorText(err, self._t); });
    } }, [
      h('label', { for: uid + '-q', 'data-i18n': 'searchLabel' }),
      h('div', { class: 'search-row' }, [input, h('button', { type: 'submit', class: 'kb-btn kb-btn-primary', 'data-i18n': 'searchButton' })]),
    ]);
    return [form, status, list];
  }
}
if (!customElements.get('kbdesk-assistant')) customElements.define('kbdesk-assistant', KbdeskAssistant);
`;

/** Served as /widget.js to any origin. */
export const WIDGET_JS = `(function () {\n'use strict';\nvar WIDGET_CSS = ${JSON.stringify(WIDGET_CSS)};\n${SHARED_JS}${CHAT_JS}${ELEMENT_JS}})();\n`;
