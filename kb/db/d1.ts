import { drizzle } from 'drizzle-orm/d1';
import { countingRevisionWrites, d1Writer, type D1Client, type KbDatabase, type Orm } from './database.ts';
import * as schema from './schema.ts';

export type D1Binding = D1Client & Parameters<typeof drizzle>[0];

/** kbdesk's database over a D1 binding: drizzle for reads, one batch per atomic write. */
export function openD1Database(binding: D1Binding): KbDatabase {
  return { orm: drizzle(binding, { schema }) as unknown as Orm, driver: 'd1', ...countingRevisionWrites(d1Writer(binding)) };
}
