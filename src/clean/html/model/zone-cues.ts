/**
 * Cue words that say what part of a page an element is, read from its tag,
 * `role`, `itemprop`, and the words of its `class` and `id` (split at `-`,
 * `_` and camelCase, so `entry-meta`, `social_share` and `shareBar` all
 * count). Data only; `zones.ts` applies it.
 * @module
 */

/** The kinds of page furniture the extractor tells apart. */
export type Zone =
  | 'comments' | 'cookie' | 'popup' | 'nav' | 'share' | 'related' | 'sidebar' | 'footer'
  | 'header' | 'meta' | 'tags' | 'ad' | 'newsletter' | 'form' | 'caption'
  /** Found by structure, not by name: a run of alike cards, each a headline link and a blurb. */
  | 'teaser';

/** Zones whose cue is trusted even when the element holds most of the page's text. */
export const STRONG_ZONES: ReadonlySet<Zone> = new Set(['comments', 'cookie']);

/**
 * Zones whose cue is trusted unless the element also holds a sign of the
 * article (an `h1`, `<article>`, a body class) and much of the page's text;
 * the other zones' words also turn up on wrappers of the article itself
 * (`article-body js-share-tracking`, `story inline-ads`).
 */
export const RELIABLE_ZONES: ReadonlySet<Zone> = new Set(['nav', 'sidebar', 'footer']);

/** Tags that are page furniture by themselves. */
export const ZONE_OF_TAG: ReadonlyMap<string, Zone> = new Map<string, Zone>([
  ['nav', 'nav'], ['menu', 'nav'], ['aside', 'sidebar'], ['footer', 'footer'], ['header', 'header'],
  ['form', 'form'], ['figure', 'caption'], ['figcaption', 'caption'],
]);

/** ARIA landmark roles. */
export const ZONE_OF_ROLE: ReadonlyMap<string, Zone> = new Map<string, Zone>([
  ['navigation', 'nav'], ['menu', 'nav'], ['menubar', 'nav'], ['banner', 'header'],
  ['contentinfo', 'footer'], ['complementary', 'sidebar'], ['search', 'form'],
  ['dialog', 'popup'], ['alertdialog', 'popup'], ['toolbar', 'share'],
]);

/** Single words of a class or id and the zone they mark. */
export const ZONE_OF_WORD: ReadonlyMap<string, Zone> = new Map<string, Zone>([
  ...words('comments', 'comment comments commentlist commentlists disqus respond replies discussion discussions talkback kommentare kommentar commentaires commentaire comentarios comentario yorum yorumlar reacties'),
  ...words('cookie', 'cookie cookies cookiebar consent gdpr onetrust cookielaw cmp'),
  ...words('popup', 'popup modal overlay lightbox interstitial'),
  ...words('nav', 'nav navbar navigation navi menu menus breadcrumb breadcrumbs crumbs pagination pager pagenav skiplink skiplinks topnav subnav mainnav'),
  ...words('share', 'share shares sharing sharer social socials sociable addthis addtoany a2a shariff sharedaddy sharethis'),
  ...words('related', 'related recommended recommendations recommend trending outbrain taboola yarpp relatedposts'),
  ...words('sidebar', 'sidebar sidebars widget widgets rail sidenav moduletable'),
  ...words('footer', 'footer colophon copyright'),
  ...words('header', 'masthead topbar branding'),
  ...words('meta', 'byline bylines meta postmeta entrymeta vcard author authors timestamp submitted createdby createdate modifydate buttonheading'),
  ...words('tags', 'tags taglist tagcloud tagged labels keywords categories'),
  ...words('ad', 'ad ads advert adverts advertisement advertising adsense adslot dfp sponsor sponsored promo promoted'),
  ...words('caption', 'caption captions credit credits figure'),
  ...words('newsletter', 'newsletter subscribe subscription signup mailchimp donate donation'),
]);

/** Whole class or id names (after lower-casing) that mark a zone though no single word does. */
export const ZONE_OF_NAME: ReadonlyArray<readonly [RegExp, Zone]> = [
  [/^(site|page|global|main)[-_]?header$|^header$|^site[-_]branding$/, 'header'],
  [/^(site|page|global|main)[-_]?footer$|^site[-_]info$/, 'footer'],
  [/read[-_]?next|more[-_]?stories|you[-_]?may|also[-_]?like|most[-_]?(read|popular|viewed|shared)|popular[-_]?posts|more[-_]?from|recent[-_]?posts/, 'related'],
  [/^(posted|published)[-_]?on$|^entry[-_]date$|^post[-_]date$|^(entry|post|article)[-_]?(info|details)$/, 'meta'],
  [/^(tag|cat)[-_]links$|^post[-_]categories$|^entry[-_]categories$/, 'tags'],
  [/^sign[-_]up$|^mc4wp/, 'newsletter'],
  [/^secondary$/, 'sidebar'],
];

/**
 * Class names WordPress and other CMSs put on the article itself to say what
 * taxonomy it belongs to (`tag-kadugli`, `category-news`); they are no cue.
 */
export const TAXONOMY_CLASS = /^(?:(?:tag|category|author|format|status|type|term|postid|single|has|no|with|is|template|page-template|page-id|archive|paged|wp)-[\w-]+|post-\d+|page-\d+|comments?-(?:open|closed))$/;

/** Words that mark the article body itself. */
export const POSITIVE_WORDS: ReadonlySet<string> = new Set([
  'article', 'articlebody', 'content', 'entry', 'post', 'story', 'body', 'text', 'main', 'blog',
  'hentry', 'prose', 'richtext', 'statement', 'release', 'contenido', 'inhalt', 'contenu',
]);

/** `itemprop` values of the article body. */
export const POSITIVE_ITEMPROPS: ReadonlySet<string> = new Set(['articlebody', 'text', 'reviewbody']);

function words(zone: Zone, list: string): Array<[string, Zone]> {
  return list.split(' ').map((w) => [w, zone] as [string, Zone]);
}
