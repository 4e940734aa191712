import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineProject } from 'vitest/config';

// The articles go in as a binding: workerd has no file system, and the real import code loads them.
function articleFiles(dir = 'kb/articles') {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.md'))
    .sort()
    .map((path) => ({ path: path.split('\\').join('/'), content: readFileSync(join(dir, path), 'utf8') }));
}

export default defineProject({
  plugins: [
    cloudflareTest(async () => ({
      wrangler: { configPath: './wrangler.toml' },
      miniflare: {
        bindings: {
          TEST_MIGRATIONS: await readD1Migrations('migrations'),
          ARTICLE_FILES: articleFiles(),
          KB_ADMIN_TOKEN: 'worker-test-token',
        },
      },
    })),
  ],
  test: {
    name: 'workers',
    include: ['test/worker/**/*.test.ts'],
    setupFiles: ['test/worker/setup.ts'],
  },
});
