/**
 * Persons where the text marks them, in any language: a title before
 * capitalized words ("M.", "Sra.", "Herr", "Sayın", "السيد"), a Turkish
 * honorific after them ("Bey", "Hanım"), a verb of saying before them
 * (« … », a déclaré Jean Dupont), or a known first name.
 * @module
 */
import { categoryBit } from '../gazetteer/gazetteer.js';
import { PERSON_TITLES } from '../model/cue-words.js';
import { ARABIC_NAME_STOPS, PERSON_PARTICLES, PERSON_SUFFIXES_INTL, PERSON_TITLES_ARABIC, PERSON_TITLES_INTL, SPEECH_VERBS_INTL } from '../model/person-cues.js';
import type { RuleContext } from '../rules/rule-context.js';
import type { SpanSet } from '../rules/span-set.js';
import { isArabic } from './arabic.js';

const TITLES = new Set([...PERSON_TITLES, ...PERSON_TITLES_INTL]);
const FIRST_NAME = categoryBit('firstName');
const PLACE_OR_ORG = categoryBit('country') | categoryBit('countryIntl') | categoryBit('cityLarge') | categoryBit('cityMedium') | categoryBit('knownOrg') | categoryBit('orgHead');
const MAX_NAME_WORDS = 4;
const MAX_ARABIC_NAME_WORDS = 3;

/** Tags marked persons as PER where nothing is tagged yet. */
export function tagPersons(ctx: RuleContext, spans: SpanSet): void {
  for (let i = 0; i < ctx.words.length; i++) {
    const f = ctx.folded[i]!;
    if (PERSON_TITLES_ARABIC.has(f)) {
      const end = arabicNameEnd(ctx, i + 1);
      if (end > i + 1) spans.put('PER', i + 1, end, false);
      continue;
    }
    if (TITLES.has(f) || SPEECH_VERBS_INTL.has(f)) {
      let start = i + 1;
      while (start < ctx.words.length && TITLES.has(ctx.folded[start]!)) start++;
      const end = nameEnd(ctx, start);
      if (end > start && (end - start >= 2 || TITLES.has(f))) spans.put('PER', start, end, false);
      continue;
    }
    if (PERSON_SUFFIXES_INTL.has(f) && i > 0) {
      let start = i;
      while (start > 0 && i - start < MAX_NAME_WORDS && /^\p{Lu}\p{Ll}/u.test(ctx.words[start - 1]!)) start--;
      if (start < i) spans.put('PER', start, i, false);
      continue;
    }
    if (/^\p{Lu}\p{Ll}/u.test(ctx.words[i]!) && ctx.gazetteer.lookup([f]) & FIRST_NAME && !(ctx.gazetteer.lookup([f]) & PLACE_OR_ORG)) {
      const end = nameEnd(ctx, i);
      if (end - i >= 2) spans.put('PER', i, end, false);
    }
  }
}

/** End of a run of capitalized name words (with particles such as "de", "bin") starting at `start`. */
function nameEnd(ctx: RuleContext, start: number): number {
  let end = start;
  while (end < ctx.words.length && end - start < MAX_NAME_WORDS && ctx.sentenceOf[end] === ctx.sentenceOf[start]) {
    const w = ctx.words[end]!;
    if (/^\p{Lu}[\p{Ll}\p{M}'’-]/u.test(w) || /^\p{Lu}\.$/u.test(w)) end++;
    else if (end > start && PERSON_PARTICLES.has(ctx.folded[end]!) && /^\p{Lu}/u.test(ctx.words[end + 1] ?? '')) end++;
    else break;
  }
  return end;
}

/** End of an Arabic name after a title: up to three Arabic words, stopping at punctuation. */
function arabicNameEnd(ctx: RuleContext, start: number): number {
  let end = start;
  while (end < ctx.words.length && end - start < MAX_ARABIC_NAME_WORDS && isArabic(ctx.words[end]!) && !ARABIC_NAME_STOPS.has(ctx.words[end]!) && ctx.sentenceOf[end] === ctx.sentenceOf[start]) end++;
  return end;
}
