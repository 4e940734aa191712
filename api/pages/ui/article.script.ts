/**
 * Web UI: the article view, spliced into createSearch (search.script.ts) so it shares its state:
 * header, key facts (products and versions, error codes, resolution paths, verification), table
 * of contents and the sections' safe HTML. Section links are `#/article/{id}/{locale}/{anchor}`.
 */
export const ARTICLE_JS = String.raw`
  function showArticle(id, locale, section) {
    home.hidden = true; results.hidden = true; view.hidden = false;
    if (shown && shown.article.id === id && shown.article.locale === locale) { focusSection(section); return; }
    view.replaceChildren(h('p', { class: 'muted', role: 'status', text: app.t('loadingArticle') }));
    app.articles(id, locale).then(function (a) { renderArticle(a, section, true); }, function (err) {
      view.replaceChildren(h('a', { class: 'back', href: backHash(), text: app.t('back') }), h('p', { class: 'notice notice-error', role: 'alert', text: errorText(err, app.t) }));
    });
  }

  function renderArticle(a, section, focus) {
    var t = app.t;
    shown = { article: a, section: section };
    var sec = function (anchor) { return app.href(a.id, a.locale, anchor); };
    var others = (a.availableLocales || []).filter(function (l) { return l !== a.locale; });
    var head = h('header', { class: 'article-head' }, [
      h('a', { class: 'back', href: backHash(), text: '← ' + t('back') }),
      h('p', { class: 'kicker' }, [
        h('span', { class: 'kbid', text: a.id }),
        a.status ? h('span', { class: 'badge badge-' + a.status, text: t('status_' + a.status) }) : null,
        h('span', { text: t('revision') + ' ' + a.revision }),
        h('span', { text: t('reviewed') + ' ' + fmtDate(a.lastReviewed, t.locale) }),
      ]),
      h('h2', { id: 'article-title', tabindex: '-1', lang: a.locale.slice(0, 2), text: a.title }),
      h('p', { class: 'summary', lang: a.locale.slice(0, 2), text: a.summary }),
      others.length ? h('p', { class: 'alt' }, [t('alsoIn') + ': '].concat(others.map(function (l) {
        return h('a', { href: app.href(a.id, l, section), lang: l.slice(0, 2), hreflang: l, text: LANG_NAMES[l] || l });
      }))) : null,
    ]);
    var toc = h('nav', { class: 'toc', 'aria-label': t('contents') }, [h('p', { class: 'facts-h', text: t('contents') }), h('ol', null, a.sections.filter(function (s) { return s.title; }).map(function (s) {
      return h('li', { class: 'lvl-' + s.level }, h('a', { href: sec(s.anchor), text: s.title }));
    }))]);
    var body = h('div', { class: 'article-body', lang: a.locale.slice(0, 2) }, a.sections.map(function (s) {
      var prose = h('div', { class: 'prose' });
      prose.innerHTML = s.html; // safe HTML: rendered and sanitised by the API
      return h('section', { id: 'sec-' + s.anchor, class: 'sec sec-' + s.kind }, [
        s.title ? h(s.level <= 2 ? 'h3' : 'h4', { tabindex: '-1', text: s.title }) : null, prose,
      ]);
    }));
    // In-article links (#cause) would otherwise leave the router; they name a section.
    body.addEventListener('click', function (e) {
      var link = e.target.closest('a[href^="#"]');
      if (!link || link.getAttribute('href').indexOf('#/') === 0) return;
      e.preventDefault();
      location.hash = sec(link.getAttribute('href').slice(1));
    });
    view.replaceChildren(head, h('div', { class: 'article-grid' }, [h('div', { class: 'article-main' }, [body]), h('aside', { class: 'facts', 'aria-labelledby': 'facts-h' }, [h('h3', { id: 'facts-h', class: 'facts-title', text: t('facts') })].concat(facts(a, sec, t), [toc]))]));
    if (focus) focusSection(section);
  }

  function facts(a, sec, t) {
    var names = {};
    a.products.forEach(function (p) { names[p.slug] = p.name; });
    var has = function (anchor) { return a.sections.some(function (s) { return s.anchor === anchor; }); };
    var kind = function (k) { return a.sections.filter(function (s) { return s.kind === k; })[0]; };
    var out = [];
    out.push(block(t('products'), h('ul', { class: 'products' }, a.products.map(function (p) {
      return h('li', null, [
        h('span', { class: 'product-name', text: p.name }),
        h('span', { class: 'product-line' }, [h('span', { class: 'rel rel-' + p.relation, text: t('relation_' + p.relation) })]
          .concat(p.versions.map(function (v) { return h('span', { class: 'chip', text: v }); }))),
        p.note ? h('span', { class: 'note', text: p.note }) : null,
      ]);
    }))));
    if (a.errorCodes.length) out.push(block(t('errorCodes'), h('p', { class: 'chips' }, a.errorCodes.map(function (c) {
      return h('a', { class: 'chip chip-code', href: '#/search?' + new URLSearchParams({ q: c, in: 'all' }), text: c });
    }))));
    var paths = a.resolutions.map(function (r) {
      return h('li', null, [
        has(r.id) ? h('a', { href: sec(r.id), text: r.title }) : h('span', { text: r.title }),
        h('span', { class: 'note', text: (names[r.appliesTo.product] || r.appliesTo.product) + ' ' + r.appliesTo.versions.join(', ') }),
      ]);
    });
    var wa = kind('workaround');
    if (a.workaround && wa) paths.push(h('li', null, [h('a', { href: sec(wa.anchor), text: wa.title || t('workaround') }),
      a.workaround.title !== wa.title ? h('span', { class: 'note', text: a.workaround.title }) : null]));
    if (paths.length) out.push(block(t('resolutions'), h('ol', { class: 'paths' }, paths)));
    if (a.verification) {
      var v = kind('verification');
      out.push(block(t('verification'), [
        h('p', null, v ? h('a', { href: sec(v.anchor), text: t('fixedFile', { file: a.verification.file, version: a.verification.goodVersion }) }) : t('fixedFile', { file: a.verification.file, version: a.verification.goodVersion })),
        h('p', null, h('code', { class: 'path', text: a.verification.folder })),
      ]));
    }
    if (a.commands && a.commands.length) out.push(block(t('commands'), h('ul', { class: 'plain' }, a.commands.map(function (c) { return h('li', null, h('code', { text: c })); }))));
    if (a.downloads && a.downloads.length) out.push(block(t('downloads'), h('ul', { class: 'plain' }, a.downloads.map(function (d) {
      return h('li', null, [d.title, ' ', h('span', { class: 'chip', text: d.arch })]);
    }))));
    return out;
  }

  function block(title, content) { return h('section', { class: 'fact' }, [h('h4', { class: 'facts-h', text: title })].concat(content)); }

  function focusSection(anchor) {
    view.querySelectorAll('.is-target').forEach(function (n) { n.classList.remove('is-target'); });
    var target = anchor ? document.getElementById('sec-' + anchor) : null;
    if (!target) { var title = document.getElementById('article-title'); if (title) title.focus(); window.scrollTo(0, 0); return; }
    target.classList.add('is-target');
    var heading = target.querySelector('h3, h4');
    (heading || target).setAttribute('tabindex', '-1');
    (heading || target).focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  }

  function fmtDate(iso, locale) {
    var d = new Date(iso + 'T00:00:00Z');
    return isNaN(d) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
  }
`;
