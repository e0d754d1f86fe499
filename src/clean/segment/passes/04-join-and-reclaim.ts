/**
 * Pass 4: mending bodies across debris. A statement cut in two by a stray
 * debris line (an image caption, an unmarked advert) is joined again when
 * the second part opens with plain text; and soft debris right after a body
 * (a signature block repeated on every page of the site, a block the HTML
 * extractor called boilerplate) is taken back when it reads as a signature.
 */
import type { DebrisKind } from '../../boilerplate/index.js';
import type { Draft } from '../draft.js';
import type { SegLine } from '../seg-line.js';
import { classifySegLine } from '../seg-line.js';
import { MAX_MERGE_GAP } from '../model/thresholds.js';

// Debris that may sit inside a statement without ending it.
const GAP_KINDS: ReadonlySet<DebrisKind> = new Set<DebrisKind>(['hint', 'repeated', 'advert', 'read-also', 'link', 'list', 'related', 'page']);
const RECLAIMABLE: ReadonlySet<DebrisKind> = new Set<DebrisKind>(['hint', 'repeated', 'list', 'site-header']);
const MAX_RECLAIM = 6;

/** Joins split statements and reclaims signature lines from soft debris. */
export function joinAndReclaim(lines: readonly SegLine[], drafts: Draft[], isComment: (i: number) => boolean): Draft[] {
  const kept = drafts.filter((d) => !d.dropped);
  const out: Draft[] = [];
  for (const d of kept) {
    const prev = out[out.length - 1];
    if (prev && d.start === 'text' && d.header.length === 0 && !prev.closed && canJoin(lines, prev, d)) {
      const gap = range(last(prev) + 1, d.lines[0]!);
      prev.inline.push(...gap);
      prev.lines.push(...d.lines);
      prev.closed = d.closed;
      continue;
    }
    out.push(d);
  }
  const taken = new Set(out.flatMap((d) => d.lines));
  for (const d of out) reclaimTail(lines, d, isComment, taken);
  return out;
}

const last = (d: Draft) => d.lines[d.lines.length - 1]!;
const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a) }, (_, k) => a + k);

function canJoin(lines: readonly SegLine[], prev: Draft, next: Draft): boolean {
  const gap = range(last(prev) + 1, next.lines[0]!);
  return gap.length > 0 && gap.length <= MAX_MERGE_GAP && gap.every((i) => lines[i]!.line.kind !== null && GAP_KINDS.has(lines[i]!.line.kind!));
}

/** Soft debris right after a body that reads as a signature, and the signature lines that follow it. */
function reclaimTail(lines: readonly SegLine[], d: Draft, isComment: (i: number) => boolean, taken: ReadonlySet<number>): void {
  let reclaimed = false;
  for (let i = last(d) + 1, n = 0; i < lines.length && n < MAX_RECLAIM; i++, n++) {
    const kind = lines[i]!.line.kind;
    if (isComment(i) || taken.has(i)) return;
    if (kind === null) {
      // Content after reclaimed lines still belongs to the signature when it reads as one ("Pontypridd, 2 June 2020").
      if (!reclaimed || !isSignatureLine(lines[i]!)) return;
    } else {
      if (!RECLAIMABLE.has(kind) || !isSignatureLine(classifySegLine({ ...lines[i]!.line, kind: null }, false))) return;
      reclaimed = true;
    }
    d.lines.push(i);
    d.closed = true;
  }
}

const isSignatureLine = (l: SegLine) => l.signature || l.cls === 'D' || l.cls === 'T' || l.cls === 'V';
