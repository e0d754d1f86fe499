/**
 * Datelines: the place a statement was issued, at the start of a line and
 * followed by a date ("NAIROBI – 14 June 2011 –", "Port-au-Prince, 22 February
 * 2024", "Ouagadougou, le 27 janvier 2023"). Those words are a place whatever
 * the model thought of a line written in capitals.
 * @module
 */
import { MONTH_NAMES } from '../model/months.js';
import { categoryBit } from '../gazetteer/gazetteer.js';
import type { RuleContext } from './rule-context.js';
import type { SpanSet } from './span-set.js';

const SEPARATORS = new Set([',', '–', '—', '-', '--', ':', '/', '|']);
const MAX_PLACE_TOKENS = 4;
const ORG_BITS = categoryBit('knownOrg') | categoryBit('orgHead');
const DATE_OPENERS = new Set(['le', 'el', 'den', 'on', 'am', 'this', 'the']);

/** Marks line-initial places followed by a date as LOC. */
export function tagDatelines(ctx: RuleContext, spans: SpanSet): void {
  for (const sentence of ctx.sentences) {
    const first = sentence.start;
    if (first > 0 && !ctx.text.slice(ctx.tokens[first - 1]!.end, ctx.tokens[first]!.start).includes('\n')) continue;
    // the place: up to MAX_PLACE_TOKENS capitalized words, then a separator and a date
    let end = first;
    while (end < sentence.end && end - first < MAX_PLACE_TOKENS && /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(ctx.words[end]!)) end++;
    if (end === first || end >= sentence.end) continue;
    let k = end;
    let second: number | null = null;
    if (ctx.words[k] === ',' && /^\p{Lu}/u.test(ctx.words[k + 1] ?? '') && !isDateAt(ctx, k + 1)) {
      // "Popayán, Cauca, 12 de agosto" — a second place before the date
      second = k + 1;
      k++;
      while (k < sentence.end && /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(ctx.words[k]!) && k - second < MAX_PLACE_TOKENS) k++;
    }
    if (!SEPARATORS.has(ctx.words[k] ?? '')) continue;
    if (!isDateAt(ctx, k + 1)) continue;
    if (ctx.gazetteer.lookup(ctx.folded.slice(first, end)) & ORG_BITS) continue;
    spans.put('LOC', first, end, true);
    if (second !== null) spans.put('LOC', second, k, true);
  }
}

/** A date starts at token i: "14 June", "June 14", "1996-08-22", "le 27 janvier", "12 de agosto", "3/9/2015". */
function isDateAt(ctx: RuleContext, i: number): boolean {
  let w = ctx.folded[i];
  if (w !== undefined && DATE_OPENERS.has(w)) w = ctx.folded[++i];
  if (w === undefined) return false;
  if (MONTH_NAMES.has(w)) return true;
  if (/^\d{4}-\d{2}(-\d{2})?$/.test(w) || /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(w)) return true;
  if (/^\d{1,2}(st|nd|rd|th|er)?\.?$/.test(w)) {
    const next = ctx.folded[i + 1] === 'de' ? ctx.folded[i + 2] : ctx.folded[i + 1];
    return next !== undefined && MONTH_NAMES.has(next);
  }
  return false;
}
