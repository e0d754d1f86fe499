/**
 * Names written in capitals ("NAIROBI", "MINISTRY OF FOREIGN AFFAIRS AND
 * REGIONAL INTEGRATION") put in title case for the archive; names in mixed
 * case are kept as written.
 */

const SMALL = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'to', 'by', 'a', 'an', 'de', 'du', 'des', 'la', 'le', 'les', 'et', 'del', 'y', 'el', 'los', 'las', 'au', 'aux', 'sur', 'en', 'für', 'und', 'der', 'die', 'das', 've', 'da', 'do', 'dos', 'di', 'e']);

/** True when the text has letters and none of them is lower case. */
export const isUpperText = (s: string): boolean => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);

/** Title case for an all-capitals name; other names unchanged. `keep` lists acronyms to leave in capitals. */
export function titleCaseIfUpper(text: string, keep: ReadonlySet<string> = new Set()): string {
  if (!isUpperText(text)) return text;
  let first = true;
  return text.replace(/[\p{L}\p{M}'’]+/gu, (w) => {
    const lower = w.toLowerCase();
    const out = keep.has(w) ? w : !first && SMALL.has(lower) ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
    first = false;
    return out;
  });
}
