/**
 * Development aid: shows, for one benchmark page, every block with its role,
 * link density, element path and how much of it the ground truth holds, then
 * the truth's paragraphs that no main block covers.
 *
 *   npx tsx bench/extract/inspect.ts ID_PREFIX [--data DIR] [--all]
 * @module
 */
import { join } from 'node:path';
import { log, scriptArgs } from '../../src/util/cli-args.js';
import { sharedDir } from '../../src/util/paths.js';
import { htmlToPage } from '../../src/clean/html/index.js';
import { collectBlocks } from '../../src/clean/html/collect-blocks.js';
import type { HtmlElement } from '../../src/clean/html/dom.js';
import { parseHtml } from '../../src/clean/html/parse-html.js';
import { loadDataset } from './load-dataset.js';

function pathOf(el: HtmlElement): string {
  const parts: string[] = [];
  for (let e: HtmlElement | null = el; e !== null && parts.length < 5; e = e.parent) {
    const id = e.attrs.id ? '#' + e.attrs.id : '';
    const cls = e.attrs.class ? '.' + e.attrs.class.trim().split(/\s+/).slice(0, 2).join('.') : '';
    parts.unshift(`${e.tag}${id}${cls}`.slice(0, 40));
  }
  return parts.join('>');
}
import { shingles, tokenize } from './score.js';

function coverage(text: string, truth: Map<string, number>): number {
  const s = shingles(tokenize(text));
  let hit = 0;
  let all = 0;
  for (const [k, n] of s) {
    all += n;
    if (truth.has(k)) hit += n;
  }
  return all === 0 ? 1 : hit / all;
}

function main(): void {
  const args = scriptArgs();
  const prefix = args.argv.find((a) => !a.startsWith('--') && a !== args.data);
  const dir = args.data ?? join(sharedDir() ?? '.', 'data', 'article-extraction');
  const page = loadDataset(dir).find((p) => prefix !== undefined && p.id.startsWith(prefix));
  if (page === undefined) {
    log('usage: inspect.ts ID_PREFIX [--data DIR]');
    return;
  }
  const result = htmlToPage(page.html, page.url === undefined ? {} : { url: page.url });
  const truth = shingles(tokenize(page.truth));
  const raw = collectBlocks(parseHtml(page.html).root);
  const showPath = args.argv.includes('--path');
  console.log(page.url, JSON.stringify(result.meta));
  for (const [i, b] of result.blocks.entries()) {
    const cov = coverage(b.text, truth);
    const wrong = (b.role === 'main') !== cov > 0.5;
    if (!args.argv.includes('--all') && !wrong && b.role !== 'main' && b.role !== 'title') continue;
    const flag = wrong ? (b.role === 'main' ? '+' : '-') : ' ';
    console.log(`${flag} ${(b.role ?? '?').padEnd(11)} ${b.tag.padEnd(10)} ld=${(b.linkDensity ?? 0).toFixed(2)} cov=${cov.toFixed(2)} g=${b.group ?? ''} ${b.reason ?? ''} | ${b.text.slice(0, 110).replace(/\n/g, '⏎')}${showPath && raw[i] ? '  @ ' + pathOf(raw[i]!.owner) : ''}`);
  }
  const mainShingles = shingles(tokenize(result.blocks.filter((b) => b.role === 'main').map((b) => b.text).join('\n\n')));
  console.log('--- truth paragraphs not covered:');
  for (const para of page.truth.split(/\n+/)) {
    if (coverage(para, mainShingles) < 0.5) console.log('  ' + para.slice(0, 150));
  }
}

main();
