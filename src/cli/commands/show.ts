/**
 * `communique show <id>`: one document as stored — its sources, statements
 * (with entity mentions highlighted), reader comments and removed debris, each
 * apart.
 * @module
 */
import type { Statement } from '../../model/contract.js';
import { openStore, type StoredDocument } from '../../store/index.js';
import { highlight, out, styler } from '../terminal.js';
import { UsageError } from './_shared.js';

export interface ShowCommandOptions {
  readonly db: string;
  readonly json?: boolean;
}

export async function showCommand(id: string, o: ShowCommandOptions): Promise<void> {
  const store = await openStore(o.db, { mustExist: true });
  try {
    const doc = await store.getDocument(id);
    if (!doc) throw new UsageError(`no document or statement with id "${id}" in ${o.db} (ids come from \`communique search\`)`);
    if (o.json) out(JSON.stringify(doc));
    else printDocument(doc);
  } finally {
    await store.close();
  }
}

function printDocument(d: StoredDocument): void {
  const s = styler(process.stdout);
  const r = d.result;
  out(`${s('bold', `document ${d.id}`)}  ${r.language ?? 'language unknown'}  ${d.mediaType}  ingested ${d.ingestedAt}`);
  out('');
  out(s('underline', 'Sources'));
  for (const p of d.provenance) {
    const details = [p.source !== p.file ? `file ${p.file}` : '', p.record === undefined ? '' : `record ${p.record}`, p.capturedAt ? `captured ${p.capturedAt}` : '', p.charset ? `charset ${p.charset} (${p.charsetSource})` : ''].filter(Boolean);
    out(`  v${p.version}  ${p.source}${details.length ? s('dim', `  ${details.join(', ')}`) : ''}`);
  }
  r.statements.forEach((st, i) => {
    const meta = d.statements[i];
    out('');
    out(s('underline', `Statement ${meta?.id ?? i + 1}`) + (meta?.copyOf ? s('dim', `  copy of ${meta.copyOf}`) : '') + (meta?.copies.length ? s('dim', `  copied as ${meta.copies.join(', ')}`) : ''));
    out(`  ${s('bold', st.title ?? '(untitled)')}`);
    out(`  issuers:   ${st.issuers.join('; ') || '—'}`);
    out(`  date:      ${st.date ?? '—'}    published: ${st.published ?? '—'}    place: ${st.place ?? '—'}`);
    out('');
    out(indent(withEntities(st)));
    for (const x of st.stances) out(`  ${s('cyan', 'stance')} ${x.source} —${x.relation}→ ${x.target}: ${s('dim', x.evidence)}`);
    for (const ev of st.events) out(`  ${s('magenta', 'event')} ${ev.type} ${ev.date ?? ''} ${ev.place ?? ''}${ev.fatalities === null ? '' : ` (${ev.fatalities} dead)`}: ${s('dim', ev.evidence)}`);
  });
  if (r.comments.length) {
    out('');
    out(s('underline', `Reader comments (${r.comments.length})`));
    for (const c of r.comments) out(`  ${s('bold', c.author ?? 'anonymous')} ${c.date ?? ''}\n${indent(c.text, '    ')}`);
  }
  if (r.removed.length) {
    out('');
    out(s('underline', `Removed boilerplate (${r.removed.length} lines)`));
    for (const line of r.removed) out(s('dim', `  ${line.length > 100 ? line.slice(0, 100) + '…' : line}`));
  }
}

function withEntities(st: Statement): string {
  const ranges = st.entities.map((e) => [e.start, e.end] as const).sort((a, b) => a[0] - b[0]);
  return highlight(st.body, ranges, process.stdout);
}

function indent(text: string, pad = '  '): string {
  return text.split('\n').map((l) => pad + l).join('\n');
}
