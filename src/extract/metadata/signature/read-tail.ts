/**
 * The signature block at the end of a statement: the short lines after its
 * last sentence (an organisation, its sub-body, a place, a date, "Signed:"
 * and a list of signatories). Read line by line into organisations, places,
 * a date and signatories.
 */
import type { DateMatch } from '../dates/index.js';
import { findDates } from '../dates/index.js';
import { parseDateline } from '../dateline/parse-dateline.js';
import { isAcronym, isPlaceName } from '../dateline/place-shape.js';
import { readIssuedLine } from './issued-line.js';
import { isCapitalisedName, isSignatoryHead, isSubBody, isValedictionLine, looksLikeOrg, stripBullet } from './signature-shape.js';

export interface SignatureBlock {
  /** Organisations and sub-bodies named, in order (as written). */
  readonly orgs: readonly string[];
  /** Entries of a list of signatories (as written, acronyms in parentheses kept). */
  readonly signatories: readonly string[];
  /** Places named, in order. */
  readonly places: readonly string[];
  /** The last date of the block. */
  readonly date: DateMatch | null;
}

// Signature lines are short and do not end a sentence.
const MAX_SIGNATURE_WORDS = 16;
const MAX_TAIL_LINES = 60;
// A capitalised line that names a text, not its signer ("Statement of Support for …", "Read the full report").
const NOT_A_NAME_RE = /^(?:statement|declaration|appeal|letter|report|press|read|download|click|see|more|related|communiqu|d[ée]claration|comunicado|erkl[äa]rung|a[çc][ıi]klama)/iu;
const words = (s: string) => s.trim().split(/\s+/u).filter((w) => w !== '').length;

/** The trailing signature lines of a body (empty when it ends with a sentence). */
export function signatureLines(body: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = body.length - 1; i >= 0 && out.length < MAX_TAIL_LINES; i--) {
    const t = body[i]!.trim();
    if (t.length > 200 || words(t) > MAX_SIGNATURE_WORDS || /[.!?;…]["”»)]?$/u.test(t.replace(/(?:^|\s)\p{Lu}\.$/u, ''))) {
      if (!isSignatoryHead(t)) break;
    }
    out.unshift(t);
  }
  return out;
}

/** Reads a signature block (from `signatureLines`). */
export function readSignature(lines: readonly string[], acronyms: ReadonlyMap<string, string>): SignatureBlock {
  const orgs: string[] = [];
  const places: string[] = [];
  const signatories: string[] = [];
  let date: DateMatch | null = null;
  let listing = false;
  lines.forEach((raw, n) => {
    const line = stripBullet(raw);
    if (isSignatoryHead(line)) {
      listing = true;
      const after = line.replace(/^[^:]*:\s*/u, '');
      if (after !== line && after.trim() !== '') signatories.push(...after.split(/\s*[;,]\s*/u).filter((s) => s !== ''));
      return;
    }
    if (listing) {
      if (findDates(line).length === 0) signatories.push(line);
      return;
    }
    if (isValedictionLine(line)) return;
    const issued = readIssuedLine(line);
    if (issued) {
      if (issued.org) orgs.push(issued.org);
      if (issued.place) places.push(issued.place);
      // "Fait à Kinshasa, le 15 juin 2018" also dates the statement.
      const found = findDates(line);
      if (found.length > 0) date = found[found.length - 1]!;
      return;
    }
    const dates = findDates(line, { yearOnly: true });
    const dl = parseDateline(line, dates);
    let rest = line;
    if (dl) {
      date = dl.date;
      rest = dl.place ?? '';
    } else if (dates.length > 0) {
      date = dates[dates.length - 1]!;
      rest = (line.slice(0, date.start) + ' ' + line.slice(date.end)).trim();
    }
    const parts = rest.split(/\s*[,،]\s*/u).map((p) => p.trim()).filter((p) => p !== '' && !/^(?:le|el|den|am)$/iu.test(p));
    const last = n === lines.length - 1 || (n === lines.length - 2 && findDates(lines[n + 1]!).length > 0);
    const before = places.length;
    for (const p of parts) {
      if (isSubBody(p) && !looksLikeOrg(p)) continue;
      if (isAcronym(p) && (acronyms.has(p) || !isAllCapsLine(line))) orgs.push(p);
      else if (looksLikeOrg(p)) orgs.push(p);
      else if (isSubBody(p)) continue;
      else if (isPlaceName(p) && (dl !== null || (parts.length > 1 && p !== parts[0]) || (last && parts.length === 1 && lines.length > 1))) places.push(p);
      else if (parts.length === 1 && !dl && isCapitalisedName(p) && words(p) <= 6 && !NOT_A_NAME_RE.test(p)) orgs.push(p);
    }
    // The place parts of one line are one place ("Popayán, Cauca").
    if (places.length - before > 1) places.splice(before, places.length - before, places.slice(before, before + 2).join(', '));
  });
  return { orgs, signatories, places, date };
}

const isAllCapsLine = (s: string) => s === s.toUpperCase();
