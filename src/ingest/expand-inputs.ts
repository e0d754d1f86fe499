/**
 * Turns what the user typed (files, folders, glob patterns, "-") into the
 * list of inputs, folders walked recursively in a stable order so that a
 * resumed run meets the files in the same order.
 * @module
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export type InputRef = { readonly kind: 'file'; readonly path: string; readonly size: number } | { readonly kind: 'stdin' } | { readonly kind: 'missing'; readonly path: string; readonly reason: string };

const SKIP_DIRS = new Set(['node_modules', '.git']);

/** Expands arguments into inputs, in order; folders are walked depth-first, entries sorted by name. */
export async function* expandInputs(args: readonly string[]): AsyncGenerator<InputRef> {
  for (const arg of args) {
    if (arg === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    if (isDynamicPattern(arg)) {
      const matches = (await glob(arg, { onlyFiles: true, absolute: false, dot: false })).sort();
      if (matches.length === 0) yield { kind: 'missing', path: arg, reason: 'pattern matches no file' };
      for (const path of matches) yield* walk(path);
      continue;
    }
    yield* walk(arg);
  }
}

async function* walk(path: string): AsyncGenerator<InputRef> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    yield { kind: 'missing', path, reason: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message };
    return;
  }
  if (info.isFile()) {
    yield { kind: 'file', path, size: info.size };
    return;
  }
  if (!info.isDirectory()) return;
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name)) continue;
    yield* walk(join(path, entry.name));
  }
}
