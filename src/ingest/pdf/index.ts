/**
 * PDF leaflets and reports: the text layer of every page, read with Mozilla's
 * pdf.js, as one plain-text document. Lines are rebuilt from the text items'
 * positions, with a blank line where the vertical gap says a paragraph ends,
 * so later steps see the statement's paragraphs and page furniture as lines.
 * Scripts in the PDF are never run (untrusted input).
 * @module
 */
import { formatBytes, readError, type FormatReader } from '../reader.js';

/** Pages read at most from one PDF: a statement is short; a 3,000-page dump is not one. */
export const MAX_PDF_PAGES = 300;
/** Time one PDF may take before the rest of its pages are skipped with a warning. */
const PDF_TIME_BUDGET_MS = 20_000;

interface TextItem {
  readonly str: string;
  readonly hasEOL: boolean;
  readonly transform: readonly number[];
  readonly height: number;
}

/** Reads a PDF file's text as one document. */
export const readPdf: FormatReader = async function* readPdf(bytes, ctx) {
  if (ctx.size !== undefined && ctx.size > ctx.maxDocumentBytes) {
    yield readError(ctx.file, 'pdf', `file is ${formatBytes(ctx.size)}, over the ${formatBytes(ctx.maxDocumentBytes)} limit for one document; skipped`);
    return;
  }
  if (await bytes.fill(ctx.maxDocumentBytes + 1)) {
    await bytes.skip(Number.MAX_SAFE_INTEGER);
    yield readError(ctx.file, 'pdf', `file is over the ${formatBytes(ctx.maxDocumentBytes)} limit for one document; skipped`);
    return;
  }
  if (bytes.failure) return;
  const raw = await bytes.read(bytes.available);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const started = Date.now();
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(raw), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 }).promise;
  } catch (e) {
    const msg = (e as Error).message || String(e);
    yield readError(ctx.file, 'pdf', /password/i.test(msg) ? 'the PDF is encrypted with a password; skipped' : `not a readable PDF (${msg}); skipped`);
    return;
  }
  const pages: string[] = [];
  const warnings: string[] = [];
  try {
    const count = Math.min(doc.numPages, MAX_PDF_PAGES);
    if (doc.numPages > MAX_PDF_PAGES) warnings.push(`the PDF has ${doc.numPages} pages; only the first ${MAX_PDF_PAGES} were read`);
    for (let n = 1; n <= count; n++) {
      if (Date.now() - started > PDF_TIME_BUDGET_MS) {
        warnings.push(`reading took over ${PDF_TIME_BUDGET_MS / 1000} s; pages ${n}–${count} were skipped`);
        break;
      }
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageText(content.items as unknown as TextItem[]));
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  const text = pages.join('\n\n').trim();
  if (!text) {
    yield readError(ctx.file, 'pdf', 'the PDF has no text layer (a scanned document?); run OCR on it first');
    return;
  }
  yield {
    kind: 'document',
    diagnostics: warnings.map((message) => ({ severity: 'warning', step: 'pdf', message, file: ctx.file })),
    document: {
      mediaType: 'text/plain',
      content: text,
      byteLength: raw.length,
      provenance: { source: ctx.file, file: ctx.file, format: 'pdf', ...(ctx.gzip ? { gzip: true } : {}) },
    },
  };
};

/** The text of one page: items joined into lines, a blank line where the gap between lines is wide. */
export function pageText(items: readonly TextItem[]): string {
  const lines: string[] = [];
  let line = '';
  let lastY: number | null = null;
  let lastHeight = 0;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    if (lastY !== null && item.str.trim() && Math.abs(y - lastY) > Math.max(1, lastHeight * 0.5)) {
      if (line.trim()) lines.push(line.trimEnd());
      line = '';
      // A gap of more than about one and a half lines ends a paragraph.
      if (Math.abs(lastY - y) > Math.max(lastHeight, 8) * 1.8) lines.push('');
    }
    line += item.str;
    if (item.hasEOL) {
      lines.push(line.trimEnd());
      line = '';
    }
    if (item.str.trim()) {
      lastY = y;
      lastHeight = item.height || lastHeight;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}
