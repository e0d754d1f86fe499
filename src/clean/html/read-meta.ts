/**
 * Reads the metadata a page declares: `<title>`, `<meta>` (Open Graph,
 * Dublin Core, article:*), JSON-LD, `<time datetime>` and `<html lang>`.
 * @module
 */
import type { PageMeta } from '../../model/page.js';
import type { HtmlElement, HtmlTree } from './dom.js';
import { isoDate } from './iso-date.js';
import type { JsonLdArticle } from './json-ld.js';
import { languageCode } from './language-code.js';
import { AUTHOR_KEYS, DESCRIPTION_KEYS, MODIFIED_KEYS, PUBLISHED_KEYS, SITE_NAME_KEYS, TITLE_KEYS } from './model/meta-keys.js';

/** Options of `readMeta`. */
export interface ReadMetaOptions {
  readonly url?: string;
  /** Text of the heading chosen as the page title, used to cut the site name off `<title>`. */
  readonly heading?: string;
  /** Elements whose `<time>` says nothing about the page (comments, sidebars, related posts). */
  readonly ignoreTime?: (el: HtmlElement) => boolean;
}

/** RDFa properties (Drupal's `dc:date dc:created`) that date the page. */
const RDFA_PUBLISHED = /\b(?:dc:date|dc:created|dcterms:created|dcterms:issued|schema:datePublished)\b/i;
const TITLE_SEPARATOR = /\s+[|\u2013\u2014\u00bb:-]{1,2}\s+/;

/** The `<meta>` tags of a page by lower-case name, property, itemprop or http-equiv (first wins). */
export function collectMetaTags(tree: HtmlTree): Map<string, string> {
  const metas = new Map<string, string>();
  for (const el of tree.elements) {
    if (el.tag !== 'meta') continue;
    const a = el.attrs;
    const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'])?.toLowerCase();
    if (key !== undefined && a.content !== undefined && a.content.trim() !== '' && !metas.has(key)) metas.set(key, a.content.trim());
  }
  return metas;
}

/** The titles a page declares for itself, most trusted first. */
export function declaredTitles(tree: HtmlTree, metas: ReadonlyMap<string, string>, ld: JsonLdArticle): string[] {
  const titles = [...TITLE_KEYS.map((k) => metas.get(k)), ld.headline, tree.title];
  return titles.filter((t): t is string => t !== undefined && t.trim() !== '');
}

/** Collects the page's own metadata. */
export function readMeta(tree: HtmlTree, metas: ReadonlyMap<string, string>, ld: JsonLdArticle, options: ReadMetaOptions = {}): PageMeta {
  let lang: string | undefined;
  let canonical: string | undefined;
  let published: string | undefined;
  let modified: string | undefined;
  for (const el of tree.elements) {
    const a = el.attrs;
    if (el.tag === 'meta') continue;
    if (el.tag === 'html') lang ??= a.lang ?? a['xml:lang'];
    else if (el.tag === 'link' && a.rel?.toLowerCase() === 'canonical' && /^https?:\/\//.test(a.href ?? '')) canonical ??= a.href;
    else if (a.property !== undefined && a.content !== undefined && RDFA_PUBLISHED.test(a.property)) published ??= isoDate(a.content);
    else if (el.tag === 'abbr' && a.title !== undefined && /\bpublished\b/.test(a.class ?? '')) published ??= isoDate(a.title);
    else if ((el.tag === 'time' || a.itemprop !== undefined) && !(options.ignoreTime?.(el) ?? false)) {
      const prop = a.itemprop?.toLowerCase();
      const value = isoDate(a.datetime ?? (prop !== undefined ? a.content : undefined));
      if (value === undefined) continue;
      if (prop === 'datemodified' || /updated|modified/i.test(a.class ?? '')) modified ??= value;
      else if (el.tag === 'time' || prop === 'datepublished' || prop === 'datecreated') published ??= value;
    }
  }
  const first = (keys: readonly string[]): string | undefined => {
    for (const k of keys) {
      const v = metas.get(k);
      if (v !== undefined) return v;
    }
    return undefined;
  };
  const siteName = first(SITE_NAME_KEYS) ?? ld.publisher;
  const author = [first(AUTHOR_KEYS), ld.author].find((v) => v !== undefined && !/^https?:/.test(v));
  const meta: Record<string, string | undefined> = {
    title: first(TITLE_KEYS) ?? ld.headline ?? cleanTitle(tree.title, options.heading, siteName),
    published: isoDate(first(PUBLISHED_KEYS)) ?? isoDate(ld.datePublished) ?? published,
    modified: isoDate(first(MODIFIED_KEYS)) ?? isoDate(ld.dateModified) ?? modified,
    author,
    siteName,
    language: languageCode(lang) ?? languageCode(metas.get('content-language')) ?? languageCode(metas.get('og:locale')) ?? languageCode(ld.inLanguage),
    url: options.url ?? canonical ?? metas.get('og:url'),
    description: first(DESCRIPTION_KEYS) ?? ld.description,
  };
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(meta)) if (v !== undefined && v.trim() !== '') out[k] = v.replace(/\s+/g, ' ').trim();
  return out as PageMeta;
}

/** `<title>` without the site name that CMSs append (`Title | Site`). */
function cleanTitle(raw: string, heading: string | undefined, siteName: string | undefined): string | undefined {
  const title = raw.replace(/\s+/g, ' ').trim();
  if (title === '') return undefined;
  if (heading !== undefined && heading !== '' && (title.startsWith(heading) || title.endsWith(heading))) return heading;
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1]!;
  if (siteName !== undefined && last.toLowerCase() === siteName.toLowerCase()) return parts.slice(0, -1).join(' | ');
  return title;
}
