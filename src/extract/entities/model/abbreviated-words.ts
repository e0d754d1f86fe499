/**
 * Short forms of words in organization and place names ("Govt", "Dept",
 * "Intl"), mapped to the full word, so "Kurdistan Regional Govt" and
 * "Kurdistan Regional Government" are one name. Lower case, without periods.
 */
export const ABBREVIATED_WORDS: Readonly<Record<string, string>> = {
  govt: 'government', dept: 'department', intl: 'international', natl: 'national', assn: 'association',
  assoc: 'association', cttee: 'committee', univ: 'university', corp: 'corporation', co: 'company',
  bros: 'brothers', mt: 'mount', ft: 'fort', fed: 'federation', confed: 'confederation', inst: 'institute',
  ctr: 'centre', min: 'ministry', sec: 'secretariat',
};

/** Spelling variants that name the same word. */
export const WORD_VARIANTS: Readonly<Record<string, string>> = {
  organisation: 'organization', center: 'centre', defense: 'defence', labor: 'labour', programme: 'program',
};

/** Generic heads that, alone with "the" or "our", refer back to an issuer that has them in its name. */
export const GENERIC_SELF_REFERENCES: ReadonlySet<string> = new Set([
  'party', 'front', 'union', 'movement', 'committee', 'council', 'federation', 'confederation', 'association',
  'coalition', 'alliance', 'league', 'organization', 'organisation', 'network', 'forum', 'collective', 'bureau',
  'secretariat', 'assembly', 'congress', 'government', 'ministry', 'army', 'group',
]);
