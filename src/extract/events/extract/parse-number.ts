/**
 * Reads a number written in digits or in English, French or Spanish words
 * ("38", "1,200", "forty-two", "42 thousand", "vingt-trois", "veintitrés").
 */
import { MULTIPLIERS, NUMBER_WORDS } from '../model/number-words.js';

const SPANISH_TWENTIES = /^veinti(\p{L}+)$/u;
const YEAR_LIKE = /^(?:19|20)\d\d$/u;

/** The value of a number phrase, or null when it is not one (or is vague, like "dozens"). */
export function parseNumber(phrase: string): number | null {
  const words = phrase.toLowerCase().trim().split(/\s+/u);
  if (words.length === 0 || words[0] === '') return null;
  let value = headValue(words[0]!);
  if (value === null) return null;
  for (const word of words.slice(1)) {
    const multiplier = MULTIPLIERS[word];
    if (multiplier === undefined) return null;
    value *= multiplier;
  }
  return value;
}

function headValue(word: string): number | null {
  if (/^\d{1,3}(?:[,.\u00a0 ]\d{3})+$/u.test(word)) return Number(word.replace(/\D/gu, ''));
  if (/^\d+$/u.test(word)) return YEAR_LIKE.test(word) ? null : Number(word);
  const known = NUMBER_WORDS[word];
  if (known !== undefined) return known;
  // "forty-two", "vingt-trois", "quatre-vingt-dix": tens and units joined by hyphens.
  if (word.includes('-')) {
    const whole = NUMBER_WORDS[word];
    if (whole !== undefined) return whole;
    const parts = word.split('-').filter((p) => p !== 'et');
    const values = parts.map((p) => NUMBER_WORDS[p]);
    if (values.every((v) => v !== undefined)) return (values as number[]).reduce((a, b) => a + b, 0);
  }
  const twenties = SPANISH_TWENTIES.exec(word.normalize('NFD').replace(/\p{M}/gu, ''));
  if (twenties) {
    const unit = NUMBER_WORDS[twenties[1]!];
    if (unit !== undefined && unit < 10) return 20 + unit;
  }
  return null;
}
