import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './kb/db/schema.ts',
  out: './migrations',
});
