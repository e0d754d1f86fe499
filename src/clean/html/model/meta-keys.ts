/**
 * `<meta>` names and properties that carry each metadata field, most
 * trusted first (Open Graph, article:*, Dublin Core, Parse.ly, Sailthru).
 * @module
 */

/** Keys of the page title. */
export const TITLE_KEYS: readonly string[] = ['og:title', 'twitter:title', 'dc.title', 'headline'];
/** Keys of the publication date. */
export const PUBLISHED_KEYS: readonly string[] = [
  'article:published_time', 'og:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued',
  'dcterms.issued', 'dcterms.created', 'dc.date.created', 'pubdate', 'publish-date', 'publish_date',
  'publication_date', 'parsely-pub-date', 'sailthru.date', 'article.published', 'created',
];
/** Keys of the last-modified date. */
export const MODIFIED_KEYS: readonly string[] = [
  'article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'dc.date.modified',
  'last-modified', 'lastmod',
];
/** Keys of the author. */
export const AUTHOR_KEYS: readonly string[] = ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl'];
/** Keys of the site name. */
export const SITE_NAME_KEYS: readonly string[] = ['og:site_name', 'application-name', 'publisher', 'dc.publisher'];
/** Keys of the page description. */
export const DESCRIPTION_KEYS: readonly string[] = ['description', 'og:description', 'twitter:description', 'dc.description'];
