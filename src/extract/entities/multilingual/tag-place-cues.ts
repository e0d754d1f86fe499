/**
 * Places that the gazetteer does not know (villages, small towns), where the
 * text marks them: a place noun ("municipio de Jambaló", "province du Soum")
 * or a locative preposition ("en Toribío", "à Djibo") before a capitalized
 * word that is nothing else.
 * @module
 */
import { LOCATIVE_NOUNS, LOCATIVE_PREPOSITIONS } from '../model/place-cues.js';
import { NAME_CONNECTORS } from '../model/name-connectors.js';
import type { RuleContext } from '../rules/rule-context.js';
import type { SpanSet } from '../rules/span-set.js';

const MAX_NAME_TOKENS = 3;

/** Tags capitalized words after place nouns and locative prepositions as LOC where nothing is tagged. */
export function tagPlaceCues(ctx: RuleContext, spans: SpanSet): void {
  for (let i = 0; i + 1 < ctx.words.length; i++) {
    const f = ctx.folded[i]!;
    const noun = LOCATIVE_NOUNS.has(f);
    if (!noun && !LOCATIVE_PREPOSITIONS.has(f)) continue;
    let start = i + 1;
    // "municipio de", "province du", "département de la"
    while (noun && start < ctx.words.length && start - i <= 2 && NAME_CONNECTORS.has(ctx.folded[start]!) && /^\p{Ll}/u.test(ctx.words[start]!)) start++;
    if (start >= ctx.words.length || ctx.sentenceOf[start] !== ctx.sentenceOf[i]) continue;
    let end = start;
    while (end < ctx.words.length && end - start < MAX_NAME_TOKENS && /^\p{Lu}\p{Ll}/u.test(ctx.words[end]!) && ctx.sentenceOf[end] === ctx.sentenceOf[i]) end++;
    if (end === start || spans.overlapping(start, end).length > 0) continue;
    // a preposition alone is weaker evidence: one word, and not an acronym or a known common word
    if (!noun && (end - start > 1 || ctx.commonWords.has(ctx.folded[start]!))) continue;
    spans.put('LOC', start, end, false);
  }
}
