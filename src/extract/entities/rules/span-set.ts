/**
 * Entity spans over a document's tokens, kept sorted and non-overlapping, with
 * the one operation every rule needs: put a span in, replacing what it covers.
 * @module
 */
import type { EntityType } from '../../../model/contract.js';
import type { TokenSpan } from '../types.js';

/** A sorted, non-overlapping list of token spans. */
export class SpanSet {
  private spans: TokenSpan[];

  constructor(spans: readonly TokenSpan[] = []) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
  }

  /** The spans in order. */
  all(): readonly TokenSpan[] {
    return this.spans;
  }

  /** The span covering token `i`, if any. */
  at(i: number): TokenSpan | undefined {
    return this.spans.find((s) => s.start <= i && i < s.end);
  }

  /** Spans overlapping `[start, end)`. */
  overlapping(start: number, end: number): TokenSpan[] {
    return this.spans.filter((s) => s.start < end && start < s.end);
  }

  /**
   * Puts a span in. With `replace`, spans it overlaps are dropped; without,
   * it goes in only where nothing overlaps it.
   */
  put(type: EntityType, start: number, end: number, replace: boolean): boolean {
    if (end <= start) return false;
    const over = this.overlapping(start, end);
    if (over.length > 0 && !replace) return false;
    if (over.length === 1 && over[0]!.start === start && over[0]!.end === end && over[0]!.type === type) return false;
    this.spans = this.spans.filter((s) => !(s.start < end && start < s.end));
    this.spans.push({ type, start, end });
    this.spans.sort((a, b) => a.start - b.start);
    return true;
  }

  /** Removes the span at exactly `[start, end)`. */
  remove(start: number, end: number): void {
    this.spans = this.spans.filter((s) => s.start !== start || s.end !== end);
  }
}
