import type { Statement } from '../kb/db/database.ts';

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  return `'${String(value).replace(/'/g, "''")}'`;
}

/** A prepared statement with its parameters written in, for a .sql file wrangler can run. */
export function inlineStatement(s: Statement): string {
  let i = 0;
  // Parameters are `?`; drizzle never puts a `?` inside a literal, and our own SQL has none.
  const text = s.sql.replace(/\?/g, () => literal(s.params[i++]));
  if (i !== s.params.length) throw new Error(`statement has ${i} placeholders but ${s.params.length} parameters: ${s.sql}`);
  return `${text};`;
}
