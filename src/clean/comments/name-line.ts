/**
 * Recognising a commenter's name: a short run of capitalised words
 * ("Abdelrahman K.", "Lucía Campo Ulcué", "Jean-Robert P."), a user name
 * ("cdrd_admin"), or an anonymous name; and splitting "NAME · DATE" lines.
 */
import type { DateMatch } from '../../extract/metadata/dates/index.js';
import { isAnonymous } from './comment-cues.js';

const MAX_NAME_WORDS = 6;
const MAX_NAME_CHARS = 60;
// Particles that stay lower case inside names.
const PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'ben', 'y', 'e', 'and', 'et']);

/** Whether `text` reads as a person's (or a user's) name. */
export function isNameLike(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > MAX_NAME_CHARS) return false;
  if (isAnonymous(t)) return true;
  if (/^[\p{L}\p{N}_.\-]{2,30}$/u.test(t) && /[_\d]/u.test(t)) return true;
  if (/[!?:;,"“”()]|\.\s*$/u.test(t.replace(/(?:^|\s)\p{Lu}\.(?=\s|$)/gu, ' X'))) return false;
  const words = t.split(/\s+/u);
  if (words.length > MAX_NAME_WORDS) return false;
  return words.every((w) => {
    const c = w[0]!;
    if (c.toLowerCase() === c.toUpperCase()) return /\p{L}/u.test(c);
    return c !== c.toLowerCase() || PARTICLES.has(w.toLowerCase());
  });
}

const JOINERS_RE = /[\s·•|—–\-,:@»]+$/u;
// "Postby kwame_b » Thu May 15, 2008", "Posted by Ana on …", "Par Marie le …": the lead before a forum name.
const POSTED_BY_RE = /^(?:postby|post by|posted by|by|par|por|von|gönderen)\s+/iu;
const LEAD_WORDS_RE = /\s(?:on|le|el|am|em|il|tarihinde|في)$/iu;

/** "Chileshe M. · 9 November 2016, 14:22" → the name and the date; null when the line is not a name then a date. */
export function splitNameDate(text: string, dates: readonly DateMatch[]): { readonly name: string; readonly date: DateMatch } | null {
  const date = dates.find((d) => d.start > 0);
  if (!date) return null;
  const after = text.slice(date.end).trim();
  if (after.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length > 2) return null;
  let name = text.slice(0, date.start).replace(JOINERS_RE, '');
  name = name.replace(LEAD_WORDS_RE, '').replace(JOINERS_RE, '').replace(POSTED_BY_RE, '').trim();
  return name !== '' && isNameLike(name) ? { name, date } : null;
}
