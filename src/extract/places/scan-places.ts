/**
 * Countries and first-level regions a text names anywhere, tagged or not
 * (names and demonyms, in any language the gazetteer knows): cheap evidence
 * for where the text's other places lie, and the only context a lone place
 * name (a place of issue) has.
 * @module
 */
import type { Gazetteer } from './gazetteer.js';
import { MATCH } from './gazetteer-format.js';
import { normalizeName } from './normalize-name.js';
import { STOP_NAMES } from './model/stop-names.js';
import { TEXT_COUNTRY_WEIGHT, TEXT_REGION_WEIGHT } from './model/weights.js';

/** A country or region named in the text. */
export interface PlaceHit {
  readonly feature: number;
  /** Folded words that name it. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  /** How much it counts as evidence (0–1). */
  readonly weight: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;
const MAX_WORDS = 4;
const CASED = /\p{Lu}|\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;

/**
 * Every naming of a country, or of a region under its own name, in the text.
 * Lower-case words of cased scripts are skipped; a name shared by several
 * countries or regions ("Georgia") tells nothing and is skipped too.
 */
export function scanPlaces(g: Gazetteer, text: string): PlaceHit[] {
  const words: { text: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) words.push({ text: m[0].replace(/[.'’-]+$/, ''), start: m.index, end: m.index + m[0].length });
  const out: PlaceHit[] = [];
  const verdicts = new Map<string, { feature: number; weight: number } | null>();
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!.text;
    if (CASED.test(first) && !UPPER_START.test(first)) continue;
    let phrase = '';
    for (let n = 0; n < MAX_WORDS && i + n < words.length; n++) {
      const w = words[i + n]!;
      if (n > 0 && !/^\s+$/.test(text.slice(words[i + n - 1]!.end, w.start))) break;
      phrase = n === 0 ? w.text : `${phrase} ${w.text}`;
      const key = normalizeName(phrase);
      if (key.length < 3 || STOP_NAMES.has(key)) continue;
      let verdict = verdicts.get(key);
      if (verdict === undefined) {
        verdict = judge(g, key);
        verdicts.set(key, verdict);
      }
      if (verdict !== null) out.push({ ...verdict, key, start: words[i]!.start, end: w.start + w.text.length });
    }
  }
  return out;
}

/** The one country or region a key names, or null when it names none or several. */
function judge(g: Gazetteer, key: string): { feature: number; weight: number } | null {
  let found: { feature: number; weight: number } | null = null;
  for (const p of g.find(key)) {
    const kind = g.kind(p.feature);
    const isCountry = kind === 'country' && p.level <= MATCH.demonym;
    const isRegion = g.fcode(p.feature) === 'ADM1' && p.level === MATCH.name;
    if (!isCountry && !isRegion) continue;
    if (found !== null && found.feature !== p.feature) return null;
    found = { feature: p.feature, weight: isCountry ? TEXT_COUNTRY_WEIGHT : TEXT_REGION_WEIGHT };
  }
  return found;
}
