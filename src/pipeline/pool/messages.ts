/**
 * Messages between the extraction pool and its workers.
 * @module
 */
import type { SourceDocument } from '../../model/provenance.js';
import type { PageContext } from '../../clean/understand-page.js';
import type { Extraction } from '../extract-document.js';

export interface PoolRequest {
  readonly id: number;
  readonly document: SourceDocument;
  readonly context?: Omit<PageContext, 'timeBudgetMs'>;
}

export type PoolResponse =
  | { readonly kind: 'ready' }
  | { readonly kind: 'done'; readonly id: number; readonly extraction: Extraction }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };
