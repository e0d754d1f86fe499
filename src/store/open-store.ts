/**
 * Opens the store a `--db` value names. A path (the default `./communique.db`)
 * is an embedded SQLite file.
 * @module
 */
import { existsSync } from 'node:fs';
import { SqliteStore } from './sqlite/index.js';
import type { Store } from './store.js';

/** Default database path, relative to the working folder. */
export const DEFAULT_DB = 'communique.db';

export interface OpenStoreOptions {
  /** Fail instead of creating a new, empty database (search, show, stats, export). */
  readonly mustExist?: boolean;
}

/** Opens and migrates the store at `location`. */
export async function openStore(location: string = DEFAULT_DB, options: OpenStoreOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new Error(`${location}: PostgreSQL is not supported by this version; use a SQLite file path`);
  }
  if (options.mustExist && location !== ':memory:' && !existsSync(location)) {
    throw new Error(`${location}: no database here; run \`communique ingest <files> --db ${location}\` first`);
  }
  const store = new SqliteStore({ path: location, mustExist: options.mustExist ?? false });
  await store.migrate();
  return store;
}
