/**
 * Words that name some village somewhere but are far more often ordinary words
 * or parts of other names. A mention that is only one of these is left
 * unresolved unless the text qualifies it ("Mobile, Alabama").
 * @module
 */

/** Normalized forms (see `normalizeName`). */
export const STOP_NAMES: ReadonlySet<string> = new Set([
  // English function and common words that are also village names somewhere
  'a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'to', 'with', 'we', 'us', 'it', 'is', 'be',
  'he', 'she', 'they', 'you', 'i', 'me', 'my', 'our', 'his', 'her', 'no', 'not', 'yes', 'so', 'all', 'one', 'two',
  'man', 'men', 'police', 'army', 'state', 'states', 'city', 'capital', 'country', 'nation', 'republic', 'government',
  'union', 'center', 'centre', 'north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western',
  'world', 'earth', 'home', 'hope', 'liberty', 'freedom', 'justice', 'victory', 'unity', 'peace', 'progress', 'independence',
  'reading', 'mobile', 'nice', 'bath', 'march', 'may', 'june', 'july', 'august', 'sunday', 'monday', 'friday',
  'president', 'minister', 'general', 'commander', 'party', 'front', 'congress', 'council', 'assembly', 'parliament',
  'media', 'university', 'hospital', 'school', 'church', 'mosque', 'border', 'camp', 'village', 'town', 'region', 'province',
  'district', 'island', 'islands', 'river', 'lake', 'mountain', 'valley', 'beach', 'harbor', 'harbour', 'port', 'bay',
  'street', 'square', 'bridge', 'airport', 'station', 'road', 'market', 'palace', 'house', 'white house', 'kremlin',
  'social', 'national', 'international', 'federal', 'democratic', 'popular', 'people', 'revolution', 'martyr', 'martyrs',
  'christmas', 'easter', 'paradise', 'eden', 'heaven', 'hell', 'zion', 'internet',
]);

/**
 * Words naming a natural feature or a facility: a mention holding one is not
 * a town, so no loose (skeleton) match to a town is tried for it.
 */
export const SITE_WORDS = /\b(?:lake|river|sea|ocean|bay|gulf|strait|island|islands|mountain|mountains|mount|hill|hills|valley|desert|forest|park|airport|square|street|road|avenue|bridge|dam|canal|plateau|peninsula|delta|coast|beach|camp|base|prison|hospital|university|church|mosque|palace|stadium)\b/;
