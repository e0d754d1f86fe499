/**
 * @module
 * The metadata step: for each statement, its issuers (every signatory, names
 * as written, expanded forms preferred over acronyms), the date it was
 * issued, the place of issue; for the page, its own date (`published`). The
 * multilingual date parser lives in `dates/`.
 */
import type { DateMatch, DateParts } from './dates/index.js';
import { findAcronyms } from './issuers/find-acronyms.js';
import { describeStatement } from './describe-statement.js';
import type { PageContextForMeta, StatementInput, StatementMeta } from './describe-statement.js';

export type { PageContextForMeta, StatementInput, StatementMeta } from './describe-statement.js';
export { findPublished } from './published/find-published.js';
export type { PageDateLine } from './published/find-published.js';
export { findAcronyms } from './issuers/find-acronyms.js';
export { parseDateline } from './dateline/parse-dateline.js';
export type { Dateline } from './dateline/parse-dateline.js';
export { titleCaseIfUpper } from './title-case.js';

export interface PageForMeta {
  /** Content lines of the page (bodies, headings), for acronym definitions. */
  readonly texts: readonly string[];
  readonly pageDates: readonly DateMatch[];
  /** The page's date, when known (YYYY-MM-DD). */
  readonly published: string | null;
}

/** Reads the metadata of the statements of one page. */
export type MetadataExtractor = (page: PageForMeta, statements: readonly StatementInput[]) => StatementMeta[];

/** Builds the metadata step. */
export function createMetadataExtractor(): MetadataExtractor {
  return (page, statements) => {
    const context: PageContextForMeta = { acronyms: findAcronyms(page.texts), pageDates: page.pageDates, reference: partsOf(page.published) };
    return statements.map((s) => describeStatement(s, context));
  };
}

function partsOf(iso: string | null): DateParts | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}
