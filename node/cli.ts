import { KbError } from '../kb/errors.ts';
import { ArticlePathError } from './article-files.ts';
import { gapsCommand } from './commands/gaps.command.ts';
import { importCommand, validateCommand } from './commands/import.command.ts';
import { keysCommand } from './commands/keys.command.ts';
import { matchCommand } from './commands/match.command.ts';
import { serveCommand } from './commands/serve.command.ts';

const COMMANDS: Record<string, { run: (args: string[]) => Promise<number>; help: string }> = {
  serve: { run: serveCommand, help: 'serve the API on PORT (default 8787)' },
  import: { run: importCommand, help: 'import [dir|file ...]  validate and import article files (default kb/articles)' },
  match: { run: matchCommand, help: 'match FILE... [--json]  find the articles whose signatures the logs show' },
  gaps: { run: gapsCommand, help: 'gaps [--days N] [--limit N] [--json] [--prune]  failure lines of unmatched logs, unanswered questions' },
  keys: { run: keysCommand, help: 'keys create --role R --name N | list | revoke ID  manage API keys' },
  validate: { run: validateCommand, help: 'validate [dir|file ...]  check article files without writing' },
  // Loaded on use: the MCP SDK is only needed here, and the shared zod schemas must not be built
  // before @hono/zod-openapi extends zod (which `serve` relies on).
  mcp: { run: async () => (await import('./commands/mcp.command.ts')).mcpCommand(), help: 'serve MCP over stdio (Claude Desktop, VS Code, Cursor)' },
};

function usage(): string {
  return ['usage: kbdesk <command> [args]', '', ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.help}`)].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(usage());
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  try {
    return await command.run(args);
  } catch (err) {
    const told = expectedFailure(err);
    if (told === undefined) throw err; // a bug: the stack trace helps
    console.error(`kbdesk ${name}: ${told.message}`);
    return told.code;
  }
}

/** What a person caused (a refused request, a path that is not there), said in one line. */
function expectedFailure(err: unknown): { message: string; code: number } | undefined {
  if (err instanceof KbError) return { message: err.message, code: 1 };
  if (err instanceof ArticlePathError) return { message: err.message, code: 2 };
  const fsError = err as { code?: unknown; path?: unknown } | null;
  const reason = { ENOENT: 'no such file', ENOTDIR: 'no such file', EISDIR: 'a folder, not a file', EACCES: 'permission denied' }[String(fsError?.code)];
  if (!reason) return undefined;
  return { message: `${typeof fsError?.path === 'string' ? fsError.path : 'one of the paths given'}: ${reason}`, code: 2 };
}
