/**
 * One name, one type per document: a capitalized name tagged somewhere is
 * tagged the same way where it occurs untagged (a signatory list names an
 * organization the body already named).
 * @module
 */
import type { EntityType } from '../../../model/contract.js';
import type { RuleContext } from './rule-context.js';
import type { SpanSet } from './span-set.js';

const MIN_SINGLE_TOKEN_LENGTH = 3;

/** Tags untagged occurrences of names tagged elsewhere in the document. */
export function propagateNames(ctx: RuleContext, spans: SpanSet): void {
  const names = new Map<string, { type: EntityType; length: number }>();
  for (const s of spans.all()) {
    const words = ctx.words.slice(s.start, s.end);
    if (words.length === 1 && words[0]!.length < MIN_SINGLE_TOKEN_LENGTH) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(words[0]!) && ctx.language !== 'ar') continue;
    const key = words.join(' ');
    if (!names.has(key)) names.set(key, { type: s.type, length: words.length });
  }
  if (names.size === 0) return;
  const lengths = [...new Set([...names.values()].map((n) => n.length))].sort((a, b) => b - a);
  for (let i = 0; i < ctx.words.length; i++) {
    if (spans.at(i) !== undefined) continue;
    for (const len of lengths) {
      if (i + len > ctx.words.length || ctx.sentenceOf[i + len - 1] !== ctx.sentenceOf[i]) continue;
      const name = names.get(ctx.words.slice(i, i + len).join(' '));
      if (name === undefined) continue;
      if (spans.put(name.type, i, i + len, false)) i += len - 1;
      break;
    }
  }
}
