import MarkdownIt, { type MarkdownIt as Md, type Token } from 'markdown-it';

export type { Token };

/** Explicit anchors written after a heading, pandoc style: `## Workaround {#manual-reset}`. */
const ANCHOR = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;

export function splitAnchor(text: string): { text: string; anchor?: string } {
  const m = ANCHOR.exec(text);
  return m ? { text: text.slice(0, m.index), anchor: m[1] } : { text };
}

const SAFE_LINK = /^(https?:|mailto:|#|\/(?!\/)|\.{0,2}\/)|^[^:]*$/i;

/**
 * The one markdown-it instance articles are rendered with. Raw HTML is off, and only
 * http(s), mailto and relative links survive: `javascript:`, `data:`, `vbscript:` and
 * anything else become plain text.
 */
function createRenderer(): Md {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.validateLink = (url) => SAFE_LINK.test(url.trim());
  md.core.ruler.push('heading_anchor', (state) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i]!;
      const inline = tokens[i + 1];
      if (open.type !== 'heading_open' || !inline) continue;
      const { text, anchor } = splitAnchor(inline.content);
      if (!anchor) continue;
      inline.content = text;
      const last = inline.children?.at(-1);
      if (last?.type === 'text') last.content = splitAnchor(last.content).text;
      open.attrSet('id', anchor);
    }
  });
  return md;
}

export const markdown = createRenderer();

export function renderHtml(source: string): string {
  return markdown.render(source);
}
