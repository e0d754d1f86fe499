/**
 * Lower-case words that may join the capitalized words of one name
 * ("Front for the Liberation of …", "Confédération Syndicale des Travailleurs
 * du Faso", "Coordinadora de Pueblos en Resistencia del Cauca"), by language.
 * "and"-like words are listed apart: they join only after an organization head.
 */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  // English
  'of', 'for', 'the', 'in', 'on', 'against', 'at', 'to', 'de', 'al', 'el', 'bin', 'ibn', 'van', 'von', 'der', 'da', 'du',
  // French
  'des', 'la', 'le', 'les', "l'", "d'", 'pour', 'en', 'sur', 'contre', 'aux', 'au',
  // Spanish, Portuguese, Italian
  'del', 'las', 'los', 'para', 'por', 'do', 'dos', 'das', 'di', 'della', 'dei', 'degli', 'delle', 'per', 'na', 'no', 'nos', 'nas',
  // German, Dutch
  'die', 'das', 'dem', 'den', 'für', 'zur', 'zum', 'gegen', 'het', 'voor', 'van',
]);

/** Conjunctions inside organization names ("Ministry of Foreign Affairs and Cooperation"). */
export const NAME_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', '&', 'et', 'y', 'e', 'und', 'en', 've']);

/** Capitalized words that open sentences but never start a name. */
export const NON_NAME_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'our', 'we', 'their', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'my', 'all', 'every',
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'nos', 'notre', 'el', 'los', 'las', 'una', 'nuestro', 'nuestra', 'der',
  'die', 'das', 'ein', 'eine', 'unsere', 'bu', 'bir',
]);

/**
 * Endings of Romance-language adjectives that may follow an organization head
 * in lower case ("Parti communiste français", "Frente amplio", "Groupe armé").
 */
export const ROMANCE_ADJECTIVE_ENDING = /(iste|istes|ique|iques|aire|aires|al|ale|aux|ales|el|elle|ien|ienne|ais|aise|ain|aine|é|ée|és|ées|if|ive|ista|istas|ico|ica|icos|icas|ano|ana|ario|aria|ivo|iva|ense|ar|ares|ado|ada|ido|ida|ero|era|ista|ário|ária|ista|ico|ale|ali|ino|ina)$/u;
