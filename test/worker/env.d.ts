// The slice of `cloudflare:test` these tests use, typed against our own Env (the full
// Cloudflare runtime types would be a generated file of their own).
declare module 'cloudflare:test' {
  import type { D1Migration } from '@cloudflare/vitest-pool-workers';
  import type { Env } from '../../worker/index.ts';

  interface D1Result<T> { results: T[] }
  interface TestD1 {
    prepare(sql: string): { all<T = Record<string, unknown>>(): Promise<D1Result<T>> };
  }
  export const env: Omit<Env, 'DB'> & {
    DB: Env['DB'] & TestD1;
    TEST_MIGRATIONS: D1Migration[];
    ARTICLE_FILES: { path: string; content: string }[];
  };
  export const SELF: { fetch(input: string, init?: RequestInit): Promise<Response> };
  export function applyD1Migrations(db: unknown, migrations: D1Migration[]): Promise<void>;
}
