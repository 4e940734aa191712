import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { BadRequestError, KbError } from '../../kb/errors.ts';
import type { LogInput } from '../../kb/match/types.ts';
import { MatchRequest, MatchResponse } from '../../kb/model/match.schema.ts';
import { LocaleParam } from '../../kb/model/inputs.schema.ts';
import type { AppEnv } from '../env.ts';
import { audience } from '../auth.ts';
import { limitBody, problemResponses, validationHook } from '../problem.ts';

const matchLogs = createRoute({
  method: 'post',
  path: '/v1/match',
  tags: ['match'],
  summary: 'Paste or upload logs; get the articles whose signatures they show, with the matched lines',
  description: 'Body as JSON `{"logs":[{"name","content"}]}`, as multipart/form-data files, or raw (`text/plain` or '
    + '`application/octet-stream`, UTF-8 or UTF-16 sniffed; name it with `?name=`). Best match first; an empty list when nothing matches.',
  request: {
    query: z.object({
      locale: LocaleParam.optional(),
      name: z.string().max(255).optional().describe('Log name for a raw body, e.g. WindowsUpdate.log'),
    }),
    // Not `required`: zod-openapi would then validate every body as JSON; readLogs checks each form itself.
    body: {
      required: false,
      content: {
        'application/json': { schema: MatchRequest.clone().openapi('MatchRequest') },
        'multipart/form-data': { schema: z.record(z.string(), z.any()).describe('One or more log files, under any field names') },
        'text/plain': { schema: z.string() },
        'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
  },
  responses: {
    200: { description: 'Matches, best first', content: { 'application/json': { schema: MatchResponse.clone().openapi('MatchResponse') } } },
    ...problemResponses(400, 413, 415, 429),
  },
});

const ACCEPTED = /^(application\/json|multipart\/form-data|text\/plain|application\/octet-stream)\b/i;
const UNSUPPORTED = 'Send JSON {"logs":[{"name","content"}]}, multipart/form-data files, text/plain or application/octet-stream.';

/** Reads the logs from whichever body form the client used. */
async function readLogs(c: Context<AppEnv>, rawName: string | undefined): Promise<LogInput[]> {
  const type = (c.req.header('Content-Type') ?? '').toLowerCase();
  if (type.startsWith('application/json')) {
    const parsed = MatchRequest.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) throw new BadRequestError(`Send {"logs":[{"name","content"}]}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')}`);
    return parsed.data.logs;
  }
  if (type.startsWith('multipart/form-data')) {
    const form = await c.req.parseBody({ all: true });
    const files = Object.values(form).flat().filter((v): v is File => typeof v === 'object' && v !== null && 'arrayBuffer' in v);
    if (files.length === 0) throw new BadRequestError('The form has no files; attach logs as file fields.');
    return Promise.all(files.map(async (f) => ({ name: f.name || 'upload.log', content: new Uint8Array(await f.arrayBuffer()) })));
  }
  if (type.startsWith('text/plain') || type.startsWith('application/octet-stream') || type === '') {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.byteLength === 0) throw new BadRequestError('The body is empty; paste a log.');
    return [{ name: rawName ?? 'pasted.log', content: bytes }];
  }
  throw new KbError('unsupported_media_type', UNSUPPORTED);
}

export function matchRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // JSON and multipart framing add a little to the logs themselves; the service checks the exact size.
  // The service's limit is fixed for the app, so the middleware is made on the first request only.
  let limit: MiddlewareHandler | undefined;
  app.use('/v1/match', async (c, next) => {
    if (!ACCEPTED.test(c.req.header('Content-Type') ?? 'text/plain')) throw new KbError('unsupported_media_type', UNSUPPORTED);
    const max = c.get('services').match.limits.maxBytes;
    limit ??= limitBody(Math.ceil(max * 1.1) + 65_536, `Logs may total at most ${max} bytes per request; send the part around the failure.`);
    return limit(c, next);
  });
  app.openapi(matchLogs, async (c) => {
    const { locale, name } = c.req.valid('query');
    const logs = await readLogs(c, name);
    const wanted = locale === 'pl' || locale?.startsWith('pl') ? 'pl-PL' : locale ? 'en-US' : undefined;
    const result = await c.get('services').match.match(logs, wanted ? { locale: wanted } : {}, audience(c));
    return c.json(result, 200);
  });
  return app;
}
