/**
 * The web UI's HTML shell, served at `/`. No inline script or style (the CSP forbids both):
 * behaviour is /ui/app.js, looks are /ui/app.css. Text carries `data-i18n` keys; the English
 * written here is what shows before the script has run, and what crawlers see.
 */
export const INDEX_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>kbdesk · Knowledge base for WSUS and Windows Update</title>
<link rel="icon" href="/ui/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/ui/app.css">
<script src="/ui/app.js" defer></script>
</head>
<body>
<a class="skip" href="#main" data-i18n="skip">Skip to main content</a>
<header class="top">
  <div class="wrap top-row">
    <a class="brand" href="#/search">
      <svg class="logo" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false"><rect width="32" height="32" rx="7" fill="#2f6fdb"/><path d="M9 8h4v6.5L19 8h5l-6.6 7.2L24.5 24h-5l-4.7-6.2-1.8 1.9V24H9z" fill="#fff"/></svg>
      <span class="brand-name">kbdesk</span>
    </a>
    <span class="tagline" data-i18n="tagline">Knowledge base for WSUS and Windows Update</span>
    <div class="lang" role="group" aria-labelledby="lang-label">
      <span id="lang-label" class="lang-label" data-i18n="language">Language</span>
      <button type="button" data-locale="en-US" lang="en" aria-pressed="true">English</button>
      <button type="button" data-locale="pl-PL" lang="pl" aria-pressed="false">Polski</button>
    </div>
  </div>
  <div class="wrap">
    <div class="tabs" role="tablist" data-i18n-label="tabs" aria-label="Sections">
      <button type="button" role="tab" id="tab-search" data-tab="search" aria-controls="panel-search" aria-selected="true" data-i18n="tabSearch">Search</button>
      <button type="button" role="tab" id="tab-logs" data-tab="logs" aria-controls="panel-logs" aria-selected="false" tabindex="-1" data-i18n="tabLogs">Log analysis</button>
      <button type="button" role="tab" id="tab-chat" data-tab="chat" aria-controls="panel-chat" aria-selected="false" tabindex="-1" data-i18n="tabChat">Assistant</button>
    </div>
  </div>
</header>
<main id="main" class="wrap" tabindex="-1">
  <section id="panel-search" class="panel" role="tabpanel" aria-labelledby="tab-search">
    <form id="search-form" class="searchbox card" role="search">
      <label for="q" class="label-lg" data-i18n="searchLabel">Search the knowledge base</label>
      <div class="search-row">
        <input id="q" name="q" type="search" maxlength="2000" autocomplete="off" spellcheck="false" aria-describedby="q-hint" data-i18n-placeholder="searchPlaceholder">
        <button type="submit" class="btn btn-primary" data-i18n="searchButton">Search</button>
      </div>
      <div class="search-opts">
        <p id="q-hint" class="hint" data-i18n="searchHint"></p>
        <label class="inline-field"><span data-i18n="scope">Articles in</span>
          <select id="scope" name="in">
            <option value="" data-i18n="scopeAll">All languages</option>
            <option value="en-US" lang="en">English</option>
            <option value="pl-PL" lang="pl">Polski</option>
          </select>
        </label>
      </div>
    </form>
    <div id="search-status" class="status" role="status" aria-live="polite"></div>
    <div id="search-home" class="home">
      <p class="examples"><span data-i18n="examples">Try:</span>
        <button type="button" class="chip-btn" data-example="0x8024400E">0x8024400E</button>
        <button type="button" class="chip-btn" data-example="komputery nie odbieraja aktualizacji" lang="pl">komputery nie odbieraja aktualizacji</button>
        <button type="button" class="chip-btn" data-example="&quot;Item has already been added&quot;">"Item has already been added"</button>
        <button type="button" class="chip-btn" data-example="WSUS 3.0 SP1 Office 2003">WSUS 3.0 SP1 Office 2003</button>
      </p>
    </div>
    <div id="search-results" class="search-results"></div>
    <article id="article-view" class="article" hidden></article>
  </section>

  <section id="panel-logs" class="panel" role="tabpanel" aria-labelledby="tab-logs" hidden>
    <div class="panel-head">
      <h2 data-i18n="logsTitle">Find the article from a log</h2>
      <p class="lead" data-i18n="logsIntro"></p>
    </div>
    <form id="log-form" class="card log-form">
      <div class="field">
        <div class="field-head">
          <label for="log-text" data-i18n="logLabel">Log or ticket text</label>
          <button type="button" class="btn btn-small" data-file-for="log-file" data-i18n="openFile">Open a file</button>
          <input type="file" id="log-file" hidden aria-hidden="true" tabindex="-1" aria-label="Open a file" data-i18n-label="openFile" accept=".log,.txt,text/plain">
        </div>
        <textarea id="log-text" class="mono" rows="10" spellcheck="false" wrap="off" autocomplete="off" data-i18n-placeholder="logPlaceholder"></textarea>
      </div>
      <details class="field more-log">
        <summary data-i18n="serverLog">Also paste the WSUS server log (SoftwareDistribution.log)</summary>
        <div class="field-head">
          <label for="log-server" data-i18n="serverLogLabel">WSUS server log</label>
          <button type="button" class="btn btn-small" data-file-for="log-server-file" data-i18n="openFile">Open a file</button>
          <input type="file" id="log-server-file" hidden aria-hidden="true" tabindex="-1" aria-label="Open a file" data-i18n-label="openFile" accept=".log,.txt,text/plain">
        </div>
        <textarea id="log-server" class="mono" rows="8" spellcheck="false" wrap="off" autocomplete="off"></textarea>
      </details>
      <div class="actions"><button type="submit" class="btn btn-primary" data-i18n="analyse">Find matching articles</button></div>
    </form>
    <div id="log-status" class="status" role="status" aria-live="polite"></div>
    <div id="log-results"></div>
  </section>

  <section id="panel-chat" class="panel" role="tabpanel" aria-labelledby="tab-chat" hidden>
    <div class="panel-head">
      <h2 data-i18n="chatTitle">Helpdesk assistant</h2>
      <p class="lead" data-i18n="chatIntro"></p>
    </div>
    <div class="chat-layout">
      <div id="chat-root" class="card chat-card"></div>
      <aside class="chat-aside" aria-labelledby="chat-aside-h">
        <h3 id="chat-aside-h" data-i18n="chatAside">What the assistant does</h3>
        <ul>
          <li data-i18n="chatTip1"></li>
          <li data-i18n="chatTip2"></li>
          <li data-i18n="chatTip3"></li>
          <li data-i18n="chatTip4"></li>
        </ul>
      </aside>
    </div>
  </section>
  <noscript><p class="notice">kbdesk needs JavaScript in the browser. The API works without it: <a href="/docs">/docs</a>.</p></noscript>
</main>
<footer class="foot wrap">
  <span data-i18n="footer">Answers come only from the articles of this knowledge base.</span>
  <a href="/docs" data-i18n="apiDocs">API reference</a>
</footer>
</body>
</html>
`;

/** The favicon and header logo, also fine under `img-src 'self'`. */
export const ICON_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#2f6fdb"/>'
  + '<path d="M9 8h4v6.5L19 8h5l-6.6 7.2L24.5 24h-5l-4.7-6.2-1.8 1.9V24H9z" fill="#fff"/></svg>';
