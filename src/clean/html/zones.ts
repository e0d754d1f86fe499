/**
 * Reads an element's own cues: which zone of page furniture it marks, if
 * any, and whether it marks the article body.
 * @module
 */
import type { HtmlElement } from './dom.js';
import {
  POSITIVE_ITEMPROPS, POSITIVE_WORDS, TAXONOMY_CLASS, ZONE_OF_NAME, ZONE_OF_ROLE, ZONE_OF_TAG,
  ZONE_OF_WORD,
} from './model/zone-cues.js';
import type { Zone } from './model/zone-cues.js';

/** Cue reading of one element. */
export interface ElementCue {
  readonly zone: Zone | null;
  /** A class or id word names the article body (another may still name a zone). */
  readonly positive: boolean;
}

const NONE: ElementCue = { zone: null, positive: false };
const NO_NAME: NameCue = { named: null, positive: false };

/** Reading of the `id` and `class` names alone. */
interface NameCue {
  readonly named: Zone | null;
  readonly positive: boolean;
}

/**
 * Returns a reader of element cues with its own cache of `id`/`class`
 * readings: pages repeat the same class names hundreds of times (menu items,
 * list rows), so one cache per page saves most of the word splitting.
 */
export function createCueReader(): (el: HtmlElement) => ElementCue {
  const cache = new Map<string, NameCue>();
  const tokens = new Map<string, NameCue>();
  return (el) => {
    const a = el.attrs;
    const itemprop = a.itemprop?.toLowerCase();
    if (itemprop !== undefined) {
      if (POSITIVE_ITEMPROPS.has(itemprop)) return { zone: null, positive: true };
      if (itemprop === 'comment' || itemprop === 'comments') return { zone: 'comments', positive: false };
    }
    let zone: Zone | null = ZONE_OF_TAG.get(el.tag) ?? null;
    const role = a.role?.toLowerCase();
    if (role !== undefined) {
      if (role === 'main' || role === 'article') return { zone: null, positive: true };
      zone = ZONE_OF_ROLE.get(role) ?? zone;
    }
    if (a.id === undefined && a.class === undefined) return zone === null ? NONE : { zone, positive: false };
    const names = `${a.id ?? ''} ${a.class ?? ''}`;
    let cue = cache.get(names);
    if (cue === undefined) cache.set(names, (cue = readNames(names, tokens)));
    return cue.named === null && zone === null && !cue.positive ? NONE : { zone: cue.named ?? zone, positive: cue.positive };
  };
}

function readNames(names: string, tokens: Map<string, NameCue>): NameCue {
  let positive = false;
  let named: Zone | null = null;
  for (const token of names.split(/\s+/)) {
    if (token === '') continue;
    let cue = tokens.get(token);
    if (cue === undefined) tokens.set(token, (cue = readToken(token)));
    named ??= cue.named;
    positive ||= cue.positive;
  }
  return { named, positive };
}

/** One class or id name: a whole-name pattern, else a furniture word anywhere in it (`post-meta`), else a body word. */
function readToken(token: string): NameCue {
  const lower = token.toLowerCase();
  for (const [pattern, z] of ZONE_OF_NAME) if (pattern.test(lower)) return { named: z, positive: false };
  if (TAXONOMY_CLASS.test(lower)) return NO_NAME;
  let positive = false;
  for (const w of splitWords(token)) {
    const z = ZONE_OF_WORD.get(w);
    if (z !== undefined) return { named: z, positive: false };
    if (POSITIVE_WORDS.has(w)) positive = true;
  }
  return positive ? { named: null, positive } : NO_NAME;
}

/** Splits a class or id into lower-case words at `-`, `_`, digits and camelCase humps. */
export function splitWords(token: string): string[] {
  const spaced = /[A-Z]/.test(token) ? token.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() : token;
  return spaced.match(/[a-z\u00c0-\uffff]+/g) ?? [];
}
