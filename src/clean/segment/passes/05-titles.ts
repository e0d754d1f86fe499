/**
 * Pass 5: titles and kickers. Above each body, past bylines, dates, share
 * rows and kickers, the nearest heading is the statement's title; the walk
 * stops at the previous statement, at comments and at site furniture
 * (menus, cookie notices). Without a heading, the breadcrumb trail's last
 * item, the page's own title (less the site name) or the kicker stands in.
 */
import type { PageMeta } from '../../../model/page.js';
import type { DebrisKind } from '../../boilerplate/index.js';
import type { Draft } from '../draft.js';
import type { SegLine } from '../seg-line.js';
import { foldForCues } from '../../text/fold-text.js';
import { isAllCaps } from '../../boilerplate/line-shape.js';
import { cleanTitle, trailTitle } from '../title-text.js';
import { isKicker } from '../seg-line.js';
import { MAX_TITLE_LOOKBACK } from '../model/thresholds.js';

const STOP_KINDS: ReadonlySet<DebrisKind> = new Set<DebrisKind>(['menu', 'nav', 'cookie', 'copyright', 'comments', 'comment-form', 'related', 'site-header', 'breadcrumb', 'prevnext', 'tags', 'newsletter', 'end-mark']);

export interface Heading {
  readonly title: string | null;
  readonly titleLine: number | null;
  readonly kickers: readonly number[];
  /** Lines between the previous statement and this body (title, kickers, bylines, dates…), for metadata. */
  readonly header: readonly number[];
}

/** Finds the title and kickers of each statement. */
export function findHeadings(lines: readonly SegLine[], drafts: readonly Draft[], meta: PageMeta, siteNames: readonly string[], isComment: (i: number) => boolean, dropped: ReadonlySet<number> = new Set()): Heading[] {
  const out: Heading[] = [];
  const paragraphed = lines.some((l) => l.line.breakBefore && l.line.tag === 'line');
  drafts.forEach((d, n) => {
    const first = d.lines[0]!;
    const floor = Math.max(n === 0 ? 0 : drafts[n - 1]!.lines[drafts[n - 1]!.lines.length - 1]! + 1, first - MAX_TITLE_LOOKBACK);
    let title: number | null = null;
    let trail: string | null = null;
    let subject: string | null = null;
    let pastRule = false;
    const candidates: number[] = [];
    const kickers: number[] = [];
    const header: number[] = [];
    for (let i = first - 1; i >= floor; i--) {
      if (isComment(i)) break;
      const l = lines[i]!;
      // An editor's introduction (dropped) sits between title and text; its lines are neither.
      if (d.lines.includes(i) || dropped.has(i)) continue;
      header.unshift(i);
      if (l.cls === 'X') {
        // Past a separator rule (a mail's "------"), headings belong to the message around the statement, not to it.
        if (l.line.kind === 'separator') pastRule = true;
        if (l.line.kind === 'breadcrumb' && trail === null) trail = trailTitle(l.line.text);
        if (l.line.kind === 'mail-header' && subject === null) subject = subjectTitle(l.line.text);
        if (l.line.kind !== null && STOP_KINDS.has(l.line.kind)) break;
        continue;
      }
      const head = l.unitStart ?? i;
      if (l.cls === 'K' && !kickers.includes(head)) kickers.unshift(head);
      else if (l.cls === 'H' && l.line.kind === null && !candidates.includes(head) && !pastRule) candidates.push(head);
    }
    title = pickTitle(lines, candidates, first, meta.title, d.lines, paragraphed);
    // On a page of several statements, a naming kicker right above the body ("Message from …") is this statement's own title.
    const ownKicker = kickers.length > 0 ? kickers[kickers.length - 1]! : null;
    if (drafts.length > 1 && ownKicker !== null && (title === null || title < ownKicker) && isNamingKicker(lines[ownKicker]!.unitText ?? lines[ownKicker]!.line.text)) title = ownKicker;
    let text: string | null = title !== null ? cleanTitle(lines[title]!.unitText ?? lines[title]!.line.text, siteNames) : null;
    if (text === null) text = trail ?? subject ?? (meta.title ? cleanTitle(meta.title, siteNames) : null);
    if (text === null && kickers.length > 0 && !isKicker(lines[kickers[kickers.length - 1]!]!.line.text.replace(/:\s*$/u, ''))) text = lines[kickers[kickers.length - 1]!]!.line.text;
    // Only a letterhead above the text: the organisation's name is better than nothing.
    if (text === null && candidates.length > 0) text = lines[candidates[0]!]!.unitText ?? lines[candidates[0]!]!.line.text;
    if (text === null && kickers.length > 0) text = lines[kickers[kickers.length - 1]!]!.line.text;
    if (text === null && n > 0) text = out[0]!.title;
    out.push({ title: text, titleLine: title, kickers, header });
  });
  return out;
}

