import { startServer } from '../server.ts';

/** `kbdesk serve`: the API (and everything else HTTP) on PORT, default 8787. */
export async function serveCommand(): Promise<number> {
  const server = await startServer();
  console.error(`kbdesk: serving ${server.file} on http://localhost:${server.port}`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise(() => {}); // runs until a signal
}
