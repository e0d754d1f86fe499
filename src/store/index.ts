/**
 * Storage: the `Store` interface and its backends.
 * @module
 */
export * from './store.js';
export { openStore, DEFAULT_DB } from './open-store.js';
