/**
 * Text out of a segmentation: a statement's body (paragraphs apart, lines of
 * one paragraph together), the lines kept out of every statement and comment
 * (the `removed` list), and the page-date view of the lines.
 */
import type { PageDateLine } from '../../extract/metadata/index.js';
import type { Segmentation, SegmentedStatement } from './index.js';

/** The body of a statement as text: a blank line between paragraphs, a line break inside one. */
export function bodyText(seg: Segmentation, s: SegmentedStatement): string {
  let out = '';
  s.body.forEach((i, n) => {
    const line = seg.lines[i]!;
    if (n > 0) out += line.breakBefore ? '\n\n' : '\n';
    out += line.text;
  });
  return out;
}

/** Line indexes used by statements (bodies and titles). */
export function usedLines(seg: Segmentation): Set<number> {
  const used = new Set<number>();
  for (const s of seg.statements) {
    for (const i of s.body) used.add(i);
    if (s.titleLine !== null) used.add(s.titleLine);
  }
  return used;
}

/** Text of every line that is in no statement, no title and no comment, in page order. */
export function removedText(seg: Segmentation): string[] {
  const used = usedLines(seg);
  return seg.lines.filter((l, i) => !used.has(i) && l.hint !== 'comment').map((l) => l.text);
}

/** The lines as the page-date finder reads them. */
export function pageDateLines(seg: Segmentation): PageDateLine[] {
  const used = usedLines(seg);
  const firstBody = Math.min(...seg.statements.map((s) => s.body[0] ?? Infinity), seg.lines.length);
  const kickers = new Set(seg.statements.flatMap((s) => s.kickers));
  return seg.lines.map((l, i) => ({
    text: l.text,
    dates: l.dates,
    kind: l.kind,
    excluded: used.has(i) || kickers.has(i) || l.hint === 'comment',
    beforeBody: i < firstBody,
  }));
}
