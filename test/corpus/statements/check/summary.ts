/**
 * What the corpus holds, counted from the gold and from the scorer's view of it.
 * @module
 */
import type { GoldCase } from './gold-types.js';

/** Counts of the corpus's pages, statements and gold items (required ones, optional ones). */
export function summarize(cases: readonly GoldCase[], scorer: Record<string, unknown>): Record<string, number | string> {
  const statements = cases.flatMap((c) => c.gold.statements);
  const count = <T extends { optional?: boolean }>(items: readonly T[]): string => `${items.filter((i) => !i.optional).length}+${items.filter((i) => i.optional).length} optional`;
  const geo = scorer['geocoding'] as { total?: number } | undefined;
  return {
    pages: cases.length,
    html: cases.filter((c) => c.gold.source.endsWith('.html')).length,
    statements: count(statements),
    entities: count(statements.flatMap((s) => s.entities)),
    stances: count(statements.flatMap((s) => s.stances)),
    events: count(statements.flatMap((s) => s.events)),
    comments: cases.reduce((n, c) => n + c.gold.comments.length, 0),
    mustRemove: cases.reduce((n, c) => n + c.gold.mustRemove.length, 0),
    geocodedPlaces: geo?.total ?? 0,
  };
}
