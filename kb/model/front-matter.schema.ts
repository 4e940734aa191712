import { z } from 'zod';

/** Locales kbdesk ships articles in; the file name of each translation. */
export const Locale = z.enum(['pl-PL', 'en-US']);
export type Locale = z.infer<typeof Locale>;
export const LOCALES = Locale.options;

const Text = z.string().trim().min(1);
const IsoDate = z.iso.date();
const Slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and dashes');
const Version = z.string().trim().min(1).max(40);

/** An HRESULT as written in articles: 0x followed by eight hex digits. */
export const HresultText = z.string().regex(/^0x[0-9A-Fa-f]{8}$/, 'an HRESULT such as 0x8024400E');

export const ProductRelation = z.enum(['affected', 'may-be-affected']);

export const AffectedProduct = z.strictObject({
  slug: Slug,
  name: Text,
  versions: z.array(Version).min(1),
  relation: ProductRelation,
  note: Text.optional(),
});
export type AffectedProduct = z.infer<typeof AffectedProduct>;

export const LogSource = z.enum(['client', 'wsus-server', 'configmgr']);
export type LogSource = z.infer<typeof LogSource>;

/** Where a log excerpt of the body comes from; the excerpt itself is a ```log <id> block. */
export const LogMeta = z.strictObject({
  id: Slug,
  source: LogSource,
  path: Text,
  phase: z.enum(['detection', 'download', 'installation', 'synchronization', 'reporting']).optional(),
  correlation: Text.optional(),
});

export const ResolutionMeta = z.strictObject({
  id: Slug,
  appliesTo: z.strictObject({ product: Slug, versions: z.array(Version).min(1) }),
  alternatives: z.array(Slug).optional(),
});

/** A log signature written by hand, for what the excerpts do not show. */
export const SignatureMeta = z.strictObject({
  id: Slug,
  source: LogSource,
  pattern: Text.max(500),
  weight: z.number().min(0).max(1).default(0.5),
  decisive: z.boolean().default(false),
});

export const FrontMatter = z.strictObject({
  number: z.number().int().min(1).max(99_999_999),
  locale: Locale,
  title: Text.max(300),
  summary: Text.max(2000),
  revision: z.string().regex(/^\d+(\.\d+)?$/, 'a revision such as "7.0"'),
  published: IsoDate.optional(),
  lastReviewed: IsoDate,
  status: z.enum(['confirmed', 'by-design', 'fixed', 'investigating']).optional(),
  /** Editorial lifecycle: drafts are seen by editors only, archived articles stay reachable by id. */
  state: z.enum(['draft', 'published', 'archived']).default('published'),
  /** Internal articles are for agents; `{#internal…}` sections of public articles are too. */
  visibility: z.enum(['public', 'internal']).default('public'),
  labels: z.array(Text.max(60)).default([]),
  keywords: z.array(Text.max(80)).default([]),
  products: z.array(AffectedProduct).min(1),
  errorCodes: z.array(HresultText).default([]),
  logs: z.array(LogMeta).default([]),
  signatures: z.array(SignatureMeta).default([]),
  resolutions: z.array(ResolutionMeta).default([]),
  downloads: z.array(z.strictObject({ arch: z.enum(['x86', 'x64', 'ia64', 'any']), title: Text, released: IsoDate.optional() })).default([]),
  updateIds: z.array(z.strictObject({ id: z.string().regex(/^[0-9A-Fa-f]{8}(-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}$/), title: Text })).default([]),
  commands: z.array(Text).default([]),
  verification: z.strictObject({ folder: Text, file: Text, goodVersion: Version, badVersion: Version.optional() }).optional(),
  install: z.strictObject({
    restartsServices: z.array(Text).default([]),
    uninstallable: z.boolean(),
    removal: Text.optional(),
    listedInAddRemovePrograms: z.boolean().optional(),
  }).optional(),
  related: z.array(z.strictObject({ number: z.number().int().positive(), title: Text })).default([]),
  advisories: z.array(z.strictObject({ title: Text, note: Text.optional() })).default([]),
});
export type FrontMatter = z.infer<typeof FrontMatter>;
