/**
 * Problems found while reading or processing a document. Steps record them
 * instead of throwing, so one bad input never stops a run.
 * @module
 */

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  readonly severity: Severity;
  /** The step or reader that found it (`warc`, `decode`, `segment`, …). */
  readonly step: string;
  /** What went wrong, and where inside the input when known. */
  readonly message: string;
  /** The file (or source) concerned. */
  readonly file: string;
  /** Record or line number inside the file, when known. */
  readonly record?: number;
}

/** Formats a diagnostic as one line for stderr: `file[:record]: step: message`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.record === undefined ? d.file : `${d.file}:${d.record}`;
  return `${where}: ${d.severity === 'error' ? '' : d.severity + ': '}${d.step}: ${d.message}`;
}
