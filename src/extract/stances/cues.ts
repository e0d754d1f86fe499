/**
 * Finding cue words. The body is scanned once per cue; each sentence then
 * takes the matches inside it. Overlapping cues are grouped so that the
 * longest reading is tried first and a shorter one only when it gives nothing
 * ("continues to support" is an accusation; "we continue to support" falls
 * back to plain support).
 */
import { startsWord, type CompiledCue, type Lexicon } from './lexicon.js';
import { tokenAfter, type Token } from './tokenize.js';

/** A cue matched in the body, as offsets. */
export interface CueMatch {
  readonly cue: CompiledCue;
  readonly start: number;
  readonly end: number;
}

/** One cue found in a sentence. */
export interface CueHit extends CueMatch {
  /** First token of the cue, and the first token after it. */
  readonly first: number;
  readonly next: number;
}

/** Every cue match in a body, in text order. */
export function scanCues(body: string, lex: Lexicon): CueMatch[] {
  const matches: CueMatch[] = [];
  for (const cue of lex.cues) {
    cue.pattern.lastIndex = 0;
    for (const m of body.matchAll(cue.pattern)) if (startsWord(body, m.index)) matches.push({ cue, start: m.index, end: m.index + m[0].length });
  }
  return matches.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The index of the first match starting at or after `offset` (matches are in text order). */
function firstAtOrAfter(matches: readonly CueMatch[], offset: number): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The cues of one sentence, grouped by overlap, groups in text order, each group longest first. */
export function cueGroups(matches: readonly CueMatch[], start: number, end: number, tokens: readonly Token[]): CueHit[][] {
  const groups: CueHit[][] = [];
  let groupEnd = -1;
  const firstWord = tokens.findIndex((t) => t.isWord);
  for (let i = firstAtOrAfter(matches, start); i < matches.length && matches[i]!.start < end; i++) {
    const m = matches[i]!;
    if (m.end > end) continue;
    const first = tokenAfter(tokens, m.start, tokens.length);
    // A match must start on a token (not inside a word an elision split off), and a
    // capitalized cue inside the sentence is part of a name ("Solidarity Committee").
    if (tokens[first]?.start !== m.start || (tokens[first]!.cap && first !== firstWord)) continue;
    const hit: CueHit = { ...m, first, next: tokenAfter(tokens, m.end, tokens.length) };
    if (hit.start < groupEnd) groups[groups.length - 1]!.push(hit);
    else groups.push([hit]);
    groupEnd = Math.max(groupEnd, hit.end);
  }
  return groups.map((g) => g.sort((a, b) => b.end - b.start - (a.end - a.start)));
}
