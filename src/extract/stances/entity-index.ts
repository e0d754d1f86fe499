/**
 * Entity mentions indexed by offset, so noun phrases can be read as whole
 * names and targets can take the entity's canonical name.
 */
import type { Entity } from '../../model/contract.js';

/** Lookups over the entity mentions of one body. */
export interface EntityIndex {
  /** The longest mention starting exactly at `offset`. */
  startingAt(offset: number): Entity | undefined;
  /** The longest mention covering `[start, end)`. */
  covering(start: number, end: number): Entity | undefined;
  /** Mentions lying inside `[start, end)`, in text order. */
  within(start: number, end: number): Entity[];
  /** The last PER mention ending at or before `offset`. */
  lastPersonBefore(offset: number): Entity | undefined;
}

/** Indexes the mentions whose offsets fall inside the body. */
export function indexEntities(entities: readonly Entity[], bodyLength: number): EntityIndex {
  const valid = entities
    .filter((e) => Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end <= bodyLength && e.end > e.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const byStart = new Map<number, Entity>();
  for (const e of valid) if (!byStart.has(e.start)) byStart.set(e.start, e);
  return {
    startingAt: (offset) => byStart.get(offset),
    covering(start, end) {
      let best: Entity | undefined;
      for (const e of valid) {
        if (e.start > start) break;
        if (e.end >= end && (!best || e.end - e.start > best.end - best.start)) best = e;
      }
      return best;
    },
    within: (start, end) => valid.filter((e) => e.start >= start && e.end <= end),
    lastPersonBefore(offset) {
      let found: Entity | undefined;
      for (const e of valid) if (e.type === 'PER' && e.end <= offset) found = e;
      return found;
    },
  };
}

/** The name an entity mention stands for: its canonical name when the tagger linked one. */
export function entityName(entity: Entity): string {
  return entity.canonical ?? entity.text;
}
