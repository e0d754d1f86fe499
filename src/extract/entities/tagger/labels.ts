/**
 * The BILOU label set of the tagger and its transition constraints.
 * Label 0 is O; type t (in ENTITY_TYPES order) has B = 1+4t, I = 2+4t,
 * L = 3+4t, U = 4+4t.
 * @module
 */
import { ENTITY_TYPES } from '../../../model/contract.js';

/** Number of labels. */
export const LABEL_COUNT = 1 + 4 * ENTITY_TYPES.length;

/** allowedAfter[prev * LABEL_COUNT + cur]: 1 when `cur` may follow `prev`; prev = LABEL_COUNT means sentence start. */
export const ALLOWED_AFTER: Uint8Array = (() => {
  const t = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
  for (let prev = 0; prev <= LABEL_COUNT; prev++) {
    for (let cur = 0; cur < LABEL_COUNT; cur++) t[prev * LABEL_COUNT + cur] = allowed(prev, cur) ? 1 : 0;
  }
  return t;
})();

/** Labels that may end a sentence (O, L, U). */
export const ALLOWED_LAST: Uint8Array = Uint8Array.from({ length: LABEL_COUNT }, (_, l) => (l === 0 || (l - 1) % 4 >= 2 ? 1 : 0));

function allowed(prev: number, cur: number): boolean {
  const open = prev > 0 && prev < LABEL_COUNT && (prev - 1) % 4 < 2;
  if (open) {
    const type = (prev - 1) >> 2;
    return cur > 0 && (cur - 1) >> 2 === type && ((cur - 1) % 4 === 1 || (cur - 1) % 4 === 2);
  }
  return cur === 0 || (cur - 1) % 4 === 0 || (cur - 1) % 4 === 3;
}

/** The entity type index of a label (-1 for O). */
export function typeOfLabel(label: number): number {
  return label === 0 ? -1 : (label - 1) >> 2;
}
