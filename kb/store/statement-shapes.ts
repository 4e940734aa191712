import { eq, getTableName, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Orm, Statement } from '../db/database.ts';

/** A statement's SQL and, in order, the name of the value each `?` takes and how to encode it. */
interface Shape {
  sql: string;
  params: { name: string; encode: (value: unknown) => unknown }[];
}

// SQL text depends only on the table and the columns written, so drizzle builds it once per
// shape: an import writes dozens of rows per article, and building SQL cost more than running it.
const shapes = new Map<string, Shape>();

function shapeOf(id: string, build: () => { sql: string; params: unknown[] }): Shape {
  let shape = shapes.get(id);
  if (!shape) {
    const query = build();
    shape = {
      sql: query.sql,
      params: query.params.map((p) => {
        // drizzle hands placeholders back bare, or wrapped with the column that encodes the value.
        const param = p as { name?: string; value?: { name: string }; encoder?: { mapToDriverValue(v: unknown): unknown } };
        const name = param.name ?? param.value?.name;
        if (!name) throw new Error(`${id}: a value was not a placeholder`);
        const encoder = param.encoder;
        return { name, encode: encoder ? (v: unknown) => (v === null ? null : encoder.mapToDriverValue(v)) : (v: unknown) => v };
      }),
    };
    shapes.set(id, shape);
  }
  return shape;
}

function bind(shape: Shape, values: Record<string, unknown>): Statement {
  return { sql: shape.sql, params: shape.params.map((p) => p.encode(values[p.name])) };
}

/** `INSERT INTO table (the row's columns) VALUES (…)`, optionally ignoring a conflicting row. */
export function insertRow<T extends SQLiteTable>(orm: Orm, table: T, row: T['$inferInsert'], opts: { ignoreConflict?: boolean } = {}): Statement {
  const names = Object.keys(row);
  const id = `insert ${getTableName(table)} ${opts.ignoreConflict ? 'or ignore ' : ''}${names.join(',')}`;
  const shape = shapeOf(id, () => {
    const insert = orm.insert(table).values(Object.fromEntries(names.map((n) => [n, sql.placeholder(n)])) as T['$inferInsert']);
    return (opts.ignoreConflict ? insert.onConflictDoNothing() : insert).toSQL();
  });
  return bind(shape, row as Record<string, unknown>);
}

/** `DELETE FROM table WHERE column = value`. */
export function deleteWhere(orm: Orm, table: SQLiteTable, column: SQLiteColumn, value: unknown): Statement {
  const shape = shapeOf(`delete ${getTableName(table)} ${column.name}`, () => orm.delete(table).where(eq(column, sql.placeholder('value'))).toSQL());
  return bind(shape, { value });
}
