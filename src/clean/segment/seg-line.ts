/**
 * What a content line can be in a statement, judged from its shape and a few
 * cue lists: running text (B), a heading (H), a kicker (K), a place-and-date
 * line (D), a dateline opening a paragraph (Dp), a bare date (T), a
 * salutation (S), a valediction (V), or another short line (O: signature
 * parts, list intros). Debris and comment lines are X.
 */
import type { LineRecord } from '../boilerplate/index.js';
import { INLINE_DEBRIS } from '../boilerplate/index.js';
import { endsWithPeriod, isAllCaps, isListItem, wordCount, wordsOf } from '../boilerplate/line-shape.js';
import { foldForCues } from '../text/fold-text.js';
import { parseDateline } from '../../extract/metadata/dateline/parse-dateline.js';
import type { Dateline } from '../../extract/metadata/dateline/parse-dateline.js';
import { ON_BEHALF_LEADS, ORG_WORDS, SUBBODY_WORDS } from '../../extract/metadata/model/org-words.js';
import { KICKER_LEADS, KICKER_LINES, KICKER_TAILS } from './model/kickers.js';
import { ANNOUNCE_CUES, SALUTATIONS } from './model/openings.js';
import { SIGNATORY_HEADERS, VALEDICTIONS } from '../../extract/metadata/model/signature-cues.js';
import { MAX_HEADING_CHARS, MAX_HEADING_WORDS, MAX_SALUTATION_WORDS, MAX_SIGNATURE_WORDS, MIN_TEXT_WORDS } from './model/thresholds.js';

export type SegClass = 'B' | 'H' | 'K' | 'D' | 'Dp' | 'T' | 'S' | 'V' | 'O' | 'X';

export interface SegLine {
  readonly line: LineRecord;
  readonly cls: SegClass;
  readonly dateline: Dateline | null;
  /** Debris cut out of a statement without ending it (an advertisement line). */
  readonly inline: boolean;
  /** Can close a statement: a date, a place, a valediction, an organisation or list of signatories. */
  readonly signature: boolean;
  /** On the first line of a hard-wrapped unit: the unit's whole text (a title wrapped over two lines). */
  readonly unitText?: string;
  /** On every line of a hard-wrapped unit: the index of its first line. */
  readonly unitStart?: number;
}

