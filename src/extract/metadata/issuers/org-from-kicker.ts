/**
 * The organisation a kicker or heading names: "Statement of the Revolutionary
 * Democratic Front of India (RDFI)", "DÉCLARATION DU BUREAU EXÉCUTIF
 * NATIONAL DE LA CSTF", "From the Liverpool Dockers' Solidarity Committee
 * (LDSC)", "Statement of the AFWM, March 2021".
 */
import { foldText } from '../../../clean/text/fold-text.js';
import { findDates } from '../dates/index.js';
import { ANNOUNCING_VERBS, KICKER_ORG_LEADS, KICKER_ORG_TAILS } from '../model/kicker-orgs.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alt = (l: readonly string[]) => [...new Set(l.map(foldText))].sort((a, b) => b.length - a.length).map(esc).join('|');
const LEAD_RE = new RegExp(`^(?:${alt(KICKER_ORG_LEADS)})\\s+`, 'u');
const TAIL_RE = new RegExp(`(?:^|\\s+)(?:${alt(KICKER_ORG_TAILS)})$`, 'u');
const ANNOUNCING_RE = new RegExp(`^(.{3,160}?)\\s+(?:${alt(ANNOUNCING_VERBS)})\\s`, 'u');

/** The organisation named after a kicker's lead (or before a Turkish kicker's tail), or null. */
export function orgFromKicker(text: string): string | null {
  if (text.length > 250) return null;
  let t = text.trim();
  const dates = findDates(t);
  const last = dates[dates.length - 1];
  if (last && last.end >= t.length - 2) t = t.slice(0, last.start).replace(/[\s,–—\-:]+$/u, '');
  const folded = foldText(t);
  const lead = LEAD_RE.exec(folded);
  let org: string | null = null;
  const announcing = lead ? null : ANNOUNCING_RE.exec(folded);
  if (lead) org = t.split(/\s+/u).slice(lead[0].trim().split(/\s+/u).length).join(' ');
  else if (announcing) org = t.split(/\s+/u).slice(0, announcing[1]!.split(/\s+/u).length).join(' ');
  else {
    const tail = TAIL_RE.exec(folded);
    if (tail) org = t.split(/\s+/u).slice(0, t.split(/\s+/u).length - tail[0].trim().split(/\s+/u).length).join(' ').replace(/['’](?:n[iıuü]n|[iıuü]n)$/u, '');
  }
  if (!org) return null;
  org = org.replace(/^(?:the|la|le|l'|les|el|los|las|die|der|das)\s+/iu, '').replace(/[\s:,.]+$/u, '').trim();
  // "COMMUNIQUÉ DE PRESSE N° 014/2020/BP/MDJS" numbers a release; it names no one.
  if (/\d|\bn[°º]|\bno\.\s?\d/iu.test(org)) return null;
  return /^[\p{Lu}\p{Lo}]/u.test(org) && org.split(/\s+/u).length <= 16 ? org : null;
}
