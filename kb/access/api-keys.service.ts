import { and, asc, eq, isNull } from 'drizzle-orm';
import type { KbDatabase } from '../db/database.ts';
import { apiKeys } from '../db/schema.ts';
import { NotFoundError } from '../errors.ts';
import { sha256Hex } from '../util/hash.ts';
import type { Role } from './roles.ts';

export type KeyRole = Exclude<Role, 'anonymous'>;

function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** API keys with a role; stored as SHA-256 hashes, shown in full only when created. */
export function createApiKeysService(db: KbDatabase) {
  return {
    async create(name: string, role: KeyRole, now = new Date().toISOString()) {
      const key = `kbd_${randomHex(24)}`;
      const id = `key_${randomHex(6)}`;
      const row = { id, name: name.slice(0, 100), role, hash: await sha256Hex(key), prefix: key.slice(0, 8), createdAt: now };
      await db.writeAtomic([{ ...db.orm.insert(apiKeys).values(row).toSQL() }]);
      return { id, name: row.name, role, key, createdAt: now };
    },

    async list() {
      return db.orm.select({ id: apiKeys.id, name: apiKeys.name, role: apiKeys.role, prefix: apiKeys.prefix, createdAt: apiKeys.createdAt, revokedAt: apiKeys.revokedAt })
        .from(apiKeys).orderBy(asc(apiKeys.createdAt));
    },

    async revoke(id: string, now = new Date().toISOString()) {
      const [row] = await db.orm.select({ id: apiKeys.id }).from(apiKeys).where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)));
      if (!row) throw new NotFoundError(`No active API key ${id}.`);
      await db.writeAtomic([{ ...db.orm.update(apiKeys).set({ revokedAt: now }).where(eq(apiKeys.id, id)).toSQL() }]);
    },

    /** The role of an active key, or undefined for an unknown or revoked one. */
    async roleOf(key: string): Promise<KeyRole | undefined> {
      const [row] = await db.orm.select({ role: apiKeys.role }).from(apiKeys)
        .where(and(eq(apiKeys.hash, await sha256Hex(key)), isNull(apiKeys.revokedAt))).limit(1);
      return row?.role;
    },

    async anyActive(): Promise<boolean> {
      const rows = await db.orm.select({ id: apiKeys.id }).from(apiKeys).where(isNull(apiKeys.revokedAt)).limit(1);
      return rows.length > 0;
    },
  };
}

export type ApiKeysService = ReturnType<typeof createApiKeysService>;
