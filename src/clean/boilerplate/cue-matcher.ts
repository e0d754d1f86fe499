/**
 * Matching lines against the cue phrases of `model/cues.ts`. All phrases are
 * compiled once into three patterns (whole lines, line starts, phrases
 * anywhere) whose matches map back to their kinds, so a line costs a few
 * regex runs on a bounded, folded prefix whatever the number of cues.
 */
import { foldForCues } from '../text/fold-text.js';
import { PhraseFinder } from '../text/phrase-finder.js';
import type { DebrisKind } from './debris-kind.js';
import { BUTTON_GLUE, BUTTON_WORDS, COUNTER_WORDS, DEBRIS_CUES } from './model/cues.js';
import type { CueSet } from './model/cues.js';

/** Cues are read on this many characters at most. */
export const CUE_MAX_CHARS = 600;

/** What a line matched. */
export interface CueHit {
  readonly kind: DebrisKind;
  readonly how: 'whole' | 'lead' | 'contains' | 'buttons' | 'counter';
}

/** What the matcher needs to know of the line's shape. */
export interface CueContext {
  readonly words: number;
  readonly prose: boolean;
  /** The line holds a date or a time of day. */
  readonly dated: boolean;
  /** The line starts with a date ("March 4, 2019 by webmaster"). */
  readonly dateFirst?: boolean;
}

