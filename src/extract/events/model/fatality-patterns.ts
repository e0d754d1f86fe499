/**
 * Patterns that report deaths, in English, French and Spanish. Each has a
 * named group `n` holding the number phrase, which `parseNumber` reads
 * ("dozens" reads as nothing, so vague tolls give null). `SINGLE_DEATH`
 * reports one death without a number ("was shot dead", "que murió").
 */
import { wordPattern } from '../text/word-pattern.js';
import { NUMBER_WORDS } from './number-words.js';

// Number words, longest first, so "seventeen" is not read as "seven".
const WORD = Object.keys(NUMBER_WORDS).filter((w) => !w.includes(' ')).sort((a, b) => b.length - a.length).join('|');
// A number phrase: digits (with thousands separators) or number words joined by hyphens, then an optional multiplier.
const N = String.raw`(?<n>(?:\d{1,3}(?:,\d{3})+|\d+|(?:${WORD}|veinti\p{L}+)(?:-(?:${WORD}))*)(?: (?:hundred|thousand|million|cent|cents|mille|mil|cien|cientos))?)`;
const QUALIFIER = String.raw`(?:(?:at least|more than|over|nearly|almost|some|about|around|up to|as many as|an estimated|a total of|au moins|plus de|près de|environ|al menos|más de|cerca de|unos|unas|alrededor de) )?`;
const NOUN_GAP = String.raw`(?: [\p{L}'’-]+){0,5}?`;

/** Any word of death: texts without one are not searched further (the count patterns are costly). */
export const DEATH_WORD = /kill|dead|death|died|murder|massacr|execut|shot|gunned|lynch|lives|perish|toll|bodies|fatalit|tué|tues|tua|mort|vie|vida|murió|murieron|péri|abattu|muert|asesin|muri|falleci|matando|mató|mataron|dejando/iu;

/** Death-count patterns, to run on lower-cased text (no costly case-insensitive flag); group `n` is the count. */
export const FATALITY_PATTERNS: readonly RegExp[] = [
  String.raw`\b(?:killing of|murder of|massacre of|deaths of|killing|killed|kills|massacring|massacred|executing|executed|murdering|murdered|shooting dead|shot dead|gunning down|gunned down|lynch(?:ed|ing)|claim(?:ed|ing) the lives of)\s+${QUALIFIER}${N}\b`,
  String.raw`\b(?:left|leaving)\s+${QUALIFIER}${N}${NOUN_GAP} dead\b`,
  String.raw`\b(?:beat|beating|beaten|hacked|stabbed|burned|burnt|stoned|clubbed) to death\s+${QUALIFIER}${N}\b`,
  String.raw`\b(?:beat|beating|beaten|hacked|stabbed|burned|burnt)\s+${QUALIFIER}${N}${NOUN_GAP} to death\b`,
  String.raw`\b${QUALIFIER}${N}${NOUN_GAP},? (?:were|have been|had been|was|are|being|got)? ?(?:killed|shot dead|murdered|massacred|executed|gunned down|(?:\S+ (?:or|and) )?(?:stabbed|strangled|hacked|beaten|burned|burnt|tortured|clubbed|stoned|shot) to death|found dead|died|dead|lost their lives|perished)\b`,
  String.raw`\bdeath toll (?:\w+ ){0,3}?(?:rose to|reached|of|stands at|climbed to|to|at) ${QUALIFIER}${N}\b`,
  String.raw`\b${QUALIFIER}${N} (?:dead|deaths|fatalities|bodies)\b`,
  String.raw`\b${QUALIFIER}${N}${NOUN_GAP} (?:tués|tuées|tués|morts|mortes|assassinés|assassinées|abattus|ont été tués|ont été tuées|ont péri|ont trouvé la mort)\b`,
  String.raw`\b(?:tuant|tué|abattant|massacrant|faisant)\s+${QUALIFIER}${N}\b(?! blessés)`,
  String.raw`\b(?:coûté la vie à|couté la vie à|costó la vida a|cobró la vida de)\s+${QUALIFIER}${N}\b`,
  String.raw`\b(?:fueron|han sido|resultaron|murieron|fallecieron)\s+(?:asesinad[oa]s|muert[oa]s)?\s*${QUALIFIER}${N}\b`,
  String.raw`\b${QUALIFIER}${N}${NOUN_GAP} (?:muertos|muertas|asesinados|asesinadas|fallecidos|fallecidas|murieron|fallecieron|(?:fueron|han sido|resultaron) (?:asesinad[oa]s|muert[oa]s))\b`,
  String.raw`\b(?:matando a|asesinando a|mató a|mataron a|asesinó a|asesinaron a|ultimó a|ultimaron a|dejando)\s+${QUALIFIER}${N}\b`,
].map((source) => wordPattern(source, 'gu'));

/** One death reported without a number: a single person killed (lower-cased text). */
export const SINGLE_DEATH = wordPattern(String.raw`\b(?:was|has been|had been|is) (?:shot dead|killed|murdered|beaten to death|executed|assassinated|hacked to death|burned to death|found dead)\b|\b(?:a été tuée?|a été abattue?|est mort|est morte|a trouvé la mort|murió|falleció|fue asesinad[oa]|resultó muert[oa]|(?:acab(?:ó|aron) con la vida|quit(?:ó|aron) la vida) (?:de|a) (?:un|una|otro|otra|el|la|su))\b`, 'u');
