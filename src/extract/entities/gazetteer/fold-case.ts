/**
 * The one case folding used to build and to look up gazetteer names.
 * @module
 */

/**
 * Lower case without the dot that lower-casing Turkish "İ" leaves behind, with
 * typographic apostrophes made plain and hyphens between letters dropped, so
 * "İstanbul" and "istanbul", "Côte d’Ivoire" and "Côte d'Ivoire",
 * "Pétion-Ville" and "Pétionville" fold alike.
 */
export function foldCase(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\u0307/g, '').replace(/[’‘ʼ]/g, "'").replace(/(?<=\p{L})[-‐](?=\p{L})/gu, '');
}
