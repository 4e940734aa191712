import { describe, expect, it } from 'vitest';
import { kbClient, textOf } from './connect.ts';

/** Calls a tool expecting an expected failure: an isError result, never a protocol error. */
async function failing(name: string, args: Record<string, unknown>): Promise<string> {
  const client = await kbClient();
  const result = await client.callTool({ name, arguments: args });
  expect(result.isError, `${name} ${JSON.stringify(args)}`).toBe(true);
  expect(result.structuredContent).toBeUndefined();
  return textOf(result);
}

describe('MCP tool errors come back as isError results that say how to recover', () => {
  it('an unknown article names the id and how to find the right one', async () => {
    expect(await failing('get_article', { id: 'KB1' })).toBe(
      'Article KB1 does not exist. Use search_articles to find the right id.',
    );
    expect(await failing('get_resolution_path', { id: 'KB1', product: 'wsus', version: '3.0' })).toContain('Use search_articles');
  });

  it('a malformed article id says what an id looks like', async () => {
    expect(await failing('get_article', { id: 'not an id' })).toMatch(/is not an article id; use a KB number such as KB954960/);
  });

  it('a malformed error code says which forms are accepted', async () => {
    const text = await failing('lookup_error_code', { code: 'banana' });
    expect(text).toContain('"banana" is not an error code');
    expect(text).toContain('e.g. 0x8024400E, 8024400E, -2145107954 or WU_E_PT_SOAP_SERVER');
  });

  it('an unknown product lists the known ones; an unknown version lists the valid versions', async () => {
    const product = await failing('get_product', { slug: 'nosuch' });
    expect(product).toContain('Product "nosuch" does not exist.');
    expect(product).toContain('Known products: sbs (Windows Small Business Server), sccm');
    const version = await failing('get_product', { slug: 'wsus', version: '9.9' });
    expect(version).toBe('No article affects wsus 9.9. Versions of wsus with articles: "3.0", "3.0 SP1".');
  });

  it('get_resolution_path with no matching path lists the valid versions', async () => {
    const none = await failing('get_resolution_path', { id: 'KB954960', product: 'wsus', version: '2.0' });
    expect(none).toContain('KB954960 has no resolution path for wsus 2.0.');
    expect(none).toContain('Valid product/version pairs: wsus "3.0 SP1" (wsus-3-sp1); wsus "3.0" (wsus-3-rtm).');
    expect(none).not.toContain('Use search_articles');
    const affected = await failing('get_resolution_path', { id: 'KB954960', product: 'sbs', version: '2003', locale: 'en-US' });
    expect(affected).toContain('lists sbs 2003 as may-be-affected');
  });

  it('arguments that fail the input schema are tool errors naming the field', async () => {
    expect(await failing('get_product', { slug: 'WSUS!' })).toMatch(/slug/);
    expect(await failing('get_article', { id: 'KB954960', sections: ['nonsense'] })).toMatch(/sections/);
    expect(await failing('get_article', {})).toMatch(/id/);
  });

  it('a bad cursor tells the assistant to start again', async () => {
    expect(await failing('list_articles', { cursor: '!!!' })).toContain('start again');
  });
});
