/**
 * Reads article metadata from JSON-LD blocks: the first object typed as an
 * article, report or web page (top level, in arrays or in `@graph`).
 * @module
 */

/** Fields Communiqué reads from JSON-LD. */
export interface JsonLdArticle {
  readonly headline?: string;
  readonly datePublished?: string;
  readonly dateModified?: string;
  readonly author?: string;
  readonly publisher?: string;
  readonly inLanguage?: string;
  readonly description?: string;
}

const ARTICLE_TYPE = /article|posting|report|news|pressrelease|webpage|creativework/i;
const MAX_JSON_CHARS = 1_000_000;
const MAX_NODES = 2000;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** The article metadata of the page's JSON-LD blocks (empty when none parses). */
export function readJsonLd(scripts: readonly string[]): JsonLdArticle {
  let fallback: JsonLdArticle = {};
  for (const raw of scripts) {
    if (raw.length > MAX_JSON_CHARS) continue;
    let data: Json;
    try {
      data = JSON.parse(raw.trim()) as Json;
    } catch {
      continue;
    }
    // Breadth-first over arrays and @graph, bounded, so hostile JSON cannot make it slow.
    const queue: Json[] = [data];
    for (let head = 0; head < queue.length && head < MAX_NODES; head++) {
      const node = queue[head]!;
      if (Array.isArray(node)) {
        for (const item of node.slice(0, MAX_NODES)) queue.push(item);
      } else if (node !== null && typeof node === 'object') {
        const graph = node['@graph'];
        if (graph !== undefined) queue.push(graph);
        const type = [node['@type']].flat().filter((t) => typeof t === 'string').join(' ');
        if (!ARTICLE_TYPE.test(type)) continue;
        const found = pick(node);
        if (found.datePublished !== undefined || found.headline !== undefined) {
          if (!/webpage/i.test(type)) return found;
          if (fallback.headline === undefined && fallback.datePublished === undefined) fallback = found;
        }
      }
    }
  }
  return fallback;
}

function pick(o: { [k: string]: Json }): JsonLdArticle {
  const out: Record<string, string> = {};
  const set = (key: string, value: string | undefined) => {
    if (value !== undefined && value.trim() !== '') out[key] = value.trim();
  };
  set('headline', text(o.headline) ?? text(o.name));
  set('datePublished', text(o.datePublished) ?? text(o.dateCreated));
  set('dateModified', text(o.dateModified));
  set('author', nameOf(o.author));
  set('publisher', nameOf(o.publisher));
  set('inLanguage', text(o.inLanguage) ?? nameOf(o.inLanguage));
  set('description', text(o.description));
  return out;
}

function text(v: Json | undefined): string | undefined {
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first : undefined;
}

/** A name from a string, a `{name}` object or a flat list of them (never recursing into nested lists). */
function nameOf(v: Json | undefined): string | undefined {
  const names = (Array.isArray(v) ? v : [v]).map(singleName).filter((n): n is string => n !== undefined);
  return names.length > 0 ? [...new Set(names)].join(', ') : undefined;
}

function singleName(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return /^https?:/.test(v) ? undefined : v;
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) return text(v.name);
  return undefined;
}
