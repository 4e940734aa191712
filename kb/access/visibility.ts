import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { translations } from '../db/schema.ts';
import type { Section } from '../model/article.ts';
import type { Audience } from './roles.ts';

/** Translations that lists, search, products and matching may show to this audience. */
export function listable(a: Audience): SQL {
  return and(
    inArray(translations.state, a.drafts ? ['published', 'draft'] : ['published']),
    a.internal ? undefined : eq(translations.visibility, 'public'),
  )!;
}

/** `listable` for a translation already in memory. */
export function isListable(a: Audience, t: { state: string; visibility: string }): boolean {
  return (t.state === 'published' || (a.drafts && t.state === 'draft')) && (a.internal || t.visibility === 'public');
}

/**
 * Translations reachable by id: archived ones too (flagged by their state), drafts only for editors.
 * In memory only: an article has a handful of translations, read in one prepared query.
 */
export function isReachable(a: Audience, t: { state: string; visibility: string }): boolean {
  return (a.drafts || t.state !== 'draft') && (a.internal || t.visibility === 'public');
}

/** Sections anchored `{#internal…}` are for agents only. */
export function isInternalSection(s: Pick<Section, 'anchor'>): boolean {
  return s.anchor.startsWith('internal');
}
