/**
 * Tells whether a block of the main container is a furniture line (a
 * byline, share button, "Read more" link, media contact…) and why.
 * @module
 */
import {
  FURNITURE_AFTER_TEXT, FURNITURE_ANYWHERE, FURNITURE_BEFORE_TEXT, MAX_FURNITURE_CHARS,
} from './model/furniture-lines.js';

/** Where a block stands relative to the running text of the main container. */
export type TextPosition = 'before' | 'within' | 'after';

/** The reason a block is furniture, or null when it reads as text. */
export function furnitureReason(text: string, position: TextPosition): string | null {
  if (text.length > MAX_FURNITURE_CHARS) return null;
  const line = text.replace(/\s+/g, ' ').trim();
  for (const [pattern, reason] of FURNITURE_ANYWHERE) if (pattern.test(line)) return reason;
  if (position === 'before') for (const [pattern, reason] of FURNITURE_BEFORE_TEXT) if (pattern.test(line)) return reason;
  if (position === 'after') for (const [pattern, reason] of FURNITURE_AFTER_TEXT) if (pattern.test(line)) return reason;
  return null;
}
