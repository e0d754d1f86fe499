/**
 * Conversions between tag sequences and entity spans: IOB1/IOB2 (read the
 * conlleval way) and the BILOU scheme the tagger predicts.
 * @module
 */
import { ENTITY_TYPES } from '../../../model/contract.js';
import type { EntityType } from '../../../model/contract.js';
import type { TokenSpan } from '../types.js';

/** A typed span over token indices with a free-form type (the scorer accepts any type name). */
export interface TagSpan {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Spans of an IOB1 or IOB2 tag sequence, read as conlleval does: an entity
 * starts at `B-X`, or at `I-X` after `O` or another type, and runs over the
 * following `I-X`.
 */
export function spansOfIob(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let type: string | null = null;
  let start = 0;
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i]! : 'O';
    const prefix = tag === 'O' ? 'O' : tag.slice(0, 1);
    const t = tag === 'O' ? null : tag.slice(2);
    const continues = type !== null && prefix === 'I' && t === type;
    if (continues) continue;
    if (type !== null) spans.push({ type, start, end: i });
    type = t;
    start = i;
  }
  return spans;
}

/** BILOU label set: O first, then B/I/L/U for each entity type. */
export const BILOU_LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];

/** BILOU label ids for `length` tokens carrying `spans`. */
export function bilouOfSpans(spans: readonly TagSpan[], length: number): Uint8Array {
  const labels = new Uint8Array(length);
  for (const s of spans) {
    const base = 1 + 4 * ENTITY_TYPES.indexOf(s.type as EntityType);
    if (s.end - s.start === 1) labels[s.start] = base + 3;
    else {
      labels[s.start] = base;
      for (let i = s.start + 1; i < s.end - 1; i++) labels[i] = base + 1;
      labels[s.end - 1] = base + 2;
    }
  }
  return labels;
}

/** Entity spans of a BILOU label-id sequence (a well-formed one; decoding guarantees that). */
export function spansOfBilou(labels: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    if (l === 0) {
      start = -1;
      continue;
    }
    const type = ENTITY_TYPES[(l - 1) >> 2]!;
    const part = (l - 1) & 3;
    if (part === 3) spans.push({ type, start: i, end: i + 1 });
    else if (part === 0) start = i;
    else if (part === 2 && start >= 0) {
      spans.push({ type, start, end: i + 1 });
      start = -1;
    }
  }
  return spans;
}

/** IOB2 tags of BILOU label ids (for writing and scoring). */
export function iobOfBilou(labels: ArrayLike<number>): string[] {
  const tags: string[] = Array.from({ length: labels.length }, () => 'O');
  for (const s of spansOfBilou(labels)) {
    tags[s.start] = `B-${s.type}`;
    for (let i = s.start + 1; i < s.end; i++) tags[i] = `I-${s.type}`;
  }
  return tags;
}
