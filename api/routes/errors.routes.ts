import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ErrorCodeInput, LocaleParam } from '../../kb/model/inputs.schema.ts';
import type { AppEnv } from '../env.ts';
import { audience } from '../auth.ts';
import { problemResponses, validationHook } from '../problem.ts';
import { wantedLocales } from '../locales.ts';

const ErrorCodeView = z.object({
  input: z.string(),
  hex: z.string().openapi({ example: '0x8024400E' }),
  signed: z.number().int().openapi({ example: -2145107954 }),
  unsigned: z.number().int().openapi({ example: 2149859342 }),
  severity: z.enum(['failure', 'success']),
  facility: z.object({ number: z.number().int(), name: z.string().optional() }),
  code: z.number().int(),
  symbol: z.string().optional().openapi({ example: 'WU_E_PT_SOAP_SERVER' }),
  description: z.string().optional(),
  articles: z.array(z.object({ id: z.string(), title: z.string(), locale: z.string() })),
}).openapi('ErrorCode');

const getErrorCode = createRoute({
  method: 'get',
  path: '/v1/errors/{code}',
  tags: ['errors'],
  summary: 'Decode an error code in any pasted form and list the articles that name it',
  request: {
    params: z.object({ code: ErrorCodeInput.clone().openapi({ example: '0x8024400E' }) }),
    query: z.object({ locale: LocaleParam.optional() }),
  },
  responses: {
    200: { description: 'The decoded code', content: { 'application/json': { schema: ErrorCodeView } } },
    ...problemResponses(400),
  },
});

export function errorsRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(getErrorCode, async (c) => {
    const { code } = c.req.valid('param');
    const wanted = wantedLocales(c, c.req.valid('query').locale);
    return c.json(await c.get('services').errorCodes.lookup(code, wanted, audience(c)), 200);
  });
  return app;
}
