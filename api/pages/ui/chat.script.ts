/**
 * The chat component shared by the web UI and the widget: a log of turns (role=log, so screen
 * readers hear each answer), suggestion buttons, sources linked to article sections and the
 * hand-off summary. Stateless server: the component keeps the messages and the opaque `state`.
 * Options: api, t() (current translator), href(id, locale, section), articles (cache), newTab,
 * onHandoff(markdown, messages). The log scrolls by itself: give the container a height.
 */
export const CHAT_JS = String.raw`
function createChat(o) {
  var convo = [], state, busy = false, suggest = null;
  var uid = 'kbc' + Math.random().toString(36).slice(2, 8);
  var starters = h('div', { class: 'kb-starters', role: 'group', 'aria-labelledby': uid + '-st' });
  var welcome = h('div', { class: 'kb-welcome' }, [
    h('p', { class: 'kb-welcome-text', 'data-i18n': 'chatWelcome' }),
    h('p', { class: 'kb-starters-h', id: uid + '-st', 'data-i18n': 'starters' }),
    starters,
  ]);
  ['starter1', 'starter2', 'starter3'].forEach(function (key) {
    starters.append(h('button', { type: 'button', class: 'kb-chip', 'data-i18n': key, onclick: function () { send(o.t()(key)); } }));
  });
  var log = h('div', { class: 'kb-chat-log', role: 'log', 'aria-live': 'polite', 'data-i18n-label': 'chatTitle' }, welcome);
  var input = h('textarea', { id: uid + '-msg', class: 'kb-input', rows: '2', maxlength: '20000', 'data-i18n-placeholder': 'messagePlaceholder', 'aria-describedby': uid + '-hint' });
  var sendBtn = h('button', { type: 'submit', class: 'kb-btn kb-btn-primary', 'data-i18n': 'send' });
  var form = h('form', { class: 'kb-chat-form', onsubmit: function (e) { e.preventDefault(); send(input.value); } }, [
    h('label', { for: uid + '-msg', class: 'kb-label', 'data-i18n': 'messageLabel' }),
    h('div', { class: 'kb-chat-row' }, [input, sendBtn]),
    h('div', { class: 'kb-chat-foot' }, [
      h('p', { id: uid + '-hint', class: 'kb-hint', 'data-i18n': 'enterHint' }),
      h('button', { type: 'button', class: 'kb-btn kb-btn-quiet', 'data-i18n': 'newChat', onclick: reset }),
    ]),
  ]);
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); send(input.value); }
  });
  var root = h('div', { class: 'kb-chat' }, [log, form]);
  applyI18n(root, o.t());

  function bubble(role, content) {
    return h('div', { class: 'kb-msg kb-msg-' + role }, [
      h('p', { class: 'kb-who', 'data-i18n': role === 'user' ? 'you' : 'assistant', text: o.t()(role === 'user' ? 'you' : 'assistant') }),
      h('div', { class: 'kb-msg-body' }, content),
    ]);
  }

  /** Scrolls the log (it is the offsetParent) so the turn's start shows, the question above it if it fits. */
  function reveal(node) {
    var prev = node.previousElementSibling, top = node.offsetTop;
    if (prev && node.offsetHeight + (top - prev.offsetTop) < log.clientHeight) top = prev.offsetTop;
    log.scrollTop = Math.max(0, top - 8);
  }

  function send(text) {
    text = String(text || '').trim();
    if (!text || busy) return;
    var t = o.t();
    busy = true;
    sendBtn.disabled = true;
    if (suggest) { suggest.remove(); suggest = null; }
    welcome.remove();
    convo.push({ role: 'user', content: text });
    log.append(bubble('user', h('p', { class: 'kb-msg-text', text: text })));
    input.value = '';
    var pending = bubble('assistant', h('p', { class: 'kb-pending', text: t('thinking') }));
    pending.setAttribute('aria-busy', 'true');
    log.append(pending);
    reveal(pending);
    o.api('/v1/chat', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ messages: convo.slice(-50), state: state, locale: t.locale }),
    }).then(function (answer) {
      convo.push({ role: 'assistant', content: answer.reply.markdown });
      state = answer.state;
      var node = renderAnswer(answer, t);
      pending.replaceWith(node);
      if (answer.suggestions && answer.suggestions.length) {
        suggest = h('div', { class: 'kb-suggest', role: 'group', 'aria-label': t('suggestions') }, answer.suggestions.map(function (s) {
          return h('button', { type: 'button', class: 'kb-chip', text: s, onclick: function () { send(s); input.focus({ preventScroll: true }); } });
        }));
        log.append(suggest);
      }
      reveal(node);
    }, function (err) {
      convo.pop();
      pending.replaceWith(bubble('assistant', h('p', { class: 'kb-error', role: 'alert', text: errorText(err, t) })));
    }).then(function () {
      busy = false;
      sendBtn.disabled = false;
    });
  }

  function renderAnswer(answer, t) {
    var reply = h('div', { class: 'kb-reply' });
    reply.innerHTML = answer.reply.html; // safe HTML: the API renders it from its own markdown
    var parts = [reply];
    if (answer.citations && answer.citations.length) {
      var list = h('ul', { class: 'kb-cites' });
      answer.citations.forEach(function (c) {
        var label = h('span', { class: 'kb-cite-title', text: c.section });
        var external = o.newTab ? [h('span', { class: 'kb-sr', text: ' (' + t('openInKb') + ')' })] : [];
        list.append(h('li', null, h('a', {
          class: 'kb-cite', href: o.href(c.id, c.locale, c.section), target: o.newTab ? '_blank' : null, rel: o.newTab ? 'noopener' : null,
          'data-article': c.id, 'data-section': c.section,
        }, [h('span', { class: 'kb-cite-id', text: c.id }), ' ', label].concat(external))));
        o.articles(c.id, c.locale).then(function (a) { label.textContent = sectionLabel(a, c.section); }, function () {});
      });
      parts.push(h('div', { class: 'kb-sources' }, [h('p', { class: 'kb-sources-h', 'data-i18n': 'sources', text: t('sources') }), list]));
    }
    if (answer.handoff) parts.push(renderHandoff(answer.handoff.markdown, t));
    return bubble('assistant', parts);
  }

  function renderHandoff(md, t) {
    var status = h('span', { class: 'kb-handoff-status', role: 'status' });
    var actions = h('div', { class: 'kb-handoff-actions' }, h('button', {
      type: 'button', class: 'kb-btn kb-btn-small', 'data-i18n': 'copy', text: t('copy'),
      onclick: function () { copyText(md).then(function () { status.textContent = t('copied'); }, function () {}); },
    }));
    if (o.onHandoff) actions.append(h('button', {
      type: 'button', class: 'kb-btn kb-btn-small kb-btn-primary', 'data-i18n': 'addToTicket', text: t('addToTicket'),
      onclick: function () { o.onHandoff(md, convo.slice()); status.textContent = t('added'); },
    }));
    actions.append(status);
    return h('section', { class: 'kb-handoff', 'aria-label': t('handoff') }, [
      h('p', { class: 'kb-handoff-h', 'data-i18n': 'handoff', text: t('handoff') }),
      miniMarkdown(String(md).replace(/^#{1,6}[^\n]*\n/, '')),
      actions,
    ]);
  }

  function reset() {
    convo = []; state = undefined;
    if (suggest) suggest = null;
    log.replaceChildren(welcome);
    input.value = '';
    input.focus();
  }

  return { root: root, send: send, reset: reset, focus: function () { input.focus(); }, relabel: function () { applyI18n(root, o.t()); } };
}
`;
