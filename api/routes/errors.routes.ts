import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ErrorCodeView } from '../../kb/model/catalog-view.schema.ts';
import { ErrorCodeInput, LocaleParam } from '../../kb/model/inputs.schema.ts';
import type { AppEnv } from '../env.ts';
import { audience } from '../auth.ts';
import { problemResponses, validationHook } from '../problem.ts';
import { wantedLocales } from '../locales.ts';

const ErrorCode = ErrorCodeView.clone().openapi('ErrorCode', {
  example: { input: '0x8024400E', hex: '0x8024400E', signed: -2145107954, unsigned: 2149859342, severity: 'failure', facility: { number: 36, name: 'WINDOWSUPDATE' }, code: 16398, symbol: 'WU_E_PT_SOAP_SERVER',
    articles: [{ id: 'KB954960', title: 'Some computers do not receive updates from the WSUS server', locale: 'en-US' }] },
});

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
    200: { description: 'The decoded code', content: { 'application/json': { schema: ErrorCode } } },
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
