/**
 * Makes a benchmark corpus of N documents by varying the documents of a
 * folder (the sample corpus by default): years shifted, numbers changed and a
 * reference line added, so every document has its own content hash while
 * keeping the shape of real pages.
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandInputs, readInput } from '../../src/ingest/index.js';
import type { SourceDocument } from '../../src/model/provenance.js';

export interface BenchCorpus {
  readonly dir: string;
  readonly documents: number;
  readonly bytes: number;
}

/** Reads every document under `source`. */
export async function loadDocuments(source: string): Promise<SourceDocument[]> {
  const docs: SourceDocument[] = [];
  for await (const ref of expandInputs([source])) {
    if (ref.kind !== 'file') continue;
    for await (const item of readInput(ref.path)) if (item.kind === 'document') docs.push(item.document);
  }
  return docs;
}

/** Writes `n` varied documents into `dir` as .html and .txt files (100 per folder). */
export function writeCorpus(base: readonly SourceDocument[], n: number, dir: string): BenchCorpus {
  if (base.length === 0) throw new Error('no documents to vary');
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const doc = base[i % base.length]!;
    const round = Math.floor(i / base.length);
    const text = vary(doc.content, round, i, doc.mediaType === 'text/html');
    const folder = join(dir, String(Math.floor(i / 100)).padStart(4, '0'));
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `doc-${i}.${doc.mediaType === 'text/html' ? 'html' : 'txt'}`), text);
    bytes += Buffer.byteLength(text);
  }
  return { dir, documents: n, bytes };
}

function vary(content: string, round: number, i: number, html: boolean): string {
  if (round === 0) return content;
  const shifted = content.replace(/\b(19[89]\d|20[0-2]\d)\b/g, (y) => String(Number(y) - (round % 9))).replace(/\b(\d{1,2}) (killed|wounded|arrested|dead|injured)/g, (_, n: string, w: string) => `${(Number(n) + round) % 97} ${w}`);
  const ref = `Reference ${i}-${round}.`;
  return html ? shifted.replace(/<\/body>/i, `<p>${ref}</p></body>`) : `${shifted}\n${ref}\n`;
}
