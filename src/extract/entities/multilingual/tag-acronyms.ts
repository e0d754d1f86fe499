/**
 * Capitalized acronyms in text without a trained model: "CGT", "FARC",
 * "ONU" are organizations unless the gazetteer knows them as places.
 * @module
 */
import { categoryBit } from '../gazetteer/gazetteer.js';
import { isHeadline } from '../tagger/static-features.js';
import type { RuleContext } from '../rules/rule-context.js';
import type { SpanSet } from '../rules/span-set.js';

const ACRONYM = /^\p{Lu}{3,7}$/u;
const PLACE = categoryBit('country') | categoryBit('countryIntl') | categoryBit('cityLarge') | categoryBit('cityMedium') | categoryBit('citySmall') | categoryBit('region');
const ROMAN = /^[IVXLCDM]+$/;

/** Tags stand-alone acronyms as ORG (or LOC when they name a place). */
export function tagAcronymsWithoutModel(ctx: RuleContext, spans: SpanSet): void {
  const headline = ctx.sentences.map((s) => isHeadline(ctx.words.slice(s.start, s.end)));
  for (let i = 0; i < ctx.words.length; i++) {
    const w = ctx.words[i]!;
    if (!ACRONYM.test(w) || ROMAN.test(w) || headline[ctx.sentenceOf[i]!] || spans.at(i) !== undefined) continue;
    spans.put(ctx.gazetteer.lookup([ctx.folded[i]!]) & PLACE ? 'LOC' : 'ORG', i, i + 1, false);
  }
}
