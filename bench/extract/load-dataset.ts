/**
 * Reads a folder in the article-extraction benchmark format
 * (`html/<id>.html.gz` + `ground-truth.json`) into memory, so the timed part
 * of the benchmark does no file reading or gunzip.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One page with its ground truth. */
export interface BenchPage {
  readonly id: string;
  readonly url: string | undefined;
  readonly html: string;
  readonly truth: string;
}

interface TruthEntry {
  readonly articleBody?: string;
  readonly url?: string;
}

/** Loads every page listed in `ground-truth.json`, sorted by id. */
export function loadDataset(dir: string): BenchPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, TruthEntry>;
  const pages: BenchPage[] = [];
  for (const id of Object.keys(truth).sort()) {
    const gz = join(dir, 'html', `${id}.html.gz`);
    const plain = join(dir, 'html', `${id}.html`);
    const bytes = existsSync(gz) ? gunzipSync(readFileSync(gz)) : existsSync(plain) ? readFileSync(plain) : null;
    if (bytes === null) continue;
    const entry = truth[id]!;
    pages.push({ id, url: entry.url, html: bytes.toString('utf8'), truth: entry.articleBody ?? '' });
  }
  return pages;
}
