/**
 * One name for one organisation. A signature says "Executive Secretariat of
 * the PAFWU", the body defines "the Panhellenic Front of Workers' Unions
 * (PAFWU)": both are the Panhellenic Front of Workers' Unions. The expanded
 * form is preferred over an acronym, and a sub-body ("Secretariat of …",
 * "Central Committee, RDFI") stands for its organisation when the page names
 * that organisation.
 */
import { foldText } from '../../../clean/text/fold-text.js';
import { isSubBody, looksLikeOrg, withoutOnBehalf } from '../signature/signature-shape.js';
import { titleCaseIfUpper } from '../title-case.js';

export interface Canonical {
  /** The name to report. */
  readonly name: string;
  /** The acronym of the organisation, when known (for merging). */
  readonly acronym: string | null;
  /** Only a sub-body or office with no organisation named ("Central Executive Committee"). */
  readonly generic: boolean;
}

const ARTICLES_RE = /^(?:the|la|le|l'|les|el|los|las|die|der|das|des|du|del)\s+/iu;
const TRAIL_ACRONYM_RE = /\s*\(([\p{Lu}][\p{Lu}\d&.\-]{1,11})\)\s*$/u;
const SUB_OF_RE = /^(.{2,60}?)\s+(?:of the|of|de la|de l'|du|de|des|del|de los|des|der|des)\s+(.{3,160})$/u;
const ACRONYM_TOKEN_RE = /(?<![\p{L}\d])[\p{Lu}][\p{Lu}\d&\-]{1,11}(?![\p{L}\d])/gu;

/** The organisation `raw` names, in the form to report. */
export function canonicalName(raw: string, acronyms: ReadonlyMap<string, string>): Canonical {
  let text = withoutOnBehalf(raw.trim().replace(/[,;:.]+$/u, '').trim()).replace(ARTICLES_RE, '').trim();
  const byLong = new Map([...acronyms].map(([s, l]) => [foldText(l), s] as const));
  const keep = new Set(acronyms.keys());
  const trail = TRAIL_ACRONYM_RE.exec(text);
  if (trail) {
    const short = trail[1]!;
    const name = text.slice(0, trail.index).trim();
    const long = acronyms.get(short);
    // "National Coordinating Committee of the Movement … (MSRZ)": the acronym names the organisation, the head is its body.
    if (long && foldText(name).endsWith(foldText(long)) && isSubBody(name.slice(0, name.length - long.length))) return { name: long, acronym: short, generic: false };
    return { name: titleCaseIfUpper(name, keep), acronym: short, generic: false };
  }
  const tokens = [...text.matchAll(ACRONYM_TOKEN_RE)].map((m) => m[0]).filter((t) => acronyms.has(t));
  for (const t of tokens) {
    const rest = text.replace(t, ' ').trim();
    if (rest === '' || isSubBody(rest)) return { name: acronyms.get(t)!, acronym: t, generic: false };
  }
  const folded = foldText(text);
  for (const [long, short] of byLong) {
    if (folded === long) return { name: acronyms.get(short)!, acronym: short, generic: false };
    if (folded.endsWith(long) && isSubBody(text.slice(0, text.length - long.length))) return { name: acronyms.get(short)!, acronym: short, generic: false };
    // "Ege Çevre Meclisi Yürütme Kurulu": Turkish (and some German) put the body after the organisation.
    if (folded.startsWith(long) && folded.length > long.length && isSubBody(text.slice(long.length))) return { name: acronyms.get(short)!, acronym: short, generic: false };
  }
  if (acronyms.has(text)) return { name: acronyms.get(text)!, acronym: text, generic: false };
  // "Polit Bureau of the Communist Party of India": a body of an organisation the name goes on to give.
  const of = SUB_OF_RE.exec(text);
  if (of && isSubBody(of[1]!) && looksLikeOrg(of[2]!) && /^[\p{Lu}]/u.test(of[2]!) && of[2]!.split(/\s+/u).length >= 2) return canonicalName(of[2]!, acronyms);
  // An acronym nobody expands stays an acronym ("MSRZ", not "Msrz").
  if (/^[\p{Lu}][\p{Lu}\d&\-]{1,9}$/u.test(text)) return { name: text, acronym: text, generic: false };
  return { name: titleCaseIfUpper(text, keep), acronym: null, generic: isSubBody(text) };
}
