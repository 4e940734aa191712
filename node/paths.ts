import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

/** The package root, wherever kbdesk is run from. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const MIGRATIONS_DIR = join(ROOT, 'migrations');
export const BUNDLED_ARTICLES_DIR = join(ROOT, 'kb', 'articles');
export const DEFAULT_DATABASE = join(process.cwd(), '.data', 'kb.sqlite');