// When a line matches phrases of several kinds, the first kind in this order names it.
const ORDER: readonly DebrisKind[] = ['end-mark', 'advert', 'read-also', 'cookie', 'copyright', 'disclaimer', 'newsletter', 'mail-header', 'nav', 'prevnext', 'share', 'print', 'byline', 'tags', 'related', 'return', 'contact', 'translation', 'circulate', 'source', 'about', 'link'];
const rank = new Map(ORDER.map((k, i) => [k, i]));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const LEAD_TRIM_RE = /^[\s«‹<\[(\-–—*•·>|"“„]+/u;
const EDGE_RE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}!]+$/gu;
const ABOUT_INLINE_RE = /^(?:[Aa]bout|[ÀàAa] propos de|[Ss]obre|[Üü]ber|[Hh]akkında)\s+(?:the\s+|la\s+|le\s+|el\s+|l'|die\s+|den\s+)?[\p{Lu}\d][^:]{1,60}:\s+\S/u;
const MAX_ABOUT_WORDS = 120;
const HASHTAGS_RE = /^#[\p{L}\p{N}_]+(?:[\s,]+#[\p{L}\p{N}_]+)*$/u;
const SYMBOL_COUNT_RE = /^[^\p{L}\p{N}\s]{1,3}\s*\d[\d.,\s]*[kmb]?(?:\s+\p{L}+)?$/iu;
const TRAILING_TIME_RE = /(?:^|\s)\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?$/u;
const PARTICLES = new Set(['de', 'del', 'la', 'le', 'of', 'the', 'for', 'and', 'et', 'y', 'du', 'des', 'van', 'von', 'der', 'al', 'el', 'at', 'a', 'à']);

/** What stands before a trailing time is a name ("Consejo Comunitario de Chenalhó  10:02"), not a sentence ("the march starts at 10:00"). */
function namesBeforeTime(text: string): boolean {
  const before = text.replace(/\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?\s*$/iu, '').trim();
  const words = before.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  let named = 0;
  for (const w of words) {
    const c = w.replace(/^[^\p{L}]+/u, '')[0] ?? '';
    if (c !== c.toLowerCase() || c.toLowerCase() === c.toUpperCase()) named++;
    else if (!PARTICLES.has(w.toLowerCase())) return false;
  }
  return named > 0 && !/^(?:at|posted at|um|à|a las)$/iu.test(before);
}

const DATE_BY_RE = /(?<![\p{L}])(?:by|par|por|von|door|da|di|tarafindan)\s+[\p{L}\d@_]/u;
const SEP_AFTER_RE = /^\s*([:|·•–—\-»›>\]\[)(]|$)/u;

type PhraseTable = Map<string, DebrisKind[]>;

function table(cues: Readonly<Partial<Record<DebrisKind, CueSet>>>, pick: (c: CueSet) => readonly string[] | undefined, norm: (p: string) => string): PhraseTable {
  const t: PhraseTable = new Map();
  for (const kind of ORDER) {
    for (const p of pick(cues[kind] ?? { maxWords: 0 }) ?? []) {
      const key = norm(p);
      if (key === '') continue;
      const kinds = t.get(key) ?? [];
      if (!kinds.includes(kind)) kinds.push(kind);
      t.set(key, kinds);
    }
  }
  return t;
}

const alternation = (t: PhraseTable) => [...t.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');

/** "About the Vale Tenants' Association" names an organisation (and closes a press release); "About the massacre" is a subheading. */
export const isOrgNamed = (text: string): boolean => /^\S+\s+(?:\S+\s+)?[\p{Lu}\d]/u.test(text.replace(/^(\S+\s+)(?:the|la|le|l'|el|die|den|der)\s+/iu, '$1'));

/**
 * Single-word leads ("Share", "Tags") need a colon, a separator or the end of the line after them; some kinds
 * relax that, but only for a line that starts with a capital ("By Staff", not the wrapped "by scabs in Durban.").
 */
function leadAccepted(kind: DebrisKind, phrase: string, rest: string, ctx: CueContext, capital: boolean): boolean {
  if (/[ -]/.test(phrase) || /[:.]$/.test(phrase) || SEP_AFTER_RE.test(rest)) return true;
  if (!capital || /\.\s*$/u.test(rest)) return false;
  if (kind === 'byline') return ctx.dated || /[|·•]/.test(rest) || ctx.words <= 4;
  if (kind === 'related') return ctx.words <= 4;
  if (kind === 'return') return ctx.words <= 6;
  return false;
}

/** Builds a matcher for the given cue sets (the defaults of `model/cues.ts`). */
export function createCueMatcher(cues: Readonly<Partial<Record<DebrisKind, CueSet>>> = DEBRIS_CUES): (text: string, ctx: CueContext) => CueHit | null {
  const stripWhole = (p: string) => foldForCues(p).replace(EDGE_RE, '') || foldForCues(p);
  const wholes = table(cues, (c) => c.whole, stripWhole);
  const leads = table(cues, (c) => c.lead, foldForCues);
  const contains = table(cues, (c) => c.contains, foldForCues);
  const weak = table(cues, (c) => c.weakContains, foldForCues);
  const leadRe = new RegExp(`^(?:${alternation(leads)})(?![\\p{L}\\p{N}])`, 'u');
  const containsFinder = new PhraseFinder(contains.keys());
  const weakFinder = new PhraseFinder(weak.keys());
  const maxWords = (k: DebrisKind) => cues[k]?.maxWords ?? 0;
  const buttons = new Set(BUTTON_WORDS.map(foldForCues));
  const glue = new Set(BUTTON_GLUE.map(foldForCues));
  const counters = [...new Set(COUNTER_WORDS.map(foldForCues))].map(escape).join('|');
  const counterRe = new RegExp(`(?:\\d[\\d.,]*\\s?(?:${counters})(?![\\p{L}\\p{N}]))|(?:(?<![\\p{L}\\p{N}])(?:${counters})\\s?:\\s?\\d)`, 'u');

  /** The best-ranked kind among the phrases the finder finds. */
  const scan = (finder: PhraseFinder, t: PhraseTable, folded: string, ctx: CueContext): DebrisKind | null => {
    let best: DebrisKind | null = null;
    for (const hit of finder.findAll(folded)) {
      for (const k of t.get(hit.phrase) ?? []) if (ctx.words <= maxWords(k) && (best === null || rank.get(k)! < rank.get(best)!)) best = k;
    }
    return best;
  };

  return (text, ctx) => {
    const folded = foldForCues(text.length > CUE_MAX_CHARS ? text.slice(0, CUE_MAX_CHARS) : text);
    const stripped = folded.replace(EDGE_RE, '');
    const whole = (wholes.get(stripped) ?? wholes.get(folded) ?? []).find((k) => ctx.words <= maxWords(k));
    if (whole) return { kind: whole, how: 'whole' };
    // A slogan ("Share the struggle!") is never page furniture, whatever word it starts with.
    const exclaims = /[!?]$/.test(folded) && !/blogthis!$/.test(folded);
    const initial = /\p{L}/u.exec(text.slice(0, 40))?.[0] ?? '';
    const capital = initial !== initial.toLowerCase() || initial.toLowerCase() === initial.toUpperCase();
    const leadText = folded.replace(LEAD_TRIM_RE, '');
    const m = exclaims ? null : leadRe.exec(leadText);
    let lead: DebrisKind | null = null;
    if (m) {
      for (const k of leads.get(m[0]) ?? []) {
        const proseOk = !ctx.prose || cues[k]?.proseLeads === true;
        const aboutOk = k !== 'about' || isOrgNamed(text);
        if (ctx.words <= maxWords(k) && proseOk && aboutOk && leadAccepted(k, m[0], leadText.slice(m[0].length), ctx, capital) && (lead === null || rank.get(k)! < rank.get(lead)!)) lead = k;
      }
    }
    const inside = scan(containsFinder, contains, folded, ctx);
    const weakInside = ctx.prose ? null : scan(weakFinder, weak, folded, ctx);
    const found: CueHit[] = [];
    if (lead) found.push({ kind: lead, how: 'lead' });
    if (inside) found.push({ kind: inside, how: 'contains' });
    if (weakInside) found.push({ kind: weakInside, how: 'contains' });
    found.sort((a, b) => rank.get(a.kind)! - rank.get(b.kind)!);
    if (found.length > 0) return found[0]!;
    if (!ctx.prose && ctx.words <= 12 && isButtonRow(folded, buttons, glue)) return { kind: 'share', how: 'buttons' };
    if (!ctx.prose && ctx.words <= 18 && counterRe.test(folded) && (ctx.dated || /[|·•]/.test(folded) || ctx.words <= 4)) return { kind: 'byline', how: 'counter' };
    // "About the NDPA: The Niger Delta Peoples' Assembly is a coalition…": the organisation's standard paragraph.
    if (ctx.words <= MAX_ABOUT_WORDS && ABOUT_INLINE_RE.test(text)) return { kind: 'about', how: 'lead' };
    // "SOURCE Niger Delta Peoples' Assembly": the newswire's credit line.
    if (ctx.words <= 12 && /^SOURCE\s+\p{Lu}/u.test(text)) return { kind: 'source', how: 'lead' };
    // "#SaveOurSchools #StopTheBombing": a row of hashtags.
    if (!ctx.prose && HASHTAGS_RE.test(folded)) return { kind: 'tags', how: 'contains' };
    // "👁 1.9K", "❤ 34  edited": a symbol and a count.
    if (ctx.words <= 3 && (SYMBOL_COUNT_RE.test(text.trim()) || /^\d+(?:[.,]\d+)?\s?[kmb]$/iu.test(text.trim()))) return { kind: 'byline', how: 'counter' };
    // "Lumad Network  10:02", "Posted at 12:44 pm": a name or a word, then only a time of day.
    if (!ctx.prose && ctx.words <= 8 && !ctx.dateFirst && TRAILING_TIME_RE.test(folded) && namesBeforeTime(text)) return { kind: 'byline', how: 'lead' };
    // "13 de julio de 2018 · Redacción · 4 min de lectura": a date, then fields after separators.
    if (!ctx.prose && ctx.dateFirst === true && ctx.words <= 16 && /\s[·•|]\s/u.test(text)) return { kind: 'byline', how: 'lead' };
    // "March 4, 2019 by webmaster", "5 mars 2019 par Rédaction": a date, then who posted it.
    if (!ctx.prose && ctx.dateFirst === true && ctx.words <= 12 && DATE_BY_RE.test(folded)) return { kind: 'byline', how: 'lead' };
    return null;
  };
}

function isButtonRow(folded: string, buttons: ReadonlySet<string>, glue: ReadonlySet<string>): boolean {
  const items = folded.split(/[\s|·•,/]+/u).map((w) => w.replace(/^[^\p{L}\p{N}+]+|[^\p{L}\p{N}+!]+$/gu, '').replace(/!$/, '')).filter((w) => w.length > 0);
  if (items.length === 0) return false;
  let real = 0;
  for (const w of items) {
    if (buttons.has(w)) real++;
    else if (!glue.has(w)) return false;
  }
  return real > 0;
}
