/**
 * Abbreviations of place names, matched on the surface form as written (case
 * and dots matter: "US" and "U.S." are the country, "us" is a pronoun). The
 * gazetteer drops code-like alternate names, so these are the only codes the
 * resolver reads.
 * @module
 */

/** What an abbreviation stands for: a country by ISO2 code, or a named place inside a country. */
export type AbbreviationTarget =
  | { readonly country: string }
  | { readonly name: string; readonly country: string; readonly kind: 'region' | 'city' };

const region = (name: string, country: string): AbbreviationTarget => ({ name, country, kind: 'region' });
const city = (name: string, country: string): AbbreviationTarget => ({ name, country, kind: 'city' });

export const COUNTRY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'US': 'US', 'U.S.': 'US', 'U.S': 'US', 'USA': 'US', 'U.S.A.': 'US', 'U.S.A': 'US',
  'UK': 'GB', 'U.K.': 'GB', 'U.K': 'GB', 'GB': 'GB',
  'UAE': 'AE', 'U.A.E.': 'AE', 'KSA': 'SA',
  'DRC': 'CD', 'D.R.C.': 'CD', 'DR Congo': 'CD', 'RDC': 'CD',
  'PRC': 'CN', 'P.R.C.': 'CN', 'DPRK': 'KP', 'ROK': 'KR', 'ROC': 'TW',
  'CAR': 'CF', 'BiH': 'BA', 'PNG': 'PG', 'NZ': 'NZ', 'N.Z.': 'NZ',
  'RSA': 'ZA', 'USSR': 'RU', 'CSSR': 'CZ', 'FRG': 'DE', 'GDR': 'DE', 'ABD': 'US', 'EEUU': 'US', 'EE.UU.': 'US',
};

/** United States: AP style and postal codes; Canada and Australia: the usual short forms. */
const US_STATES: Readonly<Record<string, string>> = {
  'Alabama': 'Ala. AL', 'Alaska': 'AK', 'Arizona': 'Ariz. AZ', 'Arkansas': 'Ark. AR', 'California': 'Calif. Cal. CA',
  'Colorado': 'Colo. CO', 'Connecticut': 'Conn. CT', 'Delaware': 'Del. DE', 'Florida': 'Fla. FL', 'Georgia': 'Ga. GA',
  'Hawaii': 'HI', 'Idaho': 'ID', 'Illinois': 'Ill. IL', 'Indiana': 'Ind. IN', 'Iowa': 'IA', 'Kansas': 'Kan. Kans. KS',
  'Kentucky': 'Ky. KY', 'Louisiana': 'La. LA', 'Maine': 'ME', 'Maryland': 'Md. MD', 'Massachusetts': 'Mass. MA',
  'Michigan': 'Mich. MI', 'Minnesota': 'Minn. MN', 'Mississippi': 'Miss. MS', 'Missouri': 'Mo. MO', 'Montana': 'Mont. MT',
  'Nebraska': 'Neb. Nebr. NE', 'Nevada': 'Nev. NV', 'New Hampshire': 'N.H. NH', 'New Jersey': 'N.J. NJ',
  'New Mexico': 'N.M. N.Mex. NM', 'New York': 'N.Y. NY', 'North Carolina': 'N.C. NC', 'North Dakota': 'N.D. ND',
  'Ohio': 'OH', 'Oklahoma': 'Okla. OK', 'Oregon': 'Ore. Oreg. OR', 'Pennsylvania': 'Pa. Penn. PA', 'Rhode Island': 'R.I. RI',
  'South Carolina': 'S.C. SC', 'South Dakota': 'S.D. SD', 'Tennessee': 'Tenn. TN', 'Texas': 'Tex. TX', 'Utah': 'UT',
  'Vermont': 'Vt. VT', 'Virginia': 'Va. VA', 'Washington': 'Wash. WA', 'West Virginia': 'W.Va. W.V. WV',
  'Wisconsin': 'Wis. Wisc. WI', 'Wyoming': 'Wyo. WY', 'District of Columbia': 'D.C. DC',
};
const CA_PROVINCES: Readonly<Record<string, string>> = {
  'Alberta': 'Alta. AB', 'British Columbia': 'B.C. BC', 'Manitoba': 'Man. MB', 'New Brunswick': 'N.B. NB',
  'Newfoundland and Labrador': 'Nfld. N.L. NL', 'Nova Scotia': 'N.S. NS', 'Ontario': 'Ont. ON', 'Prince Edward Island': 'P.E.I. PEI',
  'Quebec': 'Que. QC', 'Saskatchewan': 'Sask. SK', 'Yukon': 'Y.T.', 'Northwest Territories': 'N.W.T. NWT', 'Nunavut': 'Nvt.',
};
const AU_STATES: Readonly<Record<string, string>> = {
  'New South Wales': 'NSW N.S.W.', 'Queensland': 'Qld QLD Qld.', 'Victoria': 'Vic.', 'Tasmania': 'Tas.',
  'Western Australia': 'W.A.', 'South Australia': 'S.A.', 'Northern Territory': 'N.T.',
};

/** Two-letter postal codes that are also common words or other places' abbreviations: kept only with a state context. */
export const AMBIGUOUS_CODES: ReadonlySet<string> = new Set(['IN', 'ME', 'OR', 'OK', 'HI', 'ID', 'LA', 'MA', 'DE', 'CO', 'SC', 'SA', 'CAR', 'ROC', 'ON', 'AB', 'NE']);

/** Abbreviations of cities. */
const CITIES: Readonly<Record<string, AbbreviationTarget>> = {
  'NYC': city('New York City', 'US'), 'N.Y.C.': city('New York City', 'US'),
  'L.A.': city('Los Angeles', 'US'), 'LA': city('Los Angeles', 'US'), 'D.C.': city('Washington', 'US'),
};

/** Abbreviations of areas beyond one country. */
const AREAS: Readonly<Record<string, AbbreviationTarget>> = {
  'EU': { name: 'European Union', country: '', kind: 'region' }, 'E.U.': { name: 'European Union', country: '', kind: 'region' },
};

function expand(table: Readonly<Record<string, string>>, country: string): [string, AbbreviationTarget][] {
  return Object.entries(table).flatMap(([name, forms]) => forms.split(' ').map((f): [string, AbbreviationTarget] => [f, region(name, country)]));
}

/** Surface form → target, for every abbreviation the resolver knows. */
export const ABBREVIATIONS: ReadonlyMap<string, AbbreviationTarget> = new Map<string, AbbreviationTarget>([
  ...Object.entries(COUNTRY_ABBREVIATIONS).map(([form, country]): [string, AbbreviationTarget] => [form, { country }]),
  ...expand(US_STATES, 'US'),
  ...expand(CA_PROVINCES, 'CA'),
  ...expand(AU_STATES, 'AU'),
  ...Object.entries(CITIES),
  ...Object.entries(AREAS),
]);
