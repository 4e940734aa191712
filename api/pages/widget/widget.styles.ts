import { CHAT_CSS, PALETTE_CSS } from '../ui/chat.styles.ts';

/**
 * The widget's styles, adopted by its shadow root. Host-page rules cannot select anything inside
 * the shadow tree, but inherited properties (font, colour, line-height…) still flow in from the
 * host element, so `.root` sets every one of them explicitly and nothing inside inherits from
 * the page. px only: the page's root font size is not ours.
 */
export const WIDGET_CSS = CHAT_CSS + String.raw`
:host{all:initial;display:block;contain:content;height:600px;min-height:360px;min-width:280px}
:host([hidden]){display:none}
.root{${PALETTE_CSS}
  box-sizing:border-box;height:100%;display:flex;flex-direction:column;overflow:hidden;
  font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;
  font-style:normal;font-weight:400;font-variant:normal;color:var(--kb-ink);background:var(--kb-bg);
  letter-spacing:normal;word-spacing:normal;text-transform:none;text-align:left;text-indent:0;text-shadow:none;
  white-space:normal;visibility:visible;cursor:auto;direction:ltr;
  border:1px solid var(--kb-line);border-radius:12px;
}
.root *,.root *::before,.root *::after{box-sizing:border-box}
[hidden]{display:none!important}
.head{display:flex;align-items:center;gap:9px;padding:10px 14px;background:#13213a;color:#fff}
.logo{flex:none;width:22px;height:22px;border-radius:6px;background:var(--kb-accent);color:#fff;font-weight:700;font-size:13px;display:flex;align-items:center;justify-content:center}
.title{margin:0;font-size:14.5px;font-weight:600;color:#fff}
.tabs{display:flex;gap:2px;padding:0 10px;background:#13213a}
.tab{font:inherit;font-size:13.5px;font-weight:600;color:#b9c5d9;background:transparent;border:0;border-bottom:3px solid transparent;padding:7px 10px 6px;cursor:pointer}
.tab[aria-selected="true"]{color:#fff;border-bottom-color:#5b9bff}
.tab:focus-visible{outline:3px solid #fbbf24;outline-offset:-3px}
.panel{flex:1;min-height:0;display:flex;flex-direction:column;padding:12px 12px 10px}
.kb-chat{flex:1}
.kb-chat-log{flex:1}
.kb-msg{max-width:100%}
.kb-msg-user{max-width:88%}
.kb-msg-assistant{width:100%}
.kb-msg-assistant .kb-msg-body{padding:10px 12px}
.kb-chat-foot .kb-hint{display:none}
.search{display:flex;flex-direction:column;gap:6px}
.search label{font-weight:600;font-size:13.5px}
.search-row{display:flex;gap:6px}
.search input{flex:1;min-width:0;font:inherit;font-size:14px;padding:8px 10px;border:1px solid var(--kb-line-strong);border-radius:8px;background:#fff;color:var(--kb-ink)}
.status{margin:10px 0 6px;font-size:12.5px;font-weight:600;color:var(--kb-muted);min-height:18px}
.results{list-style:none;margin:0;padding:0;overflow-y:auto;flex:1;display:flex;flex-direction:column;gap:8px}
.result{background:var(--kb-surface);border:1px solid var(--kb-line);border-radius:10px;padding:9px 11px}
.result a{color:var(--kb-link);font-weight:600;text-decoration:none;font-size:14px}
.result a:hover{text-decoration:underline}
.result .id{display:block;font-family:var(--kb-mono);font-size:11.5px;color:var(--kb-accent-ink);margin-bottom:2px}
.snippet{margin:4px 0 0;font-size:12.5px;color:#475467}
mark{background:#fff1b8;color:inherit}
.root :focus-visible{outline:3px solid var(--kb-focus);outline-offset:2px}
`;
