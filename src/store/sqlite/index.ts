/**
 * The SQLite backend.
 * @module
 */
export { SqliteStore } from './sqlite-store.js';
export type { SqliteStoreConfig } from './sqlite-config.js';
export { MIGRATIONS } from './sqlite-migrations.js';
