/**
 * `communique stats`: what the archive holds.
 * @module
 */
import { openStore, type ArchiveStats } from '../../store/index.js';
import { out, styler } from '../terminal.js';

export interface StatsCommandOptions {
  readonly db: string;
  readonly json?: boolean;
}

export async function statsCommand(o: StatsCommandOptions): Promise<void> {
  const store = await openStore(o.db, { mustExist: true });
  try {
    const stats = await store.stats();
    if (o.json) out(JSON.stringify(stats));
    else printStats(stats);
  } finally {
    await store.close();
  }
}

/** Prints the archive summary. */
export function printStats(st: ArchiveStats): void {
  const s = styler(process.stdout);
  const list = (values: readonly { value: string; count: number }[]) => values.map((v) => `${v.value} (${v.count})`).join(', ') || '—';
  out(`${s('bold', String(st.documents))} documents from ${st.sources} sources, ${s('bold', String(st.statements))} statements (${st.copies} copies of others), ${st.comments} reader comments`);
  out(`  dates:      ${st.firstDate ?? '—'} to ${st.lastDate ?? '—'}`);
  out(`  languages:  ${list(st.languages)}`);
  out(`  formats:    ${list(st.formats)}`);
  out(`  issuers:    ${list(st.issuers)}`);
  out(`  removed:    ${st.removedLines} boilerplate lines; most frequent: ${list(st.topRemoved.slice(0, 6).map((v) => ({ ...v, value: JSON.stringify(v.value.length > 40 ? v.value.slice(0, 40) + '…' : v.value) })))}`);
}
