/**
 * An ingest run: inputs are read in order, each document is checked against
 * the store (known content costs no extraction, which makes a re-run after a
 * crash fast), extracted on the worker pool, and stored in batches, each batch
 * one transaction. Killing the run at any moment loses at most the batch in
 * flight, which the next run redoes.
 * @module
 */
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceDocument } from '../model/provenance.js';
import { expandInputs, readInput } from '../ingest/index.js';
import type { DocumentRecord, Store } from '../store/index.js';
import { simhash } from '../util/simhash.js';
import type { Extraction } from './extract-document.js';
import { contentHash, sourceKey } from './source-key.js';
import { PIPELINE_VERSION } from './version.js';

export interface IngestOptions {
  readonly inputs: readonly string[];
  readonly store: Store;
  /** Extracts one document: inline, or through the worker pool. */
  readonly extract: (doc: SourceDocument) => Promise<Extraction>;
  /** How many documents may be in extraction at once (bounds memory). */
  readonly inFlight?: number;
  readonly batchSize?: number;
  readonly maxDocumentBytes?: number;
  readonly signal?: AbortSignal;
  readonly onDiagnostic?: (d: Diagnostic) => void;
  readonly onProgress?: (p: IngestProgress) => void;
  /** Standard input, when an input is "-". */
  readonly stdin?: AsyncIterable<Uint8Array>;
}

export interface IngestCounts {
  /** Documents read from the inputs. */
  read: number;
  added: number;
  newVersion: number;
  linked: number;
  unchanged: number;
  /** Documents that could not be extracted or stored. */
  failed: number;
  statements: number;
  comments: number;
  removed: number;
  copies: number;
  /** Records or files passed over (request records, images, empty files). */
  skipped: number;
  errors: number;
  warnings: number;
  bytes: number;
  files: number;
}

export interface IngestProgress extends IngestCounts {
  readonly totalBytes: number | null;
  readonly filesDone: number;
  readonly bytesDone: number;
  readonly elapsedMs: number;
}

export interface IngestSummary extends IngestCounts {
  readonly elapsedMs: number;
  readonly interrupted: boolean;
  /** Files with at least one error. */
  readonly failedInputs: readonly string[];
}

/** Runs an ingest to the end (or until the signal aborts it) and returns what it did. */
export async function runIngest(o: IngestOptions): Promise<IngestSummary> {
  const started = Date.now();
  const c: IngestCounts = { read: 0, added: 0, newVersion: 0, linked: 0, unchanged: 0, failed: 0, statements: 0, comments: 0, removed: 0, copies: 0, skipped: 0, errors: 0, warnings: 0, bytes: 0, files: 0 };
  const failedInputs = new Set<string>();
  const batchSize = o.batchSize ?? 64;
  const inFlightLimit = o.inFlight ?? 16;
  let batch: DocumentRecord[] = [];
  const inFlight = new Set<Promise<void>>();
  let totalBytes: number | null = 0;
  let bytesDone = 0;
  let filesDone = 0;

  const report = (d: Diagnostic) => {
    if (d.severity === 'error') {
      c.errors++;
      failedInputs.add(d.file);
    } else if (d.severity === 'warning') c.warnings++;
    o.onDiagnostic?.(d);
  };
  const progress = () => o.onProgress?.({ ...c, totalBytes, filesDone, bytesDone, elapsedMs: Date.now() - started });

  const flush = async () => {
    if (batch.length === 0) return;
    const records = batch;
    batch = [];
    try {
      const results = await o.store.putBatch(records);
      results.forEach((r, i) => {
        const rec = records[i]!;
        if (r.status === 'added' || r.status === 'new-version') {
          if (r.status === 'added') c.added++;
          else c.newVersion++;
          c.statements += rec.result.statements.length;
          c.comments += rec.result.comments.length;
          c.removed += rec.result.removed.length;
          c.copies += r.copies.size;
        } else if (r.status === 'linked') c.linked++;
        else c.unchanged++;
      });
    } catch (e) {
      c.failed += records.length;
      for (const r of records) report({ severity: 'error', step: 'store', message: `could not be stored: ${(e as Error).message}`, file: r.provenance.file, ...(r.provenance.record === undefined ? {} : { record: r.provenance.record }) });
    }
    progress();
  };

  const process = async (doc: SourceDocument) => {
    const hash = contentHash(doc.content);
    const key = sourceKey(doc.provenance);
    const known = await o.store.known(hash, key);
    if (known === 'source-and-content') {
      c.unchanged++;
      return;
    }
    let extraction: Extraction;
    try {
      extraction = await o.extract(doc);
    } catch (e) {
      c.failed++;
      report({ severity: 'error', step: 'extract', message: (e as Error).message, file: doc.provenance.file, ...(doc.provenance.record === undefined ? {} : { record: doc.provenance.record }) });
      return;
    }
    extraction.diagnostics.forEach(report);
    batch.push({
      contentHash: hash,
      sourceKey: key,
      provenance: doc.provenance,
      mediaType: doc.mediaType,
      content: doc.content,
      byteLength: doc.byteLength,
      result: extraction.result,
      fingerprints: extraction.result.statements.map((s) => simhash(s.body)),
      pipelineVersion: PIPELINE_VERSION,
    });
    if (batch.length >= batchSize) await flush();
  };

  const inputs: { path: string; size: number | null }[] = [];
  for await (const ref of expandInputs(o.inputs)) {
    if (ref.kind === 'missing') report({ severity: 'error', step: 'read', message: ref.reason, file: ref.path });
    else if (ref.kind === 'stdin') {
      inputs.push({ path: '-', size: null });
      totalBytes = null;
    } else {
      inputs.push({ path: ref.path, size: ref.size });
      if (totalBytes !== null) totalBytes += ref.size;
    }
  }
  c.files = inputs.length;

  outer: for (const input of inputs) {
    let fileBytes = 0;
    const before = bytesDone;
    for await (const item of readInput(input.path, { ...(o.maxDocumentBytes ? { maxDocumentBytes: o.maxDocumentBytes } : {}), ...(input.path === '-' && o.stdin ? { stream: o.stdin } : {}) })) {
      if (o.signal?.aborted) break outer;
      if (item.kind === 'diagnostic') report(item.diagnostic);
      else if (item.kind === 'skipped') c.skipped++;
      else {
        c.read++;
        c.bytes += item.document.byteLength;
        fileBytes += item.document.byteLength;
        // Decoded (or decompressed) bytes can exceed the file's size; progress counts file bytes.
        if (input.size !== null) bytesDone = before + Math.min(fileBytes, input.size);
        item.diagnostics.forEach(report);
        const p = process(item.document).finally(() => inFlight.delete(p));
        inFlight.add(p);
        if (inFlight.size >= inFlightLimit) await Promise.race(inFlight);
        if (c.read % 16 === 0) progress();
      }
    }
    filesDone++;
    bytesDone = before + (input.size ?? 0);
    progress();
  }
  await Promise.all(inFlight);
  await flush();
  progress();
  return { ...c, elapsedMs: Date.now() - started, interrupted: o.signal?.aborted ?? false, failedInputs: [...failedInputs] };
}
