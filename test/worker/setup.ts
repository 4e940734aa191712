import { applyD1Migrations, env } from 'cloudflare:test';
import { openD1Database } from '../../kb/db/d1.ts';
import { importFiles } from '../../kb/import/import.service.ts';

// Each test file gets its own D1: migrate it from migrations/ and load kb/articles with the real importer.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
await importFiles(openD1Database(env.DB), env.ARTICLE_FILES);
