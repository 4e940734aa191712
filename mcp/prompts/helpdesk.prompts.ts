import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import type { Services } from '../../kb/services/index.ts';
import { DEFAULT_SECTIONS, fitArticle, pickSections } from '../article-text.ts';
import { protocolError } from '../errors.ts';
import { articleIdArg, localeArg, productArg, versionArg } from './completions.ts';

/** Log text embedded in troubleshoot_from_log (about 15k tokens); the tail is kept, where failures are. */
export const MAX_PROMPT_LOG_CHARS = 60_000;
/** Article text embedded in draft_ticket_reply. */
export const PROMPT_ARTICLE_TOKENS = 3000;

const LANGUAGE: Record<string, string> = { pl: 'Polish', en: 'English' };

function logBlock(log: string): string {
  const cutChars = Math.max(0, log.length - MAX_PROMPT_LOG_CHARS);
  const kept = cutChars ? log.slice(cutChars) : log;
  const note = cutChars ? `(The first ${cutChars.toLocaleString('en-US')} characters of the log were left out; ask the user for them if the failure is not below.)\n` : '';
  return `${note}\`\`\`\`log\n${kept}\n\`\`\`\``;
}

function troubleshootText(log: string, product: string | undefined, version: string | undefined): string {
  const known = product ? ` The user runs ${product}${version ? ` ${version}` : ''}.` : '';
  const find = '1. Call match_logs with logs [{"name": "<the file name if the user gave one, else pasted.log>", "content": <the log below>}].\n'
    + '2. Call lookup_error_code for each distinct error code in the log (0x8024…, WU_E_…) that no matched article explains.\n';
  return `A user of our IT support desk sent the log below. Find the cause with the kbdesk tools and tell them how to fix it.${known}\n\n`
    + find
    + `3. For the best article: ${product && version ? 'call get_resolution_path with its id, the product and version' : 'call get_article with sections ["symptoms","cause","resolution"], and ask the user for their product version if the steps depend on it'}.\n`
    + '4. Answer with the likely cause, the numbered steps and how to verify the fix. Cite each claim with its article id and section (e.g. "KB954960, Resolution"). If no article fits, say so; never invent a fix.\n\n'
    + logBlock(log);
}

/** troubleshoot_from_log and draft_ticket_reply: the two everyday helpdesk jobs. */
export function registerHelpdeskPrompts(server: McpServer, services: Services): void {
  server.registerPrompt('troubleshoot_from_log', {
    title: 'Troubleshoot from a log',
    description: 'Find the KB article and fix for a pasted Windows Update / WSUS log, citing the articles.',
    argsSchema: {
      log: z.string().min(1).describe(`The log text as pasted (WindowsUpdate.log, SoftwareDistribution.log…); beyond ${MAX_PROMPT_LOG_CHARS.toLocaleString('en-US')} characters only the end is kept`),
      product: productArg(services),
      version: versionArg(services),
    },
  }, ({ log, product, version }) => ({
    description: 'Troubleshoot a Windows Update problem from its log',
    messages: [{ role: 'user', content: { type: 'text', text: troubleshootText(log, product, version) } }],
  }));

  server.registerPrompt('draft_ticket_reply', {
    title: 'Draft a ticket reply from an article',
    description: 'Draft a reply to a customer ticket grounded in one KB article, whose text is embedded.',
    argsSchema: {
      id: articleIdArg(services),
      locale: localeArg('Language of the article and of the reply, e.g. pl-PL or en-US (default en-US)'),
      context: z.string().min(1).max(4000).describe('The customer\'s situation: what they wrote, product and version, what they already tried'),
    },
  }, async ({ id, locale, context }) => {
    try {
      const { article } = await services.articles.get(id, locale ? [locale] : []);
      const fitted = fitArticle(article, pickSections(article.sections, DEFAULT_SECTIONS), PROMPT_ARTICLE_TOKENS);
      const language = LANGUAGE[article.locale.slice(0, 2)] ?? article.locale;
      const text = `Draft a reply to this customer ticket, in ${language}, using only the knowledge-base article below.\n\n`
        + `Customer context:\n${context}\n\n`
        + `Explain the cause in one or two sentences, then give the numbered steps that fit the customer's product version (ask for the version if it matters and is unknown), then how to check the fix worked. Cite the article as ${article.id}. Keep it under 250 words, friendly and plain; no steps the article does not give.\n\n`
        + `--- ${article.id} (${article.locale}) ---\n${fitted.text}`;
      return { description: `Reply grounded in ${article.id}`, messages: [{ role: 'user', content: { type: 'text', text } }] };
    } catch (err) {
      return protocolError(err, 'Use the list_articles tool or the kb://articles resources to find a valid id.');
    }
  });
}
