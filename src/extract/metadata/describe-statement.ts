/**
 * The metadata of one statement: issuers, the date it was issued, and the
 * place of issue. An opening dateline or a signature gives place and date;
 * a kicker or a bare date line above the body gives the date when they do
 * not. Only dates the text states are used: a statement with none gets null,
 * not the page date. A date without a year takes the page's year.
 */
import type { DateMatch, DateParts } from './dates/index.js';
import { findDates, inPageOrder, isoOf, withYearFrom } from './dates/index.js';
import { parseDateline } from './dateline/parse-dateline.js';
import { isAcronym, isPlaceName } from './dateline/place-shape.js';
import { resolveIssuers } from './issuers/resolve-issuers.js';
import { readSignature, signatureLines } from './signature/read-tail.js';
import { isSubBody, looksLikeOrg } from './signature/signature-shape.js';
import { isUpperText, titleCaseIfUpper } from './title-case.js';

/** What the metadata step reads for one statement. */
export interface StatementInput {
  /** Body lines, in order. */
  readonly body: readonly string[];
  readonly title: string | null;
  /** Kicker lines above the body ("PRESS RELEASE", "Statement of …"). */
  readonly kickers: readonly string[];
  /** Content lines between the previous statement and the body (not debris), in order. */
  readonly header: readonly string[];
}

/** What the page gives every statement. */
export interface PageContextForMeta {
  /** Acronym definitions of the whole page. */
  readonly acronyms: ReadonlyMap<string, string>;
  /** Every date of the page, to read numeric dates the page's way round. */
  readonly pageDates: readonly DateMatch[];
  /** The page date, to give a year to "April 17". */
  readonly reference: DateParts | null;
}

export interface StatementMeta {
  readonly issuers: readonly string[];
  readonly date: string | null;
  readonly place: string | null;
}

/** Reads issuers, date and place of one statement. */
export function describeStatement(input: StatementInput, page: PageContextForMeta): StatementMeta {
  const first = input.body[0] ?? '';
  const opening = first.length <= 2000 ? parseDateline(first, findDates(first, { maxChars: 200 })) : null;
  const tail = input.body.length > 1 ? signatureLines(input.body.slice(1)) : [];
  const signature = readSignature(tail, page.acronyms);
  const issuers = resolveIssuers({
    signature,
    kickers: input.kickers,
    title: input.title,
    headerLines: input.header,
    agency: opening?.agency ?? null,
    firstLine: opening ? first.slice(opening.restStart) : first,
    acronyms: page.acronyms,
  });
  const date = pickDate(opening?.date ?? null, signature.date, input, page);
  const place = pickPlace(opening?.place ?? null, signature.places, page.acronyms);
  return { issuers, date, place };
}

function pickDate(opening: DateMatch | null, signed: DateMatch | null, input: StatementInput, page: PageContextForMeta): string | null {
  let d = opening ?? signed;
  if (!d) for (const k of input.kickers) d = d ?? findDates(k).find((x) => x.year !== null) ?? null;
  if (!d) {
    // A bare date line just above the body ("3 September 2015").
    const above = input.header[input.header.length - 1];
    const found = above ? findDates(above) : [];
    if (found.length === 1 && !found[0]!.hasTime && !found[0]!.hasWeekday && found[0]!.end - found[0]!.start >= above!.trim().length - 2) d = found[0]!;
  }
  if (!d) return null;
  if (d.year === null && page.reference) d = withYearFrom(d, page.reference);
  return isoOf(inPageOrder(d, page.pageDates));
}

/** The place of issue as written: the place parts of the dateline ("Wallmapu, Collipulli"; not the sender in "LDSC, Liverpool"). */
function pickPlace(opening: string | null, signed: readonly string[], acronyms: ReadonlyMap<string, string>): string | null {
  const parts = (opening ?? '').split(/\s*[,،]\s*/u).filter((p) => isPlaceName(p) && !looksLikeOrg(p) && !isSubBody(p) && !(isAcronym(p) && (acronyms.has(p) || !isUpperText(opening ?? ''))));
  const place = parts.length > 0 ? parts.slice(0, MAX_PLACE_PARTS).join(/،/u.test(opening ?? '') ? '، ' : ', ') : (signed[0] ?? null);
  return place === null ? null : titleCaseIfUpper(place);
}

// "Popayán, Cauca": a town and its region; more parts are an address.
const MAX_PLACE_PARTS = 2;
