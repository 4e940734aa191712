import { completable } from '@modelcontextprotocol/sdk/server/completable.js';
import { z } from 'zod';
import { LOCALES } from '../../kb/model/front-matter.schema.ts';
import type { Services } from '../../kb/services/index.ts';

const startsWith = (value: string, prefix: string) => value.toLowerCase().startsWith(prefix.trim().toLowerCase());

// completable() marks the schema object it is given, so each server builds its own argument schemas.

/** A prompt argument naming an article, completed from the stored article ids. */
export function articleIdArg(services: Services) {
  return completable(z.string().trim().min(1).max(20).describe('Article id: KB954960, kb954960 or 954960'), async (value) => {
    const digits = value.trim().replace(/^kb/i, '');
    const numbers = [...new Set((await services.store.listStored()).map((s) => s.number))];
    return numbers.filter((n) => String(n).startsWith(digits)).map((n) => `KB${n}`);
  });
}

/** An optional locale argument, completed from the locales kbdesk ships. */
export function localeArg(description: string) {
  return completable(z.string().trim().max(20).optional().describe(description), (value) => LOCALES.filter((l) => startsWith(l, value ?? '')));
}

/** An optional product slug argument, completed from the products in the knowledge base. */
export function productArg(services: Services) {
  return completable(z.string().trim().max(63).optional().describe('Product slug if known, e.g. wsus, sbs, sce, sccm'), async (value) =>
    (await services.products.list()).map((p) => p.slug).filter((s) => startsWith(s, value ?? '')));
}

/** An optional version argument, completed from the versions of the product already chosen. */
export function versionArg(services: Services) {
  return completable(z.string().trim().max(40).optional().describe('Product version if known, e.g. "3.0 SP1"'), async (value, context) => {
    const product = context?.arguments?.product;
    const products = (await services.products.list()).filter((p) => !product || p.slug === product);
    return [...new Set(products.flatMap((p) => p.versions.map((v) => v.version)))].filter((v) => startsWith(v, value ?? ''));
  });
}
