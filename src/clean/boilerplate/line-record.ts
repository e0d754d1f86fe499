/**
 * A line of the page with what the boilerplate passes measure and decide
 * about it. HTML blocks holding several lines (from `<br>`) become several
 * records, so text scrapes and HTML pages are judged the same way.
 */
import type { BlockRole, BlockTag } from '../../model/page.js';
import type { DateMatch } from '../../extract/metadata/dates/index.js';
import type { DebrisKind } from './debris-kind.js';

export interface LineRecord {
  readonly index: number;
  readonly text: string;
  readonly tag: BlockTag;
  /** The role the page gave the block (HTML extractor hints); undefined for text scrapes. */
  readonly hint?: BlockRole;
  readonly group?: number;
  readonly linkDensity?: number;
  /** A blank line (or a block break) precedes this line. */
  readonly breakBefore: boolean;
  /** Index of the block the line came from. */
  readonly block: number;
  readonly words: number;
  readonly prose: boolean;
  /** Dates found in the line (read on a bounded prefix). */
  readonly dates: readonly DateMatch[];
  /** Share of the line taken by dates and times (0–1). */
  readonly dateCover: number;
  /** A time of day ("15:12", "9:05 am") appears. */
  readonly hasTime: boolean;
  /** The debris kind decided so far, null while the line may be content. */
  kind: DebrisKind | null;
  /** How the kind was decided (for `communique show`). */
  why?: string;
}
