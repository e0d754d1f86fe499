/**
 * Whether an acronym spells a name: its letters are the initials of the
 * name's content words in order (each hyphen part counting, connectors
 * optional), a word giving up to three leading letters ("Panhellenic" → PA),
 * and an acronym inside the name standing for several words ("UN Security
 * Council" ~ "United Nations Security Council").
 * @module
 */
import { NAME_CONJUNCTIONS, NAME_CONNECTORS } from '../model/name-connectors.js';

/** True when `acronym` spells all of `name` (given as its original words). */
export function acronymSpells(acronym: string, name: readonly string[]): boolean {
  const letters = acronym.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
  const words = name.flatMap((w) => w.split(/[-‐]/)).filter((w) => /[\p{L}\p{N}]/u.test(w) && !/^['’]s?$/.test(w));
  if (words.length < 2 || letters.length < 2) return false;
  const memo = new Map<string, boolean>();
  const go = (li: number, wi: number): boolean => {
    if (wi === words.length) return li === letters.length;
    const key = `${li}:${wi}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const w = words[wi]!;
    const lower = w.toLowerCase();
    let ok = false;
    if (NAME_CONNECTORS.has(lower) || NAME_CONJUNCTIONS.has(lower)) ok = go(li, wi + 1);
    for (let k = 1; !ok && k <= Math.min(3, w.length); k++) {
      if (letters.slice(li, li + k) === w.slice(0, k).toUpperCase()) ok = go(li + k, wi + 1);
    }
    memo.set(key, ok);
    return ok;
  };
  return go(0, 0);
}

/**
 * True when the two names are the same once acronyms inside either are
 * allowed to stand for runs of the other's words.
 */
export function sameWithInnerAcronyms(a: readonly string[], b: readonly string[]): boolean {
  const go = (i: number, j: number): boolean => {
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a[i]!.toLowerCase() === b[j]!.toLowerCase()) return go(i + 1, j + 1);
    for (const [x, y, xi, yj, forward] of [[a, b, i, j, true], [b, a, j, i, false]] as const) {
      if (!/^\p{Lu}{2,}$/u.test(x[xi]!)) continue;
      for (let end = yj + 2; end <= y.length; end++) {
        if (!acronymSpells(x[xi]!, y.slice(yj, end))) continue;
        if (forward ? go(xi + 1, end) : go(end, xi + 1)) return true;
      }
    }
    return false;
  };
  return a.length !== b.length && go(0, 0);
}
