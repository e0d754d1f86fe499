/**
 * Locating the repository's own files (models, fixtures, shared data) the same
 * way whether code runs from `src/` (tsx) or from the compiled `dist/`.
 * @module
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The package root: the nearest folder above this file holding package.json (skipping dist/). */
export const REPO_ROOT: string = findRoot(here);

function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && !dir.split(sep).includes('dist')) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(start, '..', '..');
    dir = up;
  }
}

/** Folder of trained models and built indexes. */
export const MODELS_DIR: string = process.env.COMMUNIQUE_MODELS ?? join(REPO_ROOT, 'models');

/**
 * The shared development data folder (`../shared` beside the repository), or
 * null when it is absent, so data-driven tests can skip instead of failing.
 */
export function sharedDir(): string | null {
  const dir = process.env.COMMUNIQUE_SHARED ?? resolve(REPO_ROOT, '..', 'shared');
  return existsSync(dir) ? dir : null;
}

/**
 * The source folder of a module, given its `import.meta.url`: maps
 * `dist/src/x/y.js` back to `src/x`, so tests find the fixtures kept beside them.
 */
export function sourceDirOf(importMetaUrl: string): string {
  const dir = dirname(fileURLToPath(importMetaUrl));
  const rel = dir.startsWith(REPO_ROOT) ? dir.slice(REPO_ROOT.length) : dir;
  const parts = rel.split(sep);
  const i = parts.indexOf('dist');
  if (i >= 0) parts.splice(i, 1);
  return join(REPO_ROOT, ...parts);
}
