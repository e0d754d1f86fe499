/**
 * Pass 9: on a hard-wrapped page, the rest of a wrapped debris line is
 * debris too ("You are here: Home > … > Solidarity with the" / "garment
 * workers of Tongi").
 */
import type { DebrisKind } from '../debris-kind.js';
import { SOFT_DEBRIS } from '../debris-kind.js';
import type { LineRecord } from '../line-record.js';
import { continuesWrapped, wrapWidth } from '../wrap.js';

const MAX_TAIL_WORDS = 12;

/** Extends debris marks over the wrapped continuations of debris lines. */
export function markWrappedDebris(lines: LineRecord[]): void {
  const width = wrapWidth(lines);
  if (width === null) return;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    const kind: DebrisKind | null = prev.kind;
    if (kind === null || SOFT_DEBRIS.has(kind) || line.kind !== null || line.breakBefore || line.prose || line.words > MAX_TAIL_WORDS) continue;
    if (continuesWrapped(prev.text, line.text, width)) {
      line.kind = kind;
      line.why = 'wrap:continues';
    }
  }
}
