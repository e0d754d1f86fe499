/**
 * "Issued by …" lines: "ISSUED BY THE MINISTRY OF FOREIGN AFFAIRS …, ACCRA",
 * "Issued in Lusaka by the Secretariat of …", "Fait à Ouagadougou".
 */
import { foldText } from '../../../clean/text/fold-text.js';
import { isPlaceName } from '../dateline/place-shape.js';
import { BY_WORDS, DONE_AT, IN_WORDS, ISSUED_VERBS } from '../model/signature-cues.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alt = (l: readonly string[]) => [...new Set(l.map(foldText))].sort((a, b) => b.length - a.length).map(esc).join('|');
// Matched on folded text, which keeps the length of plain Latin letters; offsets are mapped back by word count.
// One or two words may stand between the verb and "by" ("Adopted unanimously by", "Issued today by").
const ISSUED_RE = new RegExp(`^(?:${alt(ISSUED_VERBS)})(?:\\s+[\\p{L}']+){0,2}?(?:\\s+(?:${alt(IN_WORDS)})\\s+([^,]{2,40}?))?\\s+(?:${alt(BY_WORDS)})\\s+(.+)$`, 'u');
const DONE_RE = new RegExp(`^(?:${alt(DONE_AT)})\\s+(.{2,40})$`, 'u');
// "Issued on behalf of the Provincial Executive Committee of the ECTF by" (the signer follows on the next line).
const ON_BEHALF_RE = new RegExp(`^(?:${alt(ISSUED_VERBS)})\\s+(?:on behalf of|au nom de|en nombre de|im namen)\\s+(.+?)(?:\\s+(?:${alt(BY_WORDS)})(?:\\s.*)?)?$`, 'u');

/** The organisation and place an "issued by" line names, or null. */
export function readIssuedLine(text: string): { readonly org: string | null; readonly place: string | null } | null {
  if (text.length > 200) return null;
  const folded = foldText(text);
  const behalf = ON_BEHALF_RE.exec(folded);
  if (behalf) {
    const at = folded.indexOf(behalf[1]!);
    const before = folded.slice(0, at).trim().split(/\s+/u).length;
    const org = text.trim().split(/\s+/u).slice(before, before + behalf[1]!.split(/\s+/u).length).join(' ');
    return { org: org.replace(/^(?:the|la|le|el)\s+/iu, ''), place: null };
  }
  const m = ISSUED_RE.exec(folded);
  if (m) {
    const words = text.trim().split(/\s+/u);
    const take = (part: string | undefined) => {
      if (!part) return null;
      const at = folded.lastIndexOf(part);
      const before = folded.slice(0, at).trim().split(/\s+/u).filter((w) => w !== '').length;
      return words.slice(before, before + part.trim().split(/\s+/u).length).join(' ');
    };
    let place = take(m[1]);
    let org = take(m[2]);
    if (org && org.includes(',')) {
      const i = org.lastIndexOf(',');
      const after = org.slice(i + 1).trim();
      if (isPlaceName(after)) {
        place = place ?? after;
        org = org.slice(0, i).trim();
      }
    }
    return { org: org ? org.replace(/^(?:the|la|le|el|les|los|las|die|der|das)\s+/iu, '') : null, place: place && isPlaceName(place) ? place : null };
  }
  const d = DONE_RE.exec(folded.replace(/,.*$/u, ''));
  if (d) {
    const place = text.replace(/,.*$/u, '').trim().split(/\s+/u).slice(2).join(' ');
    return isPlaceName(place) ? { org: null, place } : null;
  }
  return null;
}
