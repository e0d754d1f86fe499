/**
 * Words around a place name that make the mention a part of the place or a
 * feature named after it ("North London", "Greater Mumbai", "Salinas Valley",
 * "Da Nang International Airport"). When the whole name is unknown, the
 * resolver tries the name without them: the place it names lies close by.
 * Normalized forms (see `normalizeName`), matched as whole words.
 * @module
 */

/** Words before a name that pick out part of it or its surroundings. */
export const PART_PREFIXES: readonly string[] = [
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  'north east', 'north west', 'south east', 'south west', 'north eastern', 'north western', 'south eastern', 'south western',
  'upper', 'lower', 'greater', 'inner', 'outer', 'downtown', 'metro', 'metropolitan', 'rural', 'coastal',
];

/** Words after a name that make it a feature named after the place. */
export const FEATURE_SUFFIXES: readonly string[] = [
  'valley', 'bay', 'delta', 'basin', 'plain', 'plains', 'area', 'metropolitan area', 'metro area', 'region',
  'airport', 'international airport', 'airbase', 'air base', 'harbour', 'harbor', 'port', 'canal', 'dam',
  'island', 'islands', 'peninsula', 'coast', 'mountains', 'hills', 'lake', 'river', 'gorge', 'pass',
];

/** Words before a name that make it a feature named after the place ("Lake Erie", "Mount Sinjar"). */
export const FEATURE_PREFIXES: readonly string[] = ['lake', 'mount', 'port of', 'bay of', 'gulf of', 'isle of', 'island of'];
