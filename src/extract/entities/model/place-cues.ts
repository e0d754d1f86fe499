/**
 * Words that announce a place name in French, Spanish, Portuguese, Italian,
 * German and Turkish (written for this project). Lower case.
 */

/** Place nouns followed by the name: "municipio de X", "province du X", "village de X". */
export const LOCATIVE_NOUNS: ReadonlySet<string> = new Set([
  'municipio', 'municipalidad', 'ciudad', 'departamento', 'provincia', 'región', 'vereda', 'corregimiento', 'pueblo',
  'comunidad', 'resguardo', 'barrio', 'estado', 'distrito', 'localidad', 'campamento', 'cárcel', 'prisión',
  'ville', 'village', 'commune', 'province', 'région', 'département', 'préfecture', 'localité', 'camp', 'prison',
  'quartier', 'cercle', 'arrondissement', 'wilaya',
  'cidade', 'município', 'aldeia', 'bairro', 'città', 'comune', 'villaggio', 'regione',
  'stadt', 'dorf', 'provinz', 'bezirk', 'gemeinde', 'lager', 'gefängnis',
  'ili', 'ilçesi', 'köyü', 'mahallesi', 'kampı', 'cezaevi',
]);

/** Locative prepositions: "en Toribío", "à Djibo", "desde Popayán". */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'en', 'à', 'desde', 'hacia', 'hasta', 'entre', 'em', 'a', 'nach', 'aus', 'bei',
]);
