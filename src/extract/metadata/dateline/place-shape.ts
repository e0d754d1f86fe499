/**
 * Whether a phrase reads as a place name: a few capitalised words
 * ("New Delhi", "Port-au-Prince", "NAIROBI", "Popayán"), no digits, no
 * organisation words. No gazetteer: the position (before a date, at the end
 * of a signature) says it is a place; this only checks the shape.
 */
import { foldText } from '../../../clean/text/fold-text.js';
import { ORG_WORDS } from '../model/org-words.js';

const orgWords = new Set(ORG_WORDS.map(foldText));
const PLACE_PARTICLES = new Set(['de', 'del', 'la', 'le', 'les', 'los', 'las', 'al', 'el', 'du', 'des', 'di', 'da', 'do', 'dos', 'das', 'am', 'an', 'upon', 'on', 'sur', 'en', 'y', 'au', 'aux', 'of', 'the', 'im', 'bei']);
const MAX_PLACE_WORDS = 5;
const MAX_PLACE_CHARS = 45;

/** One place name (no commas): capitalised words, particles between them. */
export function isPlaceName(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.length > MAX_PLACE_CHARS || /[\d@/|:;!?()"“”]/u.test(t)) return false;
  const words = t.split(/\s+/u);
  if (words.length > MAX_PLACE_WORDS) return false;
  if (PLACE_PARTICLES.has(words[0]!.toLowerCase()) && words.length > 1 && !/^(?:al|el|la|le|los|las|les|the)$/iu.test(words[0]!)) return false;
  let capital = 0;
  for (const w of words) {
    if (orgWords.has(foldText(w.replace(/[.,]$/u, '')))) return false;
    const c = w[0]!;
    if (c.toLowerCase() === c.toUpperCase()) {
      if (!/\p{L}/u.test(c)) return false;
      capital++;
    } else if (c === c.toUpperCase()) capital++;
    else if (!PLACE_PARTICLES.has(w.toLowerCase())) return false;
  }
  return capital > 0;
}

/** An acronym ("LDSC", "SPLM-N", "ACHPR"): two to ten capitals, digits or hyphens. */
export function isAcronym(text: string): boolean {
  return /^[\p{Lu}][\p{Lu}\d&\-]{1,9}$/u.test(text.trim()) && !/^[\p{Lu}][\p{Ll}]/u.test(text.trim());
}
