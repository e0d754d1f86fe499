/**
 * A sentence cut into pieces that can each report their own event ("the
 * militiamen burned down 30 homesteads, and beat two agents to death").
 * Cuts are made at semicolons and colons, at a comma before "and", "but",
 * "while", "during"…, and at a comma between two full clauses. Participial
 * phrases ("…, killing 17") and relative clauses stay with their clause.
 */
import { AND_PREDICATE, CLAUSE_VERB, CONTINUATION, HARD_BOUNDARY, PHRASE_START } from '../model/clause-words.js';

/** A piece of a sentence, with offsets into the sentence. */
export interface Piece {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Cuts `sentence` into pieces; a sentence without boundaries is one piece. */
export function splitPieces(sentence: string): Piece[] {
  const hard = cutAt(sentence, 0, HARD_BOUNDARY);
  return hard.flatMap((piece) => splitCommas(sentence, piece)).flatMap((piece) => splitPredicates(piece));
}

function cutAt(text: string, offset: number, boundary: RegExp): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  boundary.lastIndex = 0;
  for (const m of text.matchAll(boundary)) {
    push(text, from, m.index, offset, out);
    from = m.index + m[0].length;
  }
  push(text, from, text.length, offset, out);
  return out;
}

// Commas cut only between two clauses: the left one is a clause (a verb, not a mere phrase) and so is the right one.
function splitCommas(sentence: string, piece: Piece): Piece[] {
  const parts = cutAt(piece.text, piece.start, /,\s+/gu);
  const out: Piece[] = [];
  let current: Piece | null = null;
  for (const part of parts) {
    if (current === null) {
      current = part;
      continue;
    }
    const leftClause = isClause(current.text) && !PHRASE_START.test(lastStretch(current.text));
    const rightClause = isClause(part.text) && !CONTINUATION.test(part.text);
    if (leftClause && rightClause) {
      out.push(current);
      current = part;
    } else {
      current = { text: sentence.slice(current.start, part.end), start: current.start, end: part.end };
    }
  }
  if (current) out.push(current);
  return out;
}

// "…set up a new base and deployed troops": a second predicate, cut only when the first half is a clause.
function splitPredicates(piece: Piece): Piece[] {
  const parts = cutAt(piece.text, piece.start, AND_PREDICATE);
  if (parts.length < 2 || !isClause(parts[0]!.text)) return [piece];
  return parts;
}

// The left side may itself be several comma-joined stretches; whether it ends in a phrase depends on the last.
function lastStretch(text: string): string {
  return text.split(/,\s+/u).pop() ?? text;
}

function isClause(text: string): boolean {
  return CLAUSE_VERB.test(text);
}

function push(text: string, from: number, to: number, offset: number, out: Piece[]): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed === '') return;
  out.push({ text: trimmed, start: offset + from + lead, end: offset + from + lead + trimmed.length });
}
