/**
 * Pass 5: what follows a header line belongs to it. Under "Related posts",
 * "Tags:" or "Share this:" come short lines (post titles, tag names,
 * buttons); under a cookie notice come its buttons; under "Media contact:"
 * come names, numbers and addresses. Those lines carry no cue of their own.
 */
import { foldForCues } from '../../text/fold-text.js';
import type { DebrisKind } from '../debris-kind.js';
import { isOrgNamed } from '../cue-matcher.js';
import { isLinkLike } from '../line-shape.js';
import type { LineRecord } from '../line-record.js';
import { COOKIE_BUTTONS } from '../model/cookie-buttons.js';
import { COOKIE_BUTTON_LINES, MAX_LIST_ITEM_WORDS, MAX_LIST_LINES } from '../model/thresholds.js';

// Header kinds whose following short lines are their items.
const LIST_HEADS: ReadonlySet<DebrisKind> = new Set<DebrisKind>(['related', 'share', 'tags', 'contact']);
const cookieButtons = new Set(COOKIE_BUTTONS.map(foldForCues));

/** A header line: a list head that is itself short (not a tag line that already lists its items). */
function isListHead(line: LineRecord): boolean {
  if (line.kind === null || !LIST_HEADS.has(line.kind)) return false;
  if (line.kind === 'tags' || line.kind === 'contact') return /[:：]\s*$/.test(line.text) || line.words <= 2;
  return line.words <= 8;
}

/** Whether `next` continues the list under a header (HTML items may each carry a break; text items may not). */
function continuesList(next: LineRecord, kind: DebrisKind): boolean {
  if (next.kind !== null && next.kind !== kind && next.kind !== 'share') return false;
  if (next.prose || next.words > MAX_LIST_ITEM_WORDS) return false;
  if (next.breakBefore && next.tag === 'line') return false;
  // In HTML every item is its own block: only list items and links continue the list, not the next paragraph.
  if (next.tag !== 'line' && next.tag !== 'li' && (next.linkDensity ?? 0) < 0.5 && next.kind === null) return false;
  if (kind === 'contact') return next.words <= 8 || isLinkLike(next.text);
  return true;
}

/** Marks the items under list headers and the buttons under cookie notices. */
export function markHeaderRuns(lines: LineRecord[]): void {
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!;
    if (isListHead(head)) {
      const kind: DebrisKind = head.kind === 'related' ? 'related' : head.kind!;
      let j = i + 1;
      while (j < lines.length && j - i <= MAX_LIST_LINES && continuesList(lines[j]!, kind)) {
        if (lines[j]!.kind === null) {
          lines[j]!.kind = kind;
          lines[j]!.why = 'run:under-header';
        }
        j++;
      }
      i = j - 1;
    } else if (head.kind === 'about' && (head.words <= 3 || isOrgNamed(head.text))) {
      // "About us" / "Notes to editors": the paragraph under it describes the organisation, it is not the statement.
      let words = 0;
      for (let j = i + 1; j < lines.length && words < MAX_ABOUT_WORDS; j++) {
        const next = lines[j]!;
        if (next.kind !== null || (j > i + 1 && next.breakBefore)) break;
        next.kind = 'about';
        next.why = 'run:about';
        words += next.words;
      }
    } else if (head.kind === 'cookie') {
      for (let j = i + 1; j <= i + COOKIE_BUTTON_LINES && j < lines.length; j++) {
        const next = lines[j]!;
        if (next.kind !== null || next.words > 8 || !isCookieButtons(next.text)) break;
        next.kind = 'cookie';
        next.why = 'run:cookie-buttons';
      }
    }
  }
}

const MAX_ABOUT_WORDS = 150;

function isCookieButtons(text: string): boolean {
  const parts = foldForCues(text).split(/\s*(?:\||·|•|\]\s*\[|\[|\]|\/|\s{2,})\s*/u).map((p) => p.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter((p) => p !== '');
  return parts.length > 0 && parts.every((p) => cookieButtons.has(p));
}
