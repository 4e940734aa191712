/**
 * Styles of the chat component, shared by /ui/app.css and the widget's shadow root. Everything
 * is `kb-`prefixed and reads its colours from --kb-* custom properties set by the container.
 * Sizes in px, not rem: inside a host page the root font size is not ours.
 */
export const CHAT_CSS = String.raw`
.kb-sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.kb-chat{display:flex;flex-direction:column;min-height:0;flex:1}
.kb-chat-log{position:relative;flex:1;display:flex;flex-direction:column;gap:14px;padding:4px 2px 12px;overflow-y:auto;min-height:120px}
.kb-welcome{padding:8px 2px}
.kb-welcome-text{margin:0 0 12px;color:var(--kb-muted);font-size:15px}
.kb-starters-h{margin:0 0 6px;font-size:12px;font-weight:600;letter-spacing:.04em;text-transform:uppercase;color:var(--kb-muted)}
.kb-starters,.kb-suggest{display:flex;flex-wrap:wrap;gap:8px}
.kb-suggest{padding-left:2px}
.kb-chip{font:inherit;font-size:13.5px;line-height:1.3;padding:7px 12px;border-radius:999px;border:1px solid var(--kb-accent-line);background:var(--kb-accent-soft);color:var(--kb-accent-ink);cursor:pointer;text-align:left}
.kb-chip:hover{background:var(--kb-accent-soft-hover);border-color:var(--kb-accent)}
.kb-msg{max-width:92%;display:flex;flex-direction:column;gap:3px}
.kb-who{margin:0;font-size:12px;font-weight:600;color:var(--kb-muted)}
.kb-msg-user{align-self:flex-end;align-items:flex-end}
.kb-msg-user .kb-msg-body{background:var(--kb-accent);color:#fff;border-radius:14px 14px 4px 14px;padding:9px 13px}
.kb-msg-text{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
.kb-msg-assistant{align-self:flex-start;width:92%}
.kb-msg-assistant .kb-msg-body{background:var(--kb-surface);border:1px solid var(--kb-line);border-radius:14px 14px 14px 4px;padding:12px 15px;box-shadow:0 1px 2px rgba(16,24,40,.05)}
.kb-pending{margin:0;color:var(--kb-muted)}
.kb-pending::after{content:'';display:inline-block;width:10px;height:10px;margin-left:8px;border-radius:50%;border:2px solid var(--kb-accent);border-right-color:transparent;vertical-align:-1px;animation:kb-spin .8s linear infinite}
@keyframes kb-spin{to{transform:rotate(360deg)}}
@media (prefers-reduced-motion:reduce){.kb-pending::after{animation:none}}
.kb-reply{overflow-wrap:anywhere}
.kb-reply>:first-child{margin-top:0}.kb-reply>:last-child{margin-bottom:0}
.kb-reply p,.kb-reply ul,.kb-reply ol{margin:0 0 10px}
.kb-reply ol,.kb-reply ul{padding-left:22px}
.kb-reply li{margin:4px 0}
.kb-reply li>ul{margin:6px 0}
.kb-reply code{font-family:var(--kb-mono);font-size:.9em;background:var(--kb-code-bg);padding:1px 4px;border-radius:4px}
.kb-reply pre{background:var(--kb-code-bg);padding:10px;border-radius:6px;overflow:auto}
.kb-reply pre code{background:none;padding:0}
.kb-reply a{color:var(--kb-link)}
.kb-sources{margin-top:12px;padding-top:10px;border-top:1px solid var(--kb-line)}
.kb-sources-h,.kb-handoff-h{margin:0 0 6px;font-size:12px;font-weight:600;letter-spacing:.04em;text-transform:uppercase;color:var(--kb-muted)}
.kb-cites{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:6px}
.kb-cite{display:inline-flex;align-items:center;gap:6px;padding:4px 10px 4px 4px;border:1px solid var(--kb-line);border-radius:6px;color:var(--kb-link);text-decoration:none;font-size:13.5px;background:var(--kb-bg)}
.kb-cite:hover{border-color:var(--kb-accent);text-decoration:underline}
.kb-cite-id{font-family:var(--kb-mono);font-size:12px;font-weight:600;background:var(--kb-accent-soft);color:var(--kb-accent-ink);padding:2px 6px;border-radius:4px}
.kb-handoff{margin-top:12px;padding:12px 14px;border:1px dashed var(--kb-warn-line);background:var(--kb-warn-bg);border-radius:8px}
.kb-md p{margin:0 0 6px}.kb-md ul{margin:0 0 8px;padding-left:20px}.kb-md li{margin:2px 0}
.kb-handoff-actions{display:flex;flex-wrap:wrap;align-items:center;gap:8px;margin-top:8px}
.kb-handoff-status{font-size:13px;color:var(--kb-ok)}
.kb-error{margin:0;color:var(--kb-danger)}
.kb-chat-form{border-top:1px solid var(--kb-line);padding-top:12px;display:flex;flex-direction:column;gap:6px}
.kb-label{font-weight:600;font-size:14px}
.kb-chat-row{display:flex;gap:8px;align-items:flex-end}
.kb-input{flex:1;min-width:0;font:inherit;font-size:15px;line-height:1.4;padding:9px 11px;border:1px solid var(--kb-line-strong);border-radius:8px;background:#fff;color:var(--kb-ink);resize:vertical;min-height:44px;max-height:240px}
.kb-input:focus{border-color:var(--kb-accent)}
.kb-chat-foot{display:flex;justify-content:space-between;align-items:center;gap:8px}
.kb-hint{margin:0;font-size:12.5px;color:var(--kb-muted)}
.kb-btn{font:inherit;font-size:14px;font-weight:600;line-height:1.2;padding:9px 16px;border-radius:8px;border:1px solid var(--kb-line-strong);background:#fff;color:var(--kb-ink);cursor:pointer}
.kb-btn:hover{background:var(--kb-bg)}
.kb-btn[disabled]{opacity:.6;cursor:progress}
.kb-btn-primary{background:var(--kb-accent);border-color:var(--kb-accent);color:#fff}
.kb-btn-primary:hover{background:var(--kb-accent-dark)}
.kb-btn-quiet{border-color:transparent;background:transparent;color:var(--kb-link);font-weight:500;padding:6px 8px}
.kb-btn-small{font-size:13px;padding:6px 11px}
.kb-chat :focus-visible{outline:3px solid var(--kb-focus);outline-offset:2px}
`;

/** The palette both the web UI and the widget use, as --kb-* custom properties. */
export const PALETTE_CSS = String.raw`
--kb-ink:#172033;--kb-muted:#5a6577;--kb-line:#dfe3ea;--kb-line-strong:#c3cad6;--kb-bg:#f5f7fa;--kb-surface:#fff;
--kb-accent:#2f6fdb;--kb-accent-dark:#2159b8;--kb-accent-ink:#1d4fa5;--kb-accent-soft:#edf3fd;--kb-accent-soft-hover:#dfeafc;--kb-accent-line:#c5d8f6;
--kb-link:#1f5bc4;--kb-focus:#f59e0b;--kb-code-bg:#f1f3f7;--kb-mono:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;
--kb-ok:#177245;--kb-warn-bg:#fffaeb;--kb-warn-line:#e8c46a;--kb-danger:#b42318;
`;