/**
 * The title among the headings above a body (nearest first): the one that matches the page's declared
 * title, else the nearest, unless the nearest is glued to the body (no blank line between, where a
 * dateline or byline sits) and another heading stands apart above it.
 */
function pickTitle(lines: readonly SegLine[], found: readonly number[], first: number, declared: string | undefined, body: number[], paragraphed: boolean): number | null {
  // An organisation's name above the body ("JAKARTA RIGHTS WATCH (JRW)") is a letterhead, not a title, when a heading is there too.
  const candidates = found.filter((c) => !isLetterhead(lines[c]!));
  if (candidates.length === 0) return null;
  // A short heading right above a body that has subheadings of its own is its first section's heading ("Background",
  // "SUMMARY"), not the title: the title is the heading above it.
  if (candidates.length > 1 && candidates[0] === first - 1 && lines[first - 1]!.line.words <= MAX_SUBHEADING_WORDS && (hasSubheadings(lines, body) || isAllCaps(lines[first - 1]!.line.text))) {
    candidates.shift();
  }
  if (declared) {
    let best: number | null = null;
    let score = 0.5;
    for (const c of candidates.slice(0, MAX_TITLE_CANDIDATES)) {
      const s = overlap(lines[c]!.unitText ?? lines[c]!.line.text, declared);
      if (s > score) [best, score] = [c, s];
    }
    if (best !== null) return best;
  }
  let nearest = candidates[0]!;
  // A subtitle under its title in one paragraph ("A DAILY WAGE WE CAN LIVE ON!" / "Why the estates are on strike…"): the title is the head.
  // (Only on pages that set paragraphs apart with blank lines; without any, every line would climb.)
  while (paragraphed && !lines[nearest]!.line.breakBefore && nearest > 0 && candidates.includes(lines[nearest - 1]!.unitStart ?? nearest - 1)) nearest = lines[nearest - 1]!.unitStart ?? nearest - 1;
  const l = lines[nearest]!;
  const glued = nearest === first - 1 && l.line.breakBefore && !lines[first]!.line.breakBefore && lines[first]!.line.tag === 'line';
  return glued && candidates.length > 1 ? candidates[1]! : nearest;
}

const MAX_TITLE_CANDIDATES = 4;

/** Share of the words of `a` found in `b` (both folded), a rough title match. */
function overlap(a: string, b: string): number {
  const words = (s: string) => foldForCues(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
  const wa = words(a);
  const wb = new Set(words(b));
  return wa.length === 0 ? 0 : wa.filter((w) => wb.has(w)).length / Math.max(wa.length, wb.size * 0.5);
}

const MAX_SUBHEADING_WORDS = 4;
const LETTERHEAD_RE = /^\p{Lu}[^()]{2,100}\((\p{Lu}[\p{Lu}\d&\-]{1,9})\)$/u;
const NOT_A_NAME_START = /^(?:from|message|letter|statement|to|for|on|about|de|du|des|desde|von|an|mensaje|lettre|carta)\b/iu;

/** A line that only names an organisation ("JAKARTA RIGHTS WATCH (JRW)"). */
function isLetterhead(l: SegLine): boolean {
  const t = (l.unitText ?? l.line.text).trim();
  return l.signature && LETTERHEAD_RE.test(t) && !NOT_A_NAME_START.test(t);
}

/** The body holds a heading followed by text (a subheading). */
function hasSubheadings(lines: readonly SegLine[], body: readonly number[]): boolean {
  return body.some((i, n) => lines[i]!.cls === 'H' && lines[i]!.line.words <= MAX_SUBHEADING_WORDS * 2 && lines[body[n + 1] ?? -1]?.cls === 'B');
}

/** A kicker that names its author ("Message from the …", "Statement of the …"). */
function isNamingKicker(text: string): boolean {
  return /\p{Lu}/u.test(text.slice(1)) && /\s(?:from|of|by|du|de|del|des|der|von)\s/iu.test(text);
}

/** The subject of a mail header, without list tags and reply marks ("Subject: [AS] PERU: …" → "PERU: …"). */
function subjectTitle(text: string): string | null {
  const m = /^(?:subject|objet|asunto|betreff|konu)\s?:\s*(.+)$/iu.exec(text);
  if (!m) return null;
  const t = m[1]!.replace(/^(?:\s*(?:\[[^\]]{1,30}\]|(?:re|fw|fwd|aw|tr)\s?:))+\s*/iu, '').trim();
  return t === '' ? null : t;
}
