/**
 * Reads the CASE 2021 task 2 file format: a header `id EventSnippet SubType`,
 * tab-separated, one snippet per line, no quoting.
 */
import { readFileSync } from 'node:fs';

/** One labelled snippet. */
export interface CaseRow {
  readonly id: string;
  readonly text: string;
  readonly label: string;
}

/** Parses the rows of a CASE task 2 TSV file, finding columns by their header names. */
export function readCaseTsv(path: string): CaseRow[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/u).filter((l) => l.trim() !== '');
  const header = (lines.shift() ?? '').split('\t');
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${path}: no column "${name}" in the header`);
    return i;
  };
  const [id, text, label] = [col('id'), col('EventSnippet'), col('SubType')];
  return lines.map((line) => {
    const f = line.split('\t');
    return { id: f[id] ?? '', text: f[text] ?? '', label: (f[label] ?? '').trim() };
  });
}
