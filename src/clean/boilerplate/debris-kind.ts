/**
 * The kinds of debris the boilerplate step recognises, and how later steps
 * treat each: hard debris ends a statement, inline debris (an advertisement
 * line) is cut out without ending it, and soft debris (a line repeated on
 * every page of the site, a block the HTML extractor called boilerplate) may
 * be taken back into a statement when the text around it says it belongs
 * there (a signature block repeated under every statement).
 */

export const DEBRIS_KINDS = [
  'nav', 'breadcrumb', 'menu', 'share', 'print', 'byline', 'tags', 'related', 'read-also', 'advert',
  'cookie', 'copyright', 'prevnext', 'mail-header', 'separator', 'return', 'newsletter', 'disclaimer',
  'contact', 'end-mark', 'translation', 'circulate', 'source', 'list', 'site-header', 'repeated', 'hint',
  'comments', 'comment-form', 'link', 'about', 'page', 'quote',
] as const;
export type DebrisKind = (typeof DEBRIS_KINDS)[number];

/** Debris cut out of a statement without ending it. */
export const INLINE_DEBRIS: ReadonlySet<DebrisKind> = new Set<DebrisKind>(['advert', 'read-also']);

/** Debris a statement may take back (signature blocks repeated site-wide, hints the text contradicts). */
export const SOFT_DEBRIS: ReadonlySet<DebrisKind> = new Set<DebrisKind>(['repeated', 'hint', 'site-header', 'list']);

/** True when `reason` (a block's `reason`) names a debris kind. */
export function isDebrisKind(reason: string | undefined): reason is DebrisKind {
  return reason !== undefined && (DEBRIS_KINDS as readonly string[]).includes(reason);
}
