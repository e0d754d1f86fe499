/**
 * Places and nationalities in any language, from the multilingual gazetteer:
 * country names in many languages, city names with their alternate names,
 * first-level regions; capitalized as names are (Arabic, which has no case,
 * also by its clitic-stripped forms).
 * @module
 */
import { categoryBit } from '../gazetteer/gazetteer.js';
import type { RuleContext } from '../rules/rule-context.js';
import type { SpanSet } from '../rules/span-set.js';
import { NAME_CONNECTORS } from '../model/name-connectors.js';
import { arabicForms, isArabic } from './arabic.js';

const STRONG = categoryBit('country') | categoryBit('countryIntl') | categoryBit('cityLarge') | categoryBit('cityMedium');
const WEAK = categoryBit('citySmall') | categoryBit('cityIntl') | categoryBit('region');
const DEMONYM = categoryBit('demonym') | categoryBit('demonymIntl');
const MAX_NAME_TOKENS = 6;

/** Tags gazetteer places (LOC) and capitalized demonyms (MISC) where nothing is tagged yet. */
export function tagPlaces(ctx: RuleContext, spans: SpanSet): void {
  for (let i = 0; i < ctx.words.length; i++) {
    if (spans.at(i) !== undefined) continue;
    const sentenceStart = ctx.sentences[ctx.sentenceOf[i]!]!.start === i;
    if (isArabic(ctx.words[i]!)) {
      const len = matchArabic(ctx, i);
      if (len > 0 && spans.put('LOC', i, i + len, false)) i += len - 1;
      continue;
    }
    if (!/^\p{Lu}/u.test(ctx.words[i]!)) continue;
    for (let end = Math.min(ctx.words.length, i + MAX_NAME_TOKENS); end > i; end--) {
      if (ctx.sentenceOf[end - 1] !== ctx.sentenceOf[i]) continue;
      const last = ctx.words[end - 1]!;
      if (!/^\p{Lu}/u.test(last) || NAME_CONNECTORS.has(ctx.folded[end - 1]!)) continue;
      const cats = ctx.gazetteer.lookup(ctx.folded.slice(i, end));
      const place = cats & STRONG || (!sentenceStart && cats & WEAK);
      if (place) {
        if (spans.put('LOC', i, end, false)) i = end - 1;
        break;
      }
      if (end === i + 1 && cats & DEMONYM) spans.put('MISC', i, end, false);
    }
  }
}

/** Length of the longest Arabic place name at `i` (first token in any clitic form), or 0. */
function matchArabic(ctx: RuleContext, i: number): number {
  for (let end = Math.min(ctx.words.length, i + 4); end > i; end--) {
    const rest = ctx.folded.slice(i + 1, end);
    for (const first of arabicForms(ctx.folded[i]!)) {
      if (ctx.gazetteer.lookup([first, ...rest]) & (STRONG | categoryBit('cityIntl'))) return end - i;
    }
  }
  return 0;
}
