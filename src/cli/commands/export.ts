/**
 * `communique export --format jsonl|csv`: the archive for other tools.
 * JSONL gives one document per line in the contract's shape (plus id and
 * sources); CSV gives one statement per row.
 * @module
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { stringify } from 'csv-stringify/sync';
import { openStore, type StoredDocument } from '../../store/index.js';
import { UsageError } from './_shared.js';

export interface ExportCommandOptions {
  readonly db: string;
  readonly format: string;
  readonly out?: string;
}

const FORMATS = ['jsonl', 'csv'] as const;
export const CSV_COLUMNS = ['statement_id', 'document_id', 'source', 'url', 'language', 'title', 'issuers', 'date', 'published', 'place', 'copy_of', 'comments', 'body'] as const;

export async function exportCommand(o: ExportCommandOptions): Promise<number> {
  if (!(FORMATS as readonly string[]).includes(o.format)) throw new UsageError(`--format takes ${FORMATS.join(' or ')}, not "${o.format}"`);
  const store = await openStore(o.db, { mustExist: true });
  const sink = o.out ? createWriteStream(o.out) : process.stdout;
  const write = async (chunk: string) => {
    if (!sink.write(chunk)) await once(sink, 'drain');
  };
  let rows = 0;
  try {
    if (o.format === 'csv') await write(stringify([CSV_COLUMNS as unknown as string[]]));
    for await (const doc of store.documents()) {
      if (o.format === 'jsonl') {
        await write(JSON.stringify(jsonlRecord(doc)) + '\n');
        rows++;
      } else {
        const lines = csvRows(doc);
        rows += lines.length;
        if (lines.length) await write(stringify(lines));
      }
    }
  } finally {
    await store.close();
    if (o.out) {
      (sink as NodeJS.WritableStream).end();
      await once(sink, 'finish');
    }
  }
  return rows;
}

function jsonlRecord(d: StoredDocument) {
  return { id: d.id, ...d.result, statementIds: d.statements.map((s) => s.id), sources: d.provenance };
}

function csvRows(d: StoredDocument): string[][] {
  const first = d.provenance[0];
  return d.result.statements.map((st, i) => [
    d.statements[i]?.id ?? `${d.id}-${i + 1}`,
    d.id,
    first?.source ?? '',
    first?.url ?? '',
    d.result.language ?? '',
    st.title ?? '',
    st.issuers.join('; '),
    st.date ?? '',
    st.published ?? '',
    st.place ?? '',
    d.statements[i]?.copyOf ?? '',
    String(d.result.comments.length),
    st.body,
  ]);
}
