/**
 * `communique ingest <paths|globs|->…`: read, extract and store documents.
 * @module
 */
import { formatDiagnostic } from '../../model/diagnostic.js';
import { createExtractor } from '../../pipeline/extract-document.js';
import { runIngest, type IngestSummary } from '../../pipeline/ingest-run.js';
import { ExtractPool } from '../../pipeline/pool/extract-pool.js';
import { openStore } from '../../store/index.js';
import { createProgressReporter } from '../progress.js';
import { err, out } from '../terminal.js';
import { intOption } from './_shared.js';

export interface IngestCommandOptions {
  readonly db: string;
  readonly json?: boolean;
  readonly workers?: string;
  readonly maxDocumentMb?: string;
  readonly batch?: string;
  readonly quiet?: boolean;
}

/** Runs the ingest and returns its summary; the caller decides the exit code. */
export async function ingestCommand(inputs: readonly string[], o: IngestCommandOptions): Promise<IngestSummary> {
  const workers = intOption('--workers', o.workers, 2);
  const maxDocumentBytes = intOption('--max-document-mb', o.maxDocumentMb, 32) * 1024 * 1024;
  const batchSize = Math.max(1, intOption('--batch', o.batch, 64));
  const store = await openStore(o.db);
  const progress = createProgressReporter(o.quiet || o.json ? 'none' : process.stderr.isTTY ? 'bar' : 'plain');
  const controller = new AbortController();
  const onSignal = () => {
    if (controller.signal.aborted) process.exit(130);
    progress.log('communique: interrupted; storing what was extracted (press Ctrl-C again to quit at once)');
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const pool = workers > 0 ? new ExtractPool({ workers }) : undefined;
  try {
    let extract;
    if (pool) {
      await pool.ready();
      extract = (doc: Parameters<ExtractPool['extract']>[0]) => pool.extract(doc);
    } else {
      const inline = await createExtractor();
      extract = async (doc: Parameters<typeof inline>[0]) => inline(doc);
    }
    const summary = await runIngest({
      inputs,
      store,
      extract,
      batchSize,
      maxDocumentBytes,
      inFlight: Math.max(4, workers * 4),
      signal: controller.signal,
      stdin: process.stdin,
      onDiagnostic: (d) => progress.log(`communique: ${formatDiagnostic(d)}`),
      onProgress: (p) => progress.update(p),
    });
    progress.stop();
    // maxRSS covers the worker threads too: they share the process.
    if (o.json) out(JSON.stringify({ ...summary, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
    else if (!o.quiet) printSummary(summary, o.db);
    return summary;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await pool?.close();
    await store.close();
  }
}

function printSummary(s: IngestSummary, db: string): void {
  const rate = s.elapsedMs > 0 ? ((s.read * 1000) / s.elapsedMs).toFixed(0) : '0';
  err(`${s.interrupted ? 'interrupted after' : 'read'} ${s.read} documents from ${s.files} inputs in ${(s.elapsedMs / 1000).toFixed(1)} s (${rate} documents/s) into ${db}`);
  err(`  added ${s.added}, new versions ${s.newVersion}, already stored ${s.unchanged}, same content from another source ${s.linked}, failed ${s.failed}`);
  err(`  ${s.statements} statements (${s.copies} recognised as copies of stored ones), ${s.comments} reader comments, ${s.removed} boilerplate lines removed`);
  if (s.skipped) err(`  skipped ${s.skipped} records or files that hold no document (requests, images, empty files)`);
  if (s.errors) err(`  ${s.errors} errors in ${s.failedInputs.length} inputs (listed above)`);
}
