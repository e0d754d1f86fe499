/**
 * Cleaning a title: the page's `<title>` carries the site's name
 * ("Rif detainees on hunger strike … – Committee for the Defence of the Rif
 * Detainees"), a breadcrumb trail ends with the title.
 */
import { foldForCues } from '../text/fold-text.js';
import { isKicker } from './seg-line.js';

const PARTS_RE = /\s+(?:\||–|—|-|::|·|»|\/)\s+/u;
const TRAIL_RE = /\s*(?:»|›|>|\/|→|::)\s*/u;

/** The title without a site-name prefix or suffix (the part that is not a known site name, else the longest). */
export function cleanTitle(text: string, siteNames: readonly string[]): string | null {
  const t = text.trim();
  if (t === '') return null;
  let parts = t.split(PARTS_RE).map((p) => p.trim()).filter((p) => p !== '');
  // "STATEMENT | End the attacks…": a kicker before the title is not part of it.
  if (parts.length > 1 && isKicker(parts[0]!)) parts = parts.slice(1);
  if (parts.length < 2) return parts[0] ?? t;
  const names = siteNames.map(foldForCues);
  const isSite = (p: string) => {
    const f = foldForCues(p);
    return names.some((n) => n === f || (f.length >= 4 && n.includes(f)) || (n.length >= 4 && f.includes(n) && f.length - n.length < 8));
  };
  const kept = parts.filter((p) => !isSite(p));
  if (kept.length === parts.length) {
    // No part is known to be the site: only an end part that is much shorter than the rest is taken for it.
    const [head, tail] = [parts[0]!, parts[parts.length - 1]!];
    if (parts.length === 2 && tail.length * 2 < head.length) return head;
    return t;
  }
  if (kept.length === 0) return t;
  return kept.join(' – ');
}

/** The last item of a breadcrumb trail ("Home > Statements > Title" → "Title"). */
export function trailTitle(text: string): string | null {
  const body = text.replace(/^[^:>»›]*:\s*/u, (m) => (/[>»›/]/u.test(m) ? m : ''));
  const items = body.split(TRAIL_RE).map((s) => s.trim()).filter((s) => s !== '');
  const lastItem = items[items.length - 1];
  return items.length >= 2 && lastItem && lastItem.split(/\s+/u).length >= 3 ? lastItem : null;
}
