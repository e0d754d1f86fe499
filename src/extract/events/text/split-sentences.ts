/**
 * Sentences of a text with their offsets, so entities (given by offsets into
 * the statement body) can be placed in the sentence that holds them.
 */
import { ABBREVIATIONS } from '../model/abbreviations.js';

/** One sentence: its text and where it sits in the source. */
export interface Sentence {
  readonly text: string;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  /** Index of the non-blank line that holds it. */
  readonly paragraph: number;
}

// A stop, then closing quotes or brackets, then space, then something that can open a sentence.
const BOUNDARY = /[.!?…]+["'”’»)\]]*(?=\s+["'“‘«(¡¿]?[\p{Lu}\p{N}])/gu;

/** Splits `text` into sentences; every line break also ends a sentence. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  // In scraped statements a line is a paragraph; blank lines only make that explicit.
  let paragraph = 0;
  const lineRe = /[^\n]*\S[^\n]*/g;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    splitLine(line[0], line.index, paragraph++, out);
  }
  return out;
}

function splitLine(line: string, offset: number, paragraph: number, out: Sentence[]): void {
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
    const cut = m.index + m[0].length;
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(line, m.index)) continue;
    // "1. The army…": a list number is not a sentence of its own.
    if (/^\(?[\da-z]{1,2}$/iu.test(line.slice(from, m.index).trim())) continue;
    push(line, from, cut, offset, paragraph, out);
    from = cut;
  }
  push(line, from, line.length, offset, paragraph, out);
}

function isAbbreviation(line: string, dot: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(line.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  if (word === '') return false;
  // Single capitals are initials ("J. Smith"); list numbers are not sentences either.
  if (/^\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function push(line: string, from: number, to: number, offset: number, paragraph: number, out: Sentence[]): void {
  const raw = line.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text === '') return;
  out.push({ text, start: offset + from + lead, end: offset + from + lead + text.length, paragraph });
}
