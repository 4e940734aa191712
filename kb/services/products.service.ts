import { PUBLIC, type Audience } from '../access/roles.ts';
import type { KbDatabase } from '../db/database.ts';
import { NotFoundError } from '../errors.ts';
import { productVersions } from '../store/catalog.queries.ts';
import { articleHeads } from './article-heads.ts';

interface VersionArticle {
  id: string;
  title: string;
  locale: string;
  relation: string;
  note?: string;
}

/** Products and, per version, the articles that affect it. */
export function createProductsService(db: KbDatabase) {
  return {
    async list(audience: Audience = PUBLIC) {
      const rows = await productVersions(db, audience);
      const bySlug = new Map<string, { slug: string; name: string; versions: Map<string, Set<number>> }>();
      for (const r of rows) {
        const p = bySlug.get(r.slug) ?? { slug: r.slug, name: r.name, versions: new Map() };
        bySlug.set(r.slug, p);
        p.versions.set(r.version, (p.versions.get(r.version) ?? new Set()).add(r.number));
      }
      return [...bySlug.values()].map((p) => ({
        slug: p.slug,
        name: p.name,
        versions: [...p.versions].map(([version, numbers]) => ({ version, articleCount: numbers.size })),
      }));
    },

    async get(slug: string, wanted: string[], version?: string, audience: Audience = PUBLIC) {
      const rows = (await productVersions(db, audience, slug)).filter((r) => !version || r.version.toLowerCase() === version.toLowerCase());
      const first = rows[0];
      if (!first) throw new NotFoundError(version ? `No article affects ${slug} ${version}.` : `Product "${slug}" does not exist.`);
      const heads = new Map((await articleHeads(db, [...new Set(rows.map((r) => r.number))], wanted, audience)).map((h) => [h.number, h]));
      const versions = new Map<string, VersionArticle[]>();
      const seen = new Set<string>();
      for (const r of rows) {
        const head = heads.get(r.number);
        // One entry per article and version, described in the locale picked for the article.
        if (!head || r.locale !== head.locale || seen.has(`${r.version}|${r.number}`)) continue;
        seen.add(`${r.version}|${r.number}`);
        const list = versions.get(r.version) ?? [];
        versions.set(r.version, list);
        list.push({ id: head.id, title: head.title, locale: head.locale, relation: r.relation, ...(r.note ? { note: r.note } : {}) });
      }
      return { slug: first.slug, name: first.name, versions: [...versions].map(([v, articles]) => ({ version: v, articles })) };
    },
  };
}

export type ProductsService = ReturnType<typeof createProductsService>;
