/**
 * Names the rules know without the model: organization acronyms written in
 * lower case ("isis") and well-known organizations the model left untagged.
 * @module
 */
import { categoryBit } from '../gazetteer/gazetteer.js';
import { LOWERCASE_ACRONYMS } from '../model/lowercase-acronyms.js';
import type { RuleContext } from './rule-context.js';
import type { SpanSet } from './span-set.js';

const KNOWN_ORG = categoryBit('knownOrg');
const MAX_NAME_TOKENS = 6;

/** Tags lower-case acronyms and untagged known organizations as ORG. */
export function tagKnownNames(ctx: RuleContext, spans: SpanSet): void {
  for (let i = 0; i < ctx.words.length; i++) {
    if (LOWERCASE_ACRONYMS.has(ctx.folded[i]!) && spans.at(i) === undefined) {
      spans.put('ORG', i, i + 1, false);
      continue;
    }
    if (!/^\p{Lu}/u.test(ctx.words[i]!) || spans.at(i) !== undefined) continue;
    // longest known organization starting here, written with its capitals
    for (let end = Math.min(ctx.words.length, i + MAX_NAME_TOKENS); end > i; end--) {
      if (ctx.sentenceOf[end - 1] !== ctx.sentenceOf[i]) continue;
      if (!/^[\p{Lu}\p{N}]/u.test(ctx.words[end - 1]!)) continue;
      if (ctx.gazetteer.lookup(ctx.folded.slice(i, end)) & KNOWN_ORG) {
        if (end - i > 1 || ctx.words[i]!.length > 2) spans.put('ORG', i, end, false);
        break;
      }
    }
  }
}
