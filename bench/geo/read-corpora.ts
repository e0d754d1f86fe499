/**
 * Reads the geoparsing corpora (GeoVirus and TR-News XML) into articles with
 * gold toponyms, fixing each file's offset quirks by finding the toponym's text
 * near the stated offset.
 * @module
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';

type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];
const { getElementsByTagName, textContent } = DomUtils;

export interface GoldToponym {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** Gold point; null when the corpus leaves the toponym unresolved. */
  readonly lat: number | null;
  readonly lon: number | null;
}

export interface GeoArticle {
  readonly text: string;
  readonly toponyms: readonly GoldToponym[];
}

export interface GeoCorpus {
  readonly name: string;
  readonly articles: readonly GeoArticle[];
  /** Gold toponyms whose text could not be found near the stated offset (dropped). */
  readonly unaligned: number;
}

/** The corpus files at `path`: the XML files of a folder, or one file. */
export function corpusFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).filter((f) => f.endsWith('.xml')).sort().map((f) => join(path, f));
}

/** Reads one corpus file; the format (GeoVirus `<location>` or TR-News `<toponym>`) is told from its elements. */
export function readCorpus(path: string): GeoCorpus {
  const doc = parseDocument(readFileSync(path, 'utf8'), { xmlMode: true });
  let unaligned = 0;
  const articles: GeoArticle[] = [];
  for (const article of getElementsByTagName('article', doc)) {
    const text = childText(article, 'text');
    const locations = getElementsByTagName('location', article);
    const raw = locations.length > 0 ? locations.map(geoVirusToponym) : getElementsByTagName('toponym', article).map(trNewsToponym);
    const toponyms: GoldToponym[] = [];
    for (const t of raw) {
      if (t.name === '') continue;
      const at = align(text, t.name, t.start, locations.length > 0 ? -1 : 0);
      if (at < 0) {
        unaligned++;
        continue;
      }
      toponyms.push({ ...t, start: at, end: at + t.name.length });
    }
    articles.push({ text, toponyms });
  }
  return { name: basename(path).replace(/\.xml$/i, ''), articles, unaligned };
}

function geoVirusToponym(el: Element): GoldToponym {
  return {
    name: childText(el, 'name'),
    start: Number(childText(el, 'start')),
    end: Number(childText(el, 'end')),
    lat: numberOrNull(childText(el, 'lat')),
    lon: numberOrNull(childText(el, 'lon')),
  };
}

function trNewsToponym(el: Element): GoldToponym {
  const gaz = getElementsByTagName('gaztag', el)[0];
  return {
    name: childText(el, 'phrase'),
    start: Number(childText(el, 'start')),
    end: Number(childText(el, 'end')),
    lat: gaz ? numberOrNull(childText(gaz, 'lat')) : null,
    lon: gaz ? numberOrNull(childText(gaz, 'lon')) : null,
  };
}

/**
 * Where `name` really is: at the stated offset shifted by the corpus's known
 * skew, else the nearest occurrence at or before it (offsets that run ahead).
 */
function align(text: string, name: string, start: number, skew: number): number {
  const at = start + skew;
  if (text.startsWith(name, at)) return at;
  if (text.startsWith(name, start)) return start;
  const from = Math.max(0, at - 40);
  let best = -1;
  for (let i = text.indexOf(name, from); i >= 0 && i <= at + 3; i = text.indexOf(name, i + 1)) best = i;
  return best;
}

function childText(el: Element, tag: string): string {
  const child = DomUtils.getChildren(el).find((c): c is Element => c.type === ElementType.Tag && (c as Element).name === tag);
  if (child === undefined) return '';
  // The article text keeps its exact characters: the offsets count them.
  return tag === 'text' ? textContent(child) : textContent(child).trim();
}

function numberOrNull(s: string): number | null {
  if (s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}
