/**
 * The part of better-sqlite3 the adapter calls, declared here so the rest of
 * the adapter depends on this small surface, not on the driver's types.
 * @module
 */

export interface SqliteStatement {
  run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  iterate(...params: unknown[]): IterableIterator<unknown>;
}

export interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  exec(sql: string): unknown;
  pragma(sql: string, options?: { simple?: boolean }): unknown;
  transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
  close(): unknown;
}

export interface SqliteStoreConfig {
  /** Path of the database file (":memory:" for a throwaway one). */
  readonly path: string;
  /** Open an existing file only; never create it. */
  readonly mustExist?: boolean;
}
