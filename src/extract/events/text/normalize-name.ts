/**
 * Names compared the way the contract's scorer compares them: NFKD,
 * diacritics dropped, lower case, punctuation to spaces, a leading "the "
 * dropped. Used to merge repeated actors and places.
 */

/** The comparable form of a name. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /u, '');
}
