/**
 * `communique extract <file…> --json`: the contract JSON for each document,
 * one object per line, no database involved.
 * @module
 */
import { expandInputs, readInput } from '../../ingest/index.js';
import { formatDiagnostic, type Diagnostic } from '../../model/diagnostic.js';
import type { ExtractResult } from '../../model/contract.js';
import { contractErrors } from '../../model/validate.js';
import { createExtractor } from '../../pipeline/extract-document.js';
import { err, out, styler } from '../terminal.js';
import { intOption } from './_shared.js';

export interface ExtractCommandOptions {
  readonly json?: boolean;
  readonly pretty?: boolean;
  readonly steps?: string;
  readonly maxDocumentMb?: string;
}

/** Prints the extraction of every document in the inputs; returns the number of errors. */
export async function extractCommand(inputs: readonly string[], o: ExtractCommandOptions): Promise<number> {
  const maxDocumentBytes = intOption('--max-document-mb', o.maxDocumentMb, 32) * 1024 * 1024;
  const extract = await createExtractor(o.steps ? { steps: o.steps.split(',').map((s) => s.trim()).filter(Boolean) } : {});
  let errors = 0;
  const report = (d: Diagnostic) => {
    if (d.severity === 'error') errors++;
    err(`communique: ${formatDiagnostic(d)}`);
  };
  for await (const ref of expandInputs(inputs)) {
    if (ref.kind === 'missing') {
      report({ severity: 'error', step: 'read', message: ref.reason, file: ref.path });
      continue;
    }
    const path = ref.kind === 'stdin' ? '-' : ref.path;
    for await (const item of readInput(path, { maxDocumentBytes, ...(path === '-' ? { stream: process.stdin } : {}) })) {
      if (item.kind === 'diagnostic') report(item.diagnostic);
      if (item.kind !== 'document') continue;
      item.diagnostics.forEach(report);
      try {
        const { result, diagnostics } = extract(item.document);
        diagnostics.forEach(report);
        const problems = contractErrors(result);
        if (problems.length) report({ severity: 'error', step: 'contract', message: `output breaks the contract: ${problems.slice(0, 3).join('; ')}`, file: path });
        if (o.json) out(JSON.stringify(result, null, o.pretty ? 2 : undefined));
        else printReadable(result);
      } catch (e) {
        report({ severity: 'error', step: 'extract', message: (e as Error).message, file: path, ...(item.document.provenance.record === undefined ? {} : { record: item.document.provenance.record }) });
      }
    }
  }
  return errors;
}

function printReadable(r: ExtractResult): void {
  const s = styler(process.stdout);
  out(s('bold', r.source) + `  ${r.language ?? 'language unknown'}  ${r.statements.length} statement(s), ${r.comments.length} comment(s), ${r.removed.length} line(s) removed`);
  r.statements.forEach((st, i) => {
    out(`  ${i + 1}. ${s('bold', st.title ?? '(untitled)')}`);
    out(`     issuers: ${st.issuers.join('; ') || '—'}  date: ${st.date ?? '—'}  published: ${st.published ?? '—'}  place: ${st.place ?? '—'}`);
    out(`     ${st.body.slice(0, 160).replace(/\s+/g, ' ')}${st.body.length > 160 ? '…' : ''}`);
    if (st.entities.length) out(`     entities: ${[...new Set(st.entities.map((e) => `${e.text} (${e.type})`))].slice(0, 12).join(', ')}`);
    for (const x of st.stances) out(`     stance: ${x.source} —${x.relation}→ ${x.target}`);
    for (const ev of st.events) out(`     event: ${ev.type} ${ev.date ?? ''} ${ev.place ?? ''} ${ev.fatalities === null ? '' : `(${ev.fatalities} dead)`}`);
  });
  out('');
}
