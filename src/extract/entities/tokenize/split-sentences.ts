/**
 * Cuts a token sequence into sentences (and stand-alone lines) for tagging.
 * @module
 */
import type { Token } from '../types.js';
import { TITLE_ABBREVIATIONS } from '../model/abbreviations.js';
import { MAX_SENTENCE_TOKENS, WRAPPED_LINE_MIN_LENGTH } from '../model/segmentation.js';

/** A sentence as the token range `[start, end)`. */
export interface SentenceRange {
  readonly start: number;
  readonly end: number;
}

const FINAL = new Set(['.', '!', '?', '…', '...', '。', '؟']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/** Sentence ranges over `tokens` of `text`: cut at sentence punctuation and at line breaks that end a line. */
export function splitSentences(text: string, tokens: readonly Token[]): SentenceRange[] {
  const out: SentenceRange[] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (next === undefined) break;
    const cut = i + 1 - start >= MAX_SENTENCE_TOKENS || endsLine(text, tokens[i]!, next) || endsSentence(tokens, i);
    if (cut) {
      out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < tokens.length) out.push({ start, end: tokens.length });
  return out;
}

function endsSentence(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i]!;
  const next = tokens[i + 1]!;
  if (CLOSERS.has(tok.text) && i > 0 && FINAL.has(tokens[i - 1]!.text)) return startsSentence(next.text);
  if (!FINAL.has(tok.text)) {
    // "Mr." is never final; "U.S." and "Inc." are when a capitalized word follows
    if (!tok.text.endsWith('.') || tok.text.length < 3) return false;
    const bare = tok.text.slice(0, -1).toLowerCase();
    if (TITLE_ABBREVIATIONS.has(bare) || !bare.includes('.') && !/^(inc|corp|ltd|co|etc|jr|sr)$/.test(bare)) return false;
    return next.start > tok.end && /^\p{Lu}/u.test(next.text) && isCommonWordStart(next.text);
  }
  if (CLOSERS.has(next.text)) return false;
  return startsSentence(next.text);
}

/** After an abbreviation, only a clear sentence opener ("The", "It") ends the sentence. */
function isCommonWordStart(word: string): boolean {
  return /^(The|A|An|In|It|He|She|They|We|This|That|These|Those|On|At|But|And|Meanwhile|However)$/.test(word);
}

function startsSentence(word: string): boolean {
  return !/^[\p{Ll},;:)\]]/u.test(word);
}

/** A line break ends the sentence unless the line looks like hard-wrapped prose. */
function endsLine(text: string, tok: Token, next: Token): boolean {
  const gap = text.slice(tok.end, next.start);
  const nl = gap.indexOf('\n');
  if (nl < 0) return false;
  if (gap.indexOf('\n', nl + 1) >= 0) return true;
  const lineStart = text.lastIndexOf('\n', tok.start) + 1;
  const lineLength = tok.end - lineStart;
  if (lineLength < WRAPPED_LINE_MIN_LENGTH) return true;
  return /[.!?:;]$/.test(tok.text) && !/^\p{Ll}/u.test(next.text);
}
