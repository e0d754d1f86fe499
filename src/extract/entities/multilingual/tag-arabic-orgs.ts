/**
 * Arabic organization names: a head word (حزب party, جبهة front, اتحاد union,
 * حركة movement …) followed by the definite words that name it
 * ("حزب العمال الكردستاني").
 * @module
 */
import { ORG_HEADS_ARABIC } from '../model/org-heads-intl.js';
import type { RuleContext } from '../rules/rule-context.js';
import type { SpanSet } from '../rules/span-set.js';
import { arabicForms } from './arabic.js';

const MAX_NAME_WORDS = 6;
/** Prepositions inside Arabic organization names ("جمعية للدفاع عن ضحايا الإرهاب"). */
const INNER_PREPOSITIONS = new Set(['عن', 'في', 'من', 'على']);

/** Tags Arabic organization names as ORG. */
export function tagArabicOrgs(ctx: RuleContext, spans: SpanSet): void {
  for (let i = 0; i < ctx.words.length; i++) {
    if (!arabicForms(ctx.folded[i]!).some((f) => ORG_HEADS_ARABIC.has(f))) continue;
    let end = i + 1;
    const definite = (k: number) => /^(ال|لل)\p{Script=Arabic}{2,}/u.test(ctx.words[k] ?? '');
    while (end < ctx.words.length && end - i <= MAX_NAME_WORDS && ctx.sentenceOf[end] === ctx.sentenceOf[i]) {
      if (definite(end)) end++;
      // "عن ضحايا الإرهاب": a preposition and a noun, kept only when a definite word closes them
      // the prepositional phrase ends the name: what follows is the rest of the sentence
      else if (INNER_PREPOSITIONS.has(ctx.words[end]!) && definite(end + 2)) {
        end += 3;
        break;
      } else if (INNER_PREPOSITIONS.has(ctx.words[end]!) && definite(end + 1)) {
        end += 2;
        break;
      } else break;
    }
    if (end > i + 1 && spans.put('ORG', i, end, true)) i = end - 1;
  }
}