const set = (list: readonly string[]) => new Set(list.map((p) => foldForCues(p)));
const kickerLines = set(KICKER_LINES);
const valedictions = set(VALEDICTIONS);
const signatoryHeaders = set(SIGNATORY_HEADERS);
const orgWords = set(ORG_WORDS);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alt = (list: readonly string[]) => [...set(list)].sort((a, b) => b.length - a.length).map(esc).join('|');
const KICKER_LEAD_RE = new RegExp(`^(?:${alt(KICKER_LEADS)})(?![\\p{L}\\p{N}])`, 'u');
const KICKER_TAIL_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(KICKER_TAILS)})$`, 'u');
const SALUTATION_RE = new RegExp(`^(?:${alt(SALUTATIONS)})(?![\\p{L}\\p{N}])`, 'u');
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const bare = (text: string) => foldForCues(text).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** A kicker line ("PRESS RELEASE", "Statement of the …", "Déclaration du …"). */
export function isKicker(text: string): boolean {
  if (text.length > 300 || wordCount(text) > MAX_HEADING_WORDS) return false;
  const b = bare(text);
  // "Statement No. 14", "COMMUNIQUÉ DE PRESSE N° 014/2020/BP", "بيان رقم (١٤)": a kicker with its number.
  const unnumbered = b.replace(NUMBERED_RE, '').trim();
  return kickerLines.has(b) || kickerLines.has(unnumbered) || KICKER_LEAD_RE.test(b) || KICKER_TAIL_RE.test(b);
}

const NUMBERED_RE = /\s*(?:no\.?|n[°º]|nr\.?|num\.?|number|numero|numéro|número|sayi|رقم|#)\s*[(\[]?[\d\u0660-\u0669][\p{L}\d\u0660-\u0669/.\-]*[)\]]?$/iu;

const ANNOUNCE_RE = new RegExp(`(?<![\\p{L}])(?:${alt(ANNOUNCE_CUES)})(?![\\p{L}])`, 'u');

/** Announces the text that follows ("… issued the following statement:", "Voici le communiqué :"). */
export const announcesBelow = (text: string): boolean => text.length <= 400 && ANNOUNCE_RE.test(foldForCues(text));

/** A signatory-list header ("Signed:", "Signataires :"). */
export const isSignatoryHeader = (text: string): boolean => text.length <= 60 && signatoryHeaders.has(bare(text));
/** A valediction ("Fraternally,", "En solidarité,"). */
export const isValediction = (text: string): boolean => text.length <= 60 && valedictions.has(bare(text));

function isSalutation(text: string, words: number): boolean {
  // "Brothers and sisters on the estates of Hatton, fellow workers in the towns," is a salutation too: cue first, comma last.
  return words <= MAX_LONG_SALUTATION_WORDS && /[,:!]\s*$/u.test(text) && SALUTATION_RE.test(bare(text)) && (words <= MAX_SALUTATION_WORDS || /,\s*$/u.test(text));
}

const MAX_LONG_SALUTATION_WORDS = 30;

const onBehalfRe = new RegExp(`^(?:${alt(ON_BEHALF_LEADS)})(?![\\p{L}\\p{N}])`, 'u');
const subBody = set(SUBBODY_WORDS);

/** Looks like an organisation's name or a signature part ("Executive Board, FPWV", "Sudan Democracy Monitor (SDM)", "Pour le Bureau exécutif national,"). */
export function isOrgLike(text: string): boolean {
  const t = text.trim();
  if (t.length > 160 || /[.!?;]["”»]?$/u.test(t) || /:\s/u.test(t)) return false;
  const words = wordsOf(t);
  if (words.length === 0 || words.length > MAX_SIGNATURE_WORDS) return false;
  if (/\(\p{Lu}[\p{Lu}\d&\-]{1,9}\)$/u.test(t)) return true;
  const b = bare(t);
  if (onBehalfRe.test(b)) return true;
  const folded = b.split(/[^\p{L}']+/u).filter((w) => w !== '');
  if (folded.length > 0 && folded.every((w) => subBody.has(w))) return true;
  const caps = !isAllCaps(t) && /(?<![\p{L}])\p{Lu}{2,}[\d\-]*\p{Lu}*(?![\p{L}])/u.test(t);
  if (caps && words.length <= 10) return true;
  const capitalised = words.filter((w) => w[0] !== w[0]!.toLowerCase()).length;
  return capitalised / words.length >= 0.6 && folded.some((w) => orgWords.has(w));
}

/** Running text: a sentence, a long line, a list item. */
function isText(line: LineRecord): boolean {
  const t = line.text;
  if (line.words >= 30) return true;
  if (isListItem(t) && line.words >= 3) return true;
  if (endsWithPeriod(t) && line.words >= 6) return true;
  if (/[;]\s*$/u.test(t) && line.words >= 4) return true;
  if (/[:]\s*$/u.test(t) && line.words >= 8) return true;
  // A long sentence that runs on into a list ("The Congress, meeting in Lilongwe from 13 to 15 September,").
  if (/,\s*$/u.test(t) && line.words >= 12) return true;
  if (line.prose && line.words >= 20) return true;
  return line.words >= MIN_TEXT_WORDS && line.prose && !/[!?]["”»]?\s*$/u.test(t);
}

/** Classifies one line of the page for segmentation. */
export function classifySegLine(line: LineRecord, isComment: boolean): SegLine {
  const inline = line.kind !== null && INLINE_DEBRIS.has(line.kind);
  if (line.kind !== null || isComment) return { line, cls: 'X', dateline: null, inline, signature: false };
  const text = line.text;
  const dateline = line.dates.length > 0 && line.words <= 60 ? parseDateline(text, line.dates) : null;
  if (dateline) {
    const rest = text.slice(dateline.restStart);
    if (wordCount(rest) >= 4) return { line, cls: dateline.place !== null ? 'Dp' : 'B', dateline, inline: false, signature: false };
    if (rest.trim() === '') return { line, cls: dateline.place !== null ? 'D' : 'T', dateline, inline: false, signature: true };
  }
  const cls = shortClass(line, text);
  // Only lines that are not running text can sign a statement; the organisation test is the costly one.
  const signature = cls === 'V' || cls === 'O' && isSignatoryHeader(text) || (cls !== 'B' && cls !== 'K' && cls !== 'S' && cls !== 'T' && line.words <= MAX_SIGNATURE_WORDS && isOrgLike(text)) || (cls === 'T' && !line.hasTime);
  return { line, cls, dateline, inline: false, signature };
}

/** The class of a content line that is not a dateline. */
function shortClass(line: LineRecord, text: string): SegClass {
  const headingTag = HEADING_TAGS.has(line.tag) || line.hint === 'title';
  const short = line.words <= MAX_HEADING_WORDS;
  // "The Polit Bureau … has issued the following statement:" announces the text below it, like a kicker.
  if (short && isKicker(text)) return 'K';
  const colon = /:\s*$/u.test(text);
  if (colon && line.words <= 40 && announcesBelow(text)) return 'K';
  if (isSalutation(text, line.words)) return 'S';
  if (text.length <= 60 && isValediction(text)) return 'V';
  if (text.length <= 60 && isSignatoryHeader(text)) return 'O';
  if (!headingTag && isText(line)) return 'B';
  if (line.dateCover >= 0.6 && line.dates.some((d) => d.year !== null)) return 'T';
  const heading = headingTag || (short && text.length <= MAX_HEADING_CHARS && !colon && !/[,;]\s*$/u.test(text) && !isListItem(text) && !endsWithPeriod(text));
  return heading ? 'H' : 'O';
}
