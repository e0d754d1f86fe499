/**
 * Reduces declared language tags (`en-US`, `pt_BR`, `fra`, `English`) to ISO
 * 639-1 codes.
 * @module
 */

// The few three-letter and English-name forms seen in `lang` attributes and `inLanguage`.
const OTHER_FORMS: ReadonlyMap<string, string> = new Map([
  ['eng', 'en'], ['fra', 'fr'], ['fre', 'fr'], ['spa', 'es'], ['deu', 'de'], ['ger', 'de'],
  ['ara', 'ar'], ['por', 'pt'], ['rus', 'ru'], ['tur', 'tr'], ['ita', 'it'], ['nld', 'nl'],
  ['dut', 'nl'], ['zho', 'zh'], ['chi', 'zh'], ['fas', 'fa'], ['per', 'fa'], ['kur', 'ku'],
  ['english', 'en'], ['french', 'fr'], ['spanish', 'es'], ['german', 'de'], ['arabic', 'ar'],
  ['portuguese', 'pt'], ['russian', 'ru'], ['turkish', 'tr'], ['italian', 'it'],
]);

/** The ISO 639-1 code of a language tag, or undefined when it names none. */
export function languageCode(tag: string | undefined): string | undefined {
  if (tag === undefined) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_\s]/)[0] ?? '';
  if (/^[a-z]{2}$/.test(primary)) return primary;
  return OTHER_FORMS.get(primary);
}
