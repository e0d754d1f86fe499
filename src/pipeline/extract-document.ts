/**
 * One document through every step: page tree, statements, language, entities,
 * places, events, stances. Models load once when the extractor is created;
 * after that, extraction is a pure function of the document.
 * @module
 */
import { htmlToPage } from '../clean/html/index.js';
import { loadLanguageDetector, identifyLanguage } from '../clean/language/index.js';
import { textToPage } from '../clean/text/index.js';
import { understandPage, type PageContext } from '../clean/understand-page.js';
import type { ExtractResult, Statement } from '../model/contract.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Page } from '../model/page.js';
import type { SourceDocument } from '../model/provenance.js';
import { resolveSteps, type StepName } from './steps.js';
import { createStatementAnalyzer, type StatementAnalyzer } from './analyze-statement.js';

export interface ExtractorOptions {
  /** Run only these steps (in pipeline order); all by default. */
  readonly steps?: readonly string[];
  /** Time one document may take in the page steps before they stop with a warning. */
  readonly timeBudgetMs?: number;
}

export interface Extraction {
  readonly result: ExtractResult;
  readonly diagnostics: readonly Diagnostic[];
}

export type ExtractFn = (doc: SourceDocument, context?: Omit<PageContext, 'timeBudgetMs'>) => Extraction;

/** Default per-document budget for the page steps. */
export const DEFAULT_TIME_BUDGET_MS = 5000;

/** Loads what the steps need and returns the extraction function. */
export async function createExtractor(options: ExtractorOptions = {}): Promise<ExtractFn> {
  const steps = new Set<StepName>(resolveSteps(options.steps));
  if (steps.has('language')) await loadLanguageDetector();
  const analyzer: StatementAnalyzer = await createStatementAnalyzer(steps);
  const timeBudgetMs = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;

  return function extract(doc, context = {}) {
    const p = doc.provenance;
    const diagnostics: Diagnostic[] = [];
    const page = toPage(doc);
    const analysis = understandPage(page, { ...(p.url ? { url: p.url } : {}), ...(p.capturedAt ? { capturedAt: p.capturedAt } : {}), ...context, timeBudgetMs });
    for (const message of analysis.warnings) diagnostics.push({ severity: 'warning', step: 'understand', message, file: p.file, ...(p.record === undefined ? {} : { record: p.record }) });
    const bodies = analysis.statements.map((s) => s.body).join('\n\n');
    const language = steps.has('language') ? identifyLanguage(bodies || analysis.comments.map((c) => c.text).join('\n')) ?? page.meta.language ?? null : page.meta.language ?? null;
    const statements: Statement[] = analysis.statements.map((draft) => analyzer({ ...draft, entities: [], stances: [], events: [] }, language));
    return {
      diagnostics,
      result: { source: p.source, language, statements, comments: analysis.comments, removed: analysis.removed },
    };
  };
}

function toPage(doc: SourceDocument): Page {
  return doc.mediaType === 'text/html' ? htmlToPage(doc.content, doc.provenance.url ? { url: doc.provenance.url } : {}) : textToPage(doc.content);
}
