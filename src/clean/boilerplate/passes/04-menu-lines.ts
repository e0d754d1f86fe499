/**
 * Pass 4: lines whose shape gives them away, whatever their language: rows
 * of menu items ("Home | About | Contact", "[ Home ] [ Links ]"),
 * breadcrumb trails ("Home > Statements > …"), separator rules, bare links,
 * and e-mail headers of mailing-list archives.
 */
import { foldForCues } from '../../text/fold-text.js';
import { endsSentence, isLinkLike, isProse, isSeparatorLine, wordCount } from '../line-shape.js';
import type { LineRecord } from '../line-record.js';
import { NAV_WORDS, TRAIL_STARTS } from '../model/cues.js';
import { MAIL_HEADER_RE, MAX_MENU_ITEM_WORDS, MIN_MENU_ITEMS } from '../model/thresholds.js';

const ITEM_SEP_RE = /\s*(?:\||·|•|\]\s*\[|\[|\]|\t|\s{2,})\s*/u;
const TRAIL_SEP_RE = /\s+(?:»|›|‹|«|>|<|\/|→|::)\s+|\s*[»›‹]\s*/u;
const navWords = new Set(NAV_WORDS.map(foldForCues));
const trailStarts = new Set(TRAIL_STARTS.map(foldForCues));

const items = (text: string, sep: RegExp) => text.split(sep).map((s) => s.trim()).filter((s) => s.length > 0);
const allNavWords = (parts: readonly string[]) => parts.every((p) => foldForCues(p).split(' ').every((w) => navWords.has(w.replace(/[^\p{L}]/gu, '')) || /^[<>«»‹›]+$/u.test(w)));

/** 'menu', 'breadcrumb' or null for one line (`prose`: the line reads as running text, when already known). */
export function menuShape(text: string, prose: boolean = isProse(text)): 'menu' | 'breadcrumb' | null {
  if (text.length > 600) return null;
  const trail = items(text, TRAIL_SEP_RE);
  if (trail.length >= 2) {
    const head = trail.slice(0, -1);
    const shortHead = head.every((p) => wordCount(p) <= MAX_MENU_ITEM_WORDS && !endsSentence(p));
    const starts = trailStarts.has(foldForCues(trail[0]!));
    if (shortHead && (trail.length >= 3 || starts || trail.every((p) => wordCount(p) <= 2))) return 'breadcrumb';
  }
  const parts = items(text, ITEM_SEP_RE);
  if (parts.length >= 2 && allNavWords(parts)) return 'menu';
  if (prose) return null;
  if (parts.length < MIN_MENU_ITEMS) return null;
  const short = parts.every((p) => wordCount(p) <= MAX_MENU_ITEM_WORDS && !/[.!?;]$/.test(p.replace(/\.\.\.$/, '')));
  return short ? 'menu' : null;
}

/** Marks menus, trails, separators, bare links and runs of mail headers. */
export function markMenuLines(lines: LineRecord[]): void {
  for (const line of lines) {
    if (line.kind !== null) continue;
    if (isSeparatorLine(line.text)) {
      line.kind = 'separator';
      line.why = 'shape:separator';
    } else if (isLinkLike(line.text)) {
      line.kind = 'link';
      line.why = 'shape:link';
    } else {
      // A trail may end in a long title that reads as a sentence; a menu row never does.
      const shape = menuShape(line.text, line.prose);
      if (shape) {
        line.kind = shape === 'menu' ? 'menu' : 'breadcrumb';
        line.why = `shape:${shape}`;
      }
    }
  }
  // Mail headers count only in a run ("To:", "From:", "Subject:"…), so a body line "To: the people of …" stays.
  for (let i = 0; i < lines.length; i++) {
    if (!MAIL_HEADER_RE.test(lines[i]!.text)) continue;
    let j = i;
    while (j + 1 < lines.length && MAIL_HEADER_RE.test(lines[j + 1]!.text)) j++;
    if (j > i) {
      for (let k = i; k <= j; k++) {
        lines[k]!.kind = 'mail-header';
        lines[k]!.why = 'shape:mail-header';
      }
    }
    i = j;
  }
}
