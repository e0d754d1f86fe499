/**
 * Shapes of signature parts: bullets before list entries, signatory-list
 * heads, and whether a part names an organisation (or a body in one).
 */
import { foldText } from '../../../clean/text/fold-text.js';
import { ON_BEHALF_LEADS, ORG_WORDS, SUBBODY_WORDS } from '../model/org-words.js';
import { SIGNATORY_HEADERS, VALEDICTIONS } from '../model/signature-cues.js';

const orgWords = new Set(ORG_WORDS.map(foldText));
const subBody = new Set(SUBBODY_WORDS.map(foldText));
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const ON_BEHALF_RE = new RegExp(`^(?:${ON_BEHALF_LEADS.map(foldText).sort((a, b) => b.length - a.length).map(esc).join('|')})\\s+`, 'u');
const heads = new Set(SIGNATORY_HEADERS.map(foldText));
const valedictions = new Set(VALEDICTIONS.map(foldText));

// Arabic joins the article and some prepositions to the word ("اللجنة", "للحزب"): the bare word is looked up too.
const wordsOf = (s: string) => foldText(s).split(/[^\p{L}'’-]+/u).filter((w) => w !== '').flatMap((w) => (/^(?:ال|لل|وال|بال)\p{L}{3,}/u.test(w) ? [w, w.replace(/^(?:ال|لل|وال|بال)/u, '')] : [w]));

/** A bullet, dash or number before a list entry, removed. */
export const stripBullet = (s: string): string => s.replace(/^\s*(?:[-–—•*·▪►]|\(?\d{1,3}[.)])\s+/u, '').trim();

/** "Signed:", "Signataires :", "Firmantes:" (possibly followed by names). */
export function isSignatoryHead(text: string): boolean {
  const head = foldText(text.split(':')[0] ?? '').replace(/[^\p{L}\s-]/gu, '').trim();
  return text.length <= 400 && (text.includes(':') || text.split(/\s+/u).length <= 3) && heads.has(head);
}

/** Every word is a word of sub-bodies and offices ("Executive Secretariat of the", "le Secrétaire général"). */
export function isSubBody(text: string): boolean {
  const w = wordsOf(text.replace(ON_BEHALF_RE, ''));
  return w.length > 0 && w.every((x) => subBody.has(x));
}

/** Names an organisation or one of its bodies: an organisation word, a parenthesised acronym, a sub-body phrase. */
export function looksLikeOrg(text: string): boolean {
  const t = text.trim();
  if (/\(\p{Lu}[\p{Lu}\d&\-]{1,9}\)$/u.test(t)) return true;
  if (ON_BEHALF_RE.test(foldText(t))) return true;
  const w = wordsOf(t);
  return w.some((x) => orgWords.has(x)) || (w.length > 0 && w.every((x) => subBody.has(x)));
}

/** Text after an "on behalf of" lead ("Pour le Bureau exécutif national" → "Bureau exécutif national"). */
export function withoutOnBehalf(text: string): string {
  const m = ON_BEHALF_RE.exec(foldText(text));
  if (!m) return text;
  const n = m[0].trim().split(/\s+/u).length;
  return text.trim().split(/\s+/u).slice(n).join(' ');
}

/** A closing formula ("Fraternally,", "En solidarité,"). */
export function isValedictionLine(text: string): boolean {
  return text.length <= 60 && valedictions.has(foldText(text).replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
}

/** Mostly capitalised words: a name as written in a signature ("Jane Doe", "Comité Mapuche"). */
export function isCapitalisedName(text: string): boolean {
  const words = text.trim().split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 10) return false;
  // Scripts without case (Arabic) cannot show a name by its capitals: every word counts.
  const caps = words.filter((w) => { const c = w.replace(/^[^\p{L}]+/u, '')[0] ?? ''; return c !== c.toLowerCase() || c.toLowerCase() === c.toUpperCase(); }).length;
  return caps / words.length >= 0.5;
}
