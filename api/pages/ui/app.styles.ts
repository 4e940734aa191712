import { CHAT_CSS, PALETTE_CSS } from './chat.styles.ts';

/** Served as /ui/app.css: the web UI's look, plain CSS, system fonts, no framework. */
export const APP_CSS = String.raw`
:root{${PALETTE_CSS}}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;color:var(--kb-ink);background:var(--kb-bg);min-height:100vh;display:flex;flex-direction:column}
a{color:var(--kb-link)}
code,.mono{font-family:var(--kb-mono)}
:focus-visible{outline:3px solid var(--kb-focus);outline-offset:2px}
[hidden]{display:none!important}
.kb-sr,.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.wrap{width:100%;max-width:1160px;margin:0 auto;padding:0 24px}
.skip{position:absolute;left:12px;top:-60px;z-index:10;background:#fff;color:var(--kb-ink);padding:10px 16px;border-radius:0 0 8px 8px;font-weight:600;box-shadow:0 4px 12px rgba(0,0,0,.2)}
.skip:focus{top:0}

.top{background:#13213a;color:#e8edf6;border-bottom:1px solid #0b1526}
.top-row{display:flex;align-items:center;gap:16px;padding-top:14px;padding-bottom:10px;flex-wrap:wrap}
.brand{display:flex;align-items:center;gap:10px;color:#fff;text-decoration:none}
.brand-name{font-size:20px;font-weight:700;letter-spacing:-.01em}
.tagline{color:#a9b6cc;font-size:14px;padding-left:16px;border-left:1px solid #2c3d5c}
.lang{margin-left:auto;display:flex;align-items:center;gap:4px;background:#1c2d4b;border-radius:8px;padding:3px}
.lang-label{font-size:12px;color:#a9b6cc;padding:0 6px}
.lang button{font:inherit;font-size:13px;font-weight:600;color:#c8d3e6;background:transparent;border:0;border-radius:6px;padding:5px 11px;cursor:pointer}
.lang button[aria-pressed="true"]{background:#fff;color:#13213a}
.lang button:hover:not([aria-pressed="true"]){color:#fff;background:#27395b}
.top :focus-visible{outline-color:#fbbf24}
.tabs{display:flex;gap:4px;margin-top:4px}
.tabs [role="tab"]{font:inherit;font-size:15px;font-weight:600;color:#b9c5d9;background:transparent;border:0;border-bottom:3px solid transparent;padding:10px 14px 9px;cursor:pointer}
.tabs [role="tab"]:hover{color:#fff}
.tabs [role="tab"][aria-selected="true"]{color:#fff;border-bottom-color:#5b9bff}

main.wrap{flex:1;padding-top:26px;padding-bottom:40px}
main:focus{outline:none}
.panel-head h2{margin:0 0 4px;font-size:24px;letter-spacing:-.01em}
.lead{margin:0 0 18px;color:var(--kb-muted);max-width:760px}
.card{background:var(--kb-surface);border:1px solid var(--kb-line);border-radius:12px;box-shadow:0 1px 2px rgba(16,24,40,.04),0 1px 3px rgba(16,24,40,.06)}
.btn{font:inherit;font-size:14px;font-weight:600;line-height:1.2;padding:9px 16px;border-radius:8px;border:1px solid var(--kb-line-strong);background:#fff;color:var(--kb-ink);cursor:pointer}
.btn:hover{background:var(--kb-bg)}
.btn-primary{background:var(--kb-accent);border-color:var(--kb-accent);color:#fff}
.btn-primary:hover{background:var(--kb-accent-dark)}
.btn-small{font-size:13px;padding:5px 10px}
input,select,textarea{font:inherit;color:var(--kb-ink)}
.status{min-height:24px;margin:14px 2px 8px;font-weight:600;color:var(--kb-muted)}
.notice{margin:8px 0;padding:8px 12px;border-radius:8px;background:var(--kb-accent-soft);color:var(--kb-accent-ink);font-size:14px}
.notice-error{background:#fef3f2;color:var(--kb-danger)}
.muted{color:var(--kb-muted)}
.badge{display:inline-block;font-size:11.5px;font-weight:700;letter-spacing:.03em;padding:2px 7px;border-radius:4px;background:#eef1f5;color:#3d4859}
.kbid{font-family:var(--kb-mono);font-size:12.5px;font-weight:600;color:var(--kb-accent-ink)}
.chip{display:inline-block;font-size:12.5px;padding:2px 8px;border-radius:999px;background:#eef1f5;color:#334155;text-decoration:none;margin:2px 4px 2px 0}
.chip-code{font-family:var(--kb-mono);background:var(--kb-accent-soft);color:var(--kb-accent-ink)}
a.chip:hover{text-decoration:underline}
.chips{display:inline}

.searchbox{padding:18px 20px 12px}
.label-lg{display:block;font-size:17px;font-weight:700;margin-bottom:8px}
.search-row{display:flex;gap:10px}
.search-row input{flex:1;min-width:0;font-size:17px;padding:11px 14px;border:1px solid var(--kb-line-strong);border-radius:8px;background:#fff}
.search-row input:focus{border-color:var(--kb-accent)}
.search-row .btn{font-size:15px;padding:0 22px}
.search-opts{display:flex;justify-content:space-between;align-items:center;gap:16px;margin-top:8px;flex-wrap:wrap}
.hint{margin:0;font-size:13px;color:var(--kb-muted);flex:1;min-width:260px}
.inline-field{display:flex;align-items:center;gap:8px;font-size:13.5px;color:var(--kb-muted)}
.inline-field select{font-size:13.5px;padding:5px 8px;border:1px solid var(--kb-line-strong);border-radius:6px;background:#fff}
.examples{display:flex;flex-wrap:wrap;align-items:center;gap:8px;margin:4px 0;color:var(--kb-muted);font-size:14px}
.chip-btn{font:inherit;font-size:13.5px;padding:5px 12px;border-radius:999px;border:1px solid var(--kb-line-strong);background:#fff;color:var(--kb-ink);cursor:pointer}
.chip-btn:hover{border-color:var(--kb-accent);color:var(--kb-accent-ink)}
.results{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:12px}
.result{background:var(--kb-surface);border:1px solid var(--kb-line);border-radius:12px;padding:14px 18px}
.result-title{margin:0 0 4px;font-size:17px;line-height:1.35}
.result-title a{text-decoration:none}
.result-title a:hover{text-decoration:underline}
.meta{display:flex;flex-wrap:wrap;align-items:center;gap:8px 12px;margin:0 0 6px;font-size:13px}
.snippet{margin:0;color:#344054;font-size:14.5px}
mark{background:#fff1b8;color:inherit;padding:0 1px;border-radius:2px}
.search-results>.btn{margin-top:14px}

.article{margin-top:8px}
.article-head{background:var(--kb-surface);border:1px solid var(--kb-line);border-radius:12px;padding:18px 22px;margin-bottom:18px}
.back{display:inline-block;font-size:14px;margin-bottom:8px;text-decoration:none;font-weight:600}
.back:hover{text-decoration:underline}
.kicker{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:center;margin:0 0 6px;font-size:13px;color:var(--kb-muted)}
.article-head h2{margin:0 0 8px;font-size:26px;line-height:1.25;letter-spacing:-.015em}
.summary{margin:0;font-size:16px;color:#344054;max-width:820px}
.alt{margin:10px 0 0;font-size:14px}
.alt a{margin-left:4px}
.badge-confirmed{background:#fef3f2;color:#b42318}.badge-fixed{background:#ecfdf3;color:#177245}
.badge-investigating{background:#fffaeb;color:#93600c}
.article-grid{display:grid;grid-template-columns:minmax(0,1fr) 310px;gap:20px;align-items:start}
.article-main{background:var(--kb-surface);border:1px solid var(--kb-line);border-radius:12px;padding:8px 26px 20px}
.sec{padding-top:6px;scroll-margin-top:12px;border-radius:8px}
.sec h3{font-size:20px;margin:18px 0 8px;padding-bottom:6px;border-bottom:1px solid var(--kb-line)}
.sec h4{font-size:16.5px;margin:16px 0 6px}
.sec.is-target{box-shadow:-12px 0 0 -8px var(--kb-accent)}
.prose{font-size:15.5px;line-height:1.6}
.prose p,.prose ul,.prose ol{margin:0 0 12px}
.prose li{margin:4px 0}
.prose blockquote{margin:0 0 12px;padding:10px 14px;background:var(--kb-accent-soft);border-left:4px solid var(--kb-accent);border-radius:0 8px 8px 0}
.prose blockquote>:last-child{margin-bottom:0}
.prose pre{background:#0f1b2d;color:#dbe4f3;padding:12px 14px;border-radius:8px;overflow:auto;font-size:12.5px;line-height:1.5}
.prose code{font-size:.9em;background:var(--kb-code-bg);padding:1px 4px;border-radius:4px}
.prose pre code{background:none;padding:0;font-size:inherit}
.prose table{border-collapse:collapse;margin:0 0 12px;font-size:14px}
.prose th,.prose td{border:1px solid var(--kb-line);padding:5px 8px;text-align:left}
.facts{overflow-wrap:anywhere;position:sticky;top:12px;background:var(--kb-surface);border:1px solid var(--kb-line);border-radius:12px;padding:14px 18px;font-size:14px;max-height:calc(100vh - 24px);overflow:auto}
.facts-title{margin:0 0 8px;font-size:16px}
.fact{padding:10px 0;border-top:1px solid var(--kb-line)}
.facts-h{margin:0 0 6px;font-size:12px;font-weight:700;letter-spacing:.05em;text-transform:uppercase;color:var(--kb-muted)}
.products,.paths,.plain{margin:0;padding:0;list-style:none}
.products li,.paths li,.plain li{margin:0 0 8px}
.paths{counter-reset:p}
.product-name{display:block;font-weight:600}
.product-line{display:flex;flex-wrap:wrap;align-items:center;gap:4px;margin-top:3px}
.product-line .chip{margin:0}
.rel{font-size:11.5px;font-weight:600;color:var(--kb-muted);margin-right:4px}
.rel-affected{color:#b42318}
.note{display:block;font-size:12.5px;color:var(--kb-muted)}
.path{font-size:12px;overflow-wrap:anywhere}
.toc{padding-top:10px;border-top:1px solid var(--kb-line)}
.toc ol{margin:0;padding:0;list-style:none}
.toc li{margin:3px 0}.toc .lvl-3{padding-left:14px;font-size:13.5px}
.toc a{text-decoration:none}.toc a:hover{text-decoration:underline}

.log-form{padding:16px 20px}
.field{margin-bottom:12px}
.field-head{display:flex;align-items:center;justify-content:space-between;gap:10px;margin-bottom:6px}
.field-head label{font-weight:700}
.log-form textarea{tab-size:4;width:100%;font-size:12.5px;line-height:1.45;padding:10px 12px;border:1px solid var(--kb-line-strong);border-radius:8px;background:#fbfcfe;resize:vertical}
.log-form textarea:focus{border-color:var(--kb-accent)}
.more-log summary{cursor:pointer;color:var(--kb-link);font-weight:600;margin-bottom:8px}
.actions{display:flex;justify-content:flex-end}
.log-grid{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,3fr);gap:20px;align-items:start}
.matches{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:12px}
.match{padding:14px 16px;border-left:4px solid transparent}
.match.is-selected{border-left-color:var(--kb-accent)}
.match-title{margin:0 0 6px;font-size:16px;line-height:1.35}
.match-title a{text-decoration:none}.match-title a:hover{text-decoration:underline}
.match .meta{margin-bottom:4px}
.conf-high{background:#ecfdf3;color:#177245}.conf-medium{background:#fffaeb;color:#93600c}.conf-low{background:#f2f4f7;color:#475467}
.score{display:inline-flex;align-items:center;gap:6px}
.bar{display:inline-block;width:80px;height:7px;border-radius:4px;background:#e4e7ec;overflow:hidden}
.bar-fill{display:block;height:100%;background:var(--kb-accent);border-radius:4px}
.pct{font-weight:700;font-variant-numeric:tabular-nums}
.mark-btn{margin-left:auto}
.mark-btn[aria-pressed="true"]{background:var(--kb-accent-soft);border-color:var(--kb-accent-line);color:var(--kb-accent-ink)}
.mlist h4{margin:10px 0 4px;font-size:12px;font-weight:700;letter-spacing:.05em;text-transform:uppercase;color:var(--kb-muted)}
.mlist ul{margin:0;padding:0;list-style:none}
.mlist li{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 8px;padding:5px 0;border-bottom:1px dashed #eceff3;font-size:13.5px}
.mlist li:last-child{border-bottom:0}
.mlist-against li{color:#93370d}
.pattern{font-size:12px;background:var(--kb-code-bg);padding:1px 5px;border-radius:4px;overflow-wrap:anywhere}
.points{display:inline-flex;flex-wrap:wrap;gap:4px;align-items:baseline}
.linebtn{font:inherit;font-size:12px;font-weight:600;padding:1px 7px;border-radius:4px;border:1px solid var(--kb-accent-line);background:var(--kb-accent-soft);color:var(--kb-accent-ink);cursor:pointer;white-space:nowrap}
.linebtn:hover{border-color:var(--kb-accent)}
.badge-decisive{background:#ecfdf3;color:#177245}
.ok{color:var(--kb-ok);font-size:12.5px}.warn{color:#b42318;font-size:12.5px}
.logview{position:sticky;top:12px;background:var(--kb-surface);border:1px solid var(--kb-line);border-radius:12px;padding:12px 14px}
.logview-head{display:flex;justify-content:space-between;align-items:baseline;gap:10px;flex-wrap:wrap}
.logview-head h3{margin:0;font-size:15px}
.legend{display:flex;gap:10px;margin:0;font-size:12px;color:var(--kb-muted)}
.key::before{content:'';display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px;vertical-align:-1px}
.key-evidence::before{background:#fde68a;border:1px solid #d97706}
.key-against::before{background:#fecdca;border:1px solid #d92d20}
.key-correlation::before{background:#d1e0ff;border:1px solid #2f6fdb}
.logname{margin:10px 0 4px;font-size:13px;font-weight:600}
.logscroll{max-height:70vh;overflow:auto;border:1px solid var(--kb-line);border-radius:8px;background:#fbfcfe}
.loglines{tab-size:4;font-family:var(--kb-mono);font-size:12px;line-height:1.55;min-width:max-content;padding:4px 0}
.logline{display:flex;white-space:pre;border-left:3px solid transparent}
.logline:focus{outline:2px solid var(--kb-focus);outline-offset:-2px}
.ln{flex:none;width:44px;padding-right:10px;text-align:right;color:#98a2b3;user-select:none}
.lt{padding-right:12px;font-family:inherit}
.is-correlation{background:#eef4ff;border-left-color:#2f6fdb}
.is-evidence{background:#fef6d8;border-left-color:#d97706}
.is-evidence .ln,.is-against .ln,.is-correlation .ln{color:#344054;font-weight:700}
.is-against{background:#fee4e2;border-left-color:#d92d20}
.gap{font-family:system-ui,sans-serif;font-size:12px;color:var(--kb-muted);padding:3px 0 3px 54px;background:repeating-linear-gradient(135deg,#f2f4f7 0 6px,#fbfcfe 6px 12px)}

.chat-layout{display:grid;grid-template-columns:minmax(0,1fr) 280px;gap:20px;align-items:start}
.chat-card{padding:14px 18px 16px;display:flex;flex-direction:column;height:calc(100vh - 270px);min-height:480px}
.chat-aside{background:var(--kb-surface);border:1px solid var(--kb-line);border-radius:12px;padding:14px 18px;font-size:14px}
.chat-aside h3{margin:0 0 8px;font-size:15px}
.chat-aside ul{margin:0;padding-left:18px;color:#344054}
.chat-aside li{margin:0 0 8px}
.foot{display:flex;justify-content:space-between;gap:12px;flex-wrap:wrap;padding-top:16px;padding-bottom:24px;font-size:13px;color:var(--kb-muted);border-top:1px solid var(--kb-line)}

@media (max-width:960px){
  .article-grid,.log-grid,.chat-layout{grid-template-columns:1fr}
  .chat-aside{display:none}
  .facts,.logview{position:static;max-height:none}
  .tagline{display:none}
}
@media (max-width:560px){
  .wrap{padding:0 14px}
  .search-row{flex-direction:column}
  .search-row .btn{padding:10px}
  .article-main{padding:4px 14px 14px}
  .tabs [role="tab"]{padding:10px 8px 9px;font-size:14px}
}
` + CHAT_CSS;
