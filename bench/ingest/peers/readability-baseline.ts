/**
 * The peer for the ingest benchmark: the pipeline most people would write
 * first — Mozilla Readability on linkedom for HTML, text kept as it is, each
 * document inserted into a SQLite FTS5 table. No segmentation, metadata,
 * comments, language or deduplication.
 * @module
 */
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { expandInputs } from '../../../src/ingest/index.js';

export async function runReadabilityBaseline(dir: string, dbPath: string): Promise<{ documents: number; bytes: number }> {
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS docs USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')");
  const insert = db.prepare('INSERT INTO docs (title, body) VALUES (?, ?)');
  let documents = 0;
  let bytes = 0;
  let batch: [string, string][] = [];
  const flush = db.transaction((rows: [string, string][]) => {
    for (const r of rows) insert.run(...r);
  });
  for await (const ref of expandInputs([dir])) {
    if (ref.kind !== 'file') continue;
    const content = readFileSync(ref.path, 'utf8');
    bytes += Buffer.byteLength(content);
    let title = '';
    let body = content;
    if (ref.path.endsWith('.html')) {
      const { document } = parseHTML(content);
      try {
        const article = new Readability(document as never).parse();
        title = article?.title ?? '';
        body = article?.textContent ?? '';
      } catch {
        // Readability throws on some pages under linkedom; keep the page's whole text, as a user would.
        body = document.body?.textContent ?? content;
      }
    }
    batch.push([title, body]);
    documents++;
    if (batch.length >= 64) {
      flush(batch);
      batch = [];
    }
  }
  flush(batch);
  db.close();
  return { documents, bytes };
}
