/**
 * The pipeline's steps, in the one order they run, and why each comes where it
 * does. A configuration naming a step that does not exist is an error at
 * build time, not a silently skipped step.
 * @module
 */

export const STEPS = [
  { name: 'page', why: 'HTML and text scrapes become one page tree (blocks with role hints), so every later step has one input shape' },
  { name: 'understand', why: 'debris, reader comments and statement boundaries are read from the page before anything reads the statements' },
  { name: 'language', why: 'identified on the statement bodies, because page chrome is often in another language than the statement' },
  { name: 'entities', why: 'names are tagged per statement body, with offsets into it; the language decides tagger and gazetteer' },
  { name: 'places', why: 'LOC entities are resolved once all places of the statement are known, since they disambiguate each other' },
  { name: 'events', why: 'events need the statement date (relative dates), the places and the actors found above' },
  { name: 'stances', why: 'stances need issuers (for "we") and entities (for targets)' },
] as const;

export type StepName = (typeof STEPS)[number]['name'];

/** Checks a list of step names against the pipeline; returns them in pipeline order. */
export function resolveSteps(names: readonly string[] | undefined): readonly StepName[] {
  if (!names) return STEPS.map((s) => s.name);
  const known = new Set<string>(STEPS.map((s) => s.name));
  for (const n of names) {
    if (!known.has(n)) throw new Error(`unknown pipeline step "${n}"; the steps are: ${[...known].join(', ')}`);
  }
  return STEPS.map((s) => s.name).filter((n) => names.includes(n));
}
