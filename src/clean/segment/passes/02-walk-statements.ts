/**
 * Pass 2: statements inside a section. Walking down, a body starts at
 * running text, at a place-and-date line followed by text, or at a
 * salutation followed by text. The lines met between two bodies are the
 * tail of the one (its signature) and the header of the next (its title and
 * kicker). A new statement opens when that header holds a kicker, when the
 * body opens with a dateline or a salutation, or when the statement before
 * it has closed with a signature; otherwise a heading is a subheading and
 * stays in the body.
 */
import type { Draft } from '../draft.js';
import type { SegClass, SegLine } from '../seg-line.js';
import { isSignatoryHeader } from '../seg-line.js';
import { MIN_STATEMENT_WORDS } from '../model/thresholds.js';

const CLOSERS: ReadonlySet<SegClass> = new Set<SegClass>(['D', 'T', 'V']);

/** The body start at position `p` of `idx` (skipping inline debris), or null. */
function bodyStart(lines: readonly SegLine[], idx: readonly number[], p: number): Draft['start'] | null {
  const cls = (q: number) => {
    while (q < idx.length && lines[idx[q]!]!.cls === 'X') q++;
    return q < idx.length ? { cls: lines[idx[q]!]!.cls, q } : null;
  };
  const here = cls(p);
  if (!here || here.q !== p) return null;
  if (here.cls === 'B') return 'text';
  if (here.cls === 'Dp') return 'dateline';
  const next = cls(p + 1);
  if (here.cls === 'D' && next && (next.cls === 'B' || (next.cls === 'S' && cls(next.q + 1)?.cls === 'B'))) return 'dateline';
  if (here.cls === 'S' && next?.cls === 'B') return 'salutation';
  return null;
}

/** Splits the lines between two bodies into the first one's tail and the second one's header. */
export function splitPending(lines: readonly SegLine[], pending: readonly number[]): { tail: number[]; header: number[] } {
  const paras: number[][] = [];
  for (const i of pending) {
    if (paras.length === 0 || lines[i]!.line.breakBefore) paras.push([i]);
    else paras[paras.length - 1]!.push(i);
  }
  const titleLike = (i: number) => lines[i]!.cls === 'K' || (lines[i]!.cls === 'H' && !lines[i]!.signature);
  if (paras.length > 1) {
    // The paragraph just above the text is its header, unless it is a dated signature ("Rostock, 20. August 2020" /
    // "Initiative Ostsee (GIO)"): then nothing heads the text and everything belongs to the statement above.
    const last = paras[paras.length - 1]!;
    if (last.some((i) => CLOSERS.has(lines[i]!.cls))) return { tail: [...pending], header: [] };
    let h = paras.length - 1;
    while (h > 0 && paras[h - 1]!.every(titleLike)) h--;
    return { tail: paras.slice(0, h).flat(), header: paras.slice(h).flat() };
  }
  let s = pending.length;
  while (s > 0 && (lines[pending[s - 1]!]!.cls === 'H' || lines[pending[s - 1]!]!.cls === 'K')) s--;
  return { tail: pending.slice(0, s), header: pending.slice(s) };
}

/** Words of the running text from position `p` of a section to its next heading or kicker. */
function textAfter(lines: readonly SegLine[], section: readonly number[], p: number): number {
  let words = 0;
  for (let q = p; q < section.length; q++) {
    const l = lines[section[q]!]!;
    if (l.cls === 'X') continue;
    if (l.cls !== 'B' && l.cls !== 'S' && l.cls !== 'O') break;
    words += l.line.words;
  }
  return words;
}

const closes = (lines: readonly SegLine[], tail: readonly number[]) => tail.some((i) => CLOSERS.has(lines[i]!.cls) || lines[i]!.signature);

/** The statements of one section, in order. */
export function walkSection(lines: readonly SegLine[], section: readonly number[], sectionIndex: number): Draft[] {
  const drafts: Draft[] = [];
  let cur: Draft | null = null;
  let pending: number[] = [];
  let inlinePending: number[] = [];
  for (let p = 0; p < section.length; p++) {
    const i = section[p]!;
    if (lines[i]!.cls === 'X') {
      inlinePending.push(i);
      continue;
    }
    const start = bodyStart(lines, section, p);
    // A place-and-date line after a signature ("VTA Committee" / "Pontypridd, 2 June 2020") closes the statement
    // above it; it opens a new one only when nothing signs the text before it and enough text follows it.
    const before = pending[pending.length - 1];
    const signsOff = start === 'dateline' && cur !== null && ((before !== undefined && (lines[before]!.signature || lines[before]!.cls === 'V')) || textAfter(lines, section, p + 1) < MIN_STATEMENT_WORDS);
    if (start === null || signsOff) {
      pending.push(i);
      continue;
    }
    if (cur === null) {
      cur = { section: sectionIndex, start, header: pending, lines: [i], inline: [], closed: false };
      drafts.push(cur);
    } else {
      const { tail, header } = splitPending(lines, pending);
      const closed = closes(lines, tail);
      // Text after a dated signature is not the statement's any more (a sidebar, an editor's note, or another text).
      // A bare date signs off only under a name ("Central Committee" / "1 December 2022"): alone it may head a paragraph.
      const dated = tail.some((j) => lines[j]!.cls === 'T' && lines[j]!.line.dates.some((d) => d.year !== null));
      const signedOff = tail.some((j) => lines[j]!.cls === 'D' || lines[j]!.cls === 'V') || (dated && tail.some((j) => lines[j]!.cls !== 'T' && lines[j]!.signature));
      const open = start !== 'text' || header.some((h) => lines[h]!.cls === 'K') || (header.length > 0 && closed) || signedOff;
      if (open) {
        cur.lines.push(...tail);
        cur.closed = closed;
        cur = { section: sectionIndex, start, header, lines: [i], inline: [], closed: false };
        drafts.push(cur);
      } else {
        cur.lines.push(...pending, i);
      }
    }
    cur.inline.push(...inlinePending);
    pending = [];
    inlinePending = [];
  }
  if (cur) {
    const tail = endOfSignature(lines, pending);
    for (const i of tail) cur.lines.push(i);
    cur.closed = closes(lines, tail) || cur.closed;
  }
  return drafts;
}

/**
 * The lines after the last text of a section that still belong to the statement: all of them, unless a dated
 * signature closes it, in which case what follows the signature (a list of other texts, a note) is left out.
 */
function endOfSignature(lines: readonly SegLine[], pending: readonly number[]): readonly number[] {
  let closer = -1;
  pending.forEach((i, n) => {
    const c = lines[i]!.cls;
    if (c === 'D' || c === 'V' || (c === 'T' && lines[i]!.line.dates.some((d) => d.year !== null))) closer = n;
  });
  if (closer < 0) return pending;
  let end = closer;
  for (let n = closer + 1; n < pending.length; n++) {
    const l = lines[pending[n]!]!;
    // A list of signatories runs to the end; other lines must read as part of a signature.
    if (isSignatoryHeader(l.line.text)) return pending;
    if (!(l.signature || l.cls === 'T' || l.cls === 'D' || l.cls === 'V')) break;
    end = n;
  }
  return pending.slice(0, end + 1);
}
