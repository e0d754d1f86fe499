/**
 * @module extract/entities/identity
 * One identity per actor: canonical names shared by the mentions of one actor
 * (acronyms and their expansions, abbreviated words, re-mentions, references
 * to the issuer).
 */
export { assignIdentities } from './assign-identities.js';
export type { IdentityOptions } from './assign-identities.js';
export { nameKey, expandedKey, isAcronym } from './name-key.js';
export { acronymSpells } from './acronym-match.js';
