/**
 * Golden fixtures for the page-understanding steps: a folder per case with
 * `input.txt` (a text scrape) or `input.json` (a page tree, as the HTML
 * reader makes it) and `expected.json`. The expectations are checked against
 * `understandPage`, so every step's fixtures also test the whole chain.
 *
 * expected.json may give: `statements` (title, bodyStart, bodyEnd, issuers,
 * date, published, place), `comments` (author, date, text start),
 * `mustRemove` (strings in no body), `removed` (lines that must be removed),
 * `debris` and `content` (lines the boilerplate step must / must not mark).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '../../model/page.js';
import { foldForCues } from '../text/fold-text.js';
import { textToPage } from '../text/text-to-page.js';
import type { PageAnalysis } from '../understand-page.js';

export interface ExpectedStatement {
  readonly title?: string | null;
  readonly bodyStart?: string;
  readonly bodyEnd?: string;
  readonly issuers?: readonly string[];
  readonly date?: string | null;
  readonly published?: string | null;
  readonly place?: string | null;
}

export interface Expected {
  readonly statements?: readonly ExpectedStatement[];
  readonly comments?: readonly { readonly author: string | null; readonly date?: string | null; readonly text?: string }[];
  readonly mustRemove?: readonly string[];
  readonly removed?: readonly string[];
  readonly debris?: readonly string[];
  readonly content?: readonly string[];
}

export interface FixtureCase {
  readonly name: string;
  readonly page: Page;
  readonly expected: Expected;
}

/** The cases of a `fixtures/` folder, sorted by name. */
export function loadFixtures(dir: string): FixtureCase[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const base = join(dir, name);
      const page = existsSync(join(base, 'input.json')) ? (JSON.parse(readFileSync(join(base, 'input.json'), 'utf8')) as Page) : textToPage(readFileSync(join(base, 'input.txt'), 'utf8'));
      return { name, page, expected: JSON.parse(readFileSync(join(base, 'expected.json'), 'utf8')) as Expected };
    });
}

const norm = (s: string | null | undefined) => (s === null || s === undefined ? null : foldForCues(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
const flat = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** Differences between an analysis and what a fixture expects (empty when it matches). */
export function checkAnalysis(a: PageAnalysis, e: Expected): string[] {
  const out: string[] = [];
  if (e.statements) {
    if (a.statements.length !== e.statements.length) out.push(`statements: ${a.statements.length}, expected ${e.statements.length} (titles: ${a.statements.map((s) => JSON.stringify(s.title)).join(', ')})`);
    e.statements.forEach((x, n) => {
      const s = a.statements[n];
      if (!s) return;
      const body = flat(s.body);
      if (x.bodyStart !== undefined && !body.startsWith(flat(x.bodyStart))) out.push(`#${n} body starts ${JSON.stringify(body.slice(0, 60))}, expected ${JSON.stringify(x.bodyStart)}`);
      if (x.bodyEnd !== undefined && !body.endsWith(flat(x.bodyEnd))) out.push(`#${n} body ends ${JSON.stringify(body.slice(-60))}, expected ${JSON.stringify(x.bodyEnd)}`);
      if (x.title !== undefined && norm(s.title) !== norm(x.title)) out.push(`#${n} title ${JSON.stringify(s.title)}, expected ${JSON.stringify(x.title)}`);
      for (const key of ['date', 'published'] as const) if (x[key] !== undefined && s[key] !== x[key]) out.push(`#${n} ${key} ${s[key]}, expected ${x[key]}`);
      if (x.place !== undefined && norm(s.place) !== norm(x.place)) out.push(`#${n} place ${JSON.stringify(s.place)}, expected ${JSON.stringify(x.place)}`);
      if (x.issuers !== undefined) {
        const got = s.issuers.map(norm).sort();
        const want = x.issuers.map(norm).sort();
        if (JSON.stringify(got) !== JSON.stringify(want)) out.push(`#${n} issuers ${JSON.stringify(s.issuers)}, expected ${JSON.stringify(x.issuers)}`);
      }
    });
  }
  if (e.comments) {
    if (a.comments.length !== e.comments.length) out.push(`comments: ${a.comments.length}, expected ${e.comments.length}`);
    e.comments.forEach((x, n) => {
      const c = a.comments[n];
      if (!c) return;
      if (norm(c.author) !== norm(x.author)) out.push(`comment #${n} author ${JSON.stringify(c.author)}, expected ${JSON.stringify(x.author)}`);
      if (x.date !== undefined && c.date !== x.date) out.push(`comment #${n} date ${c.date}, expected ${x.date}`);
      if (x.text !== undefined && !flat(c.text).startsWith(flat(x.text))) out.push(`comment #${n} text ${JSON.stringify(c.text.slice(0, 40))}, expected to start ${JSON.stringify(x.text)}`);
    });
  }
  for (const m of e.mustRemove ?? []) {
    if (a.statements.some((s) => flat(s.body).includes(flat(m)))) out.push(`left in a body: ${JSON.stringify(m)}`);
  }
  const removed = new Set(a.removed);
  for (const r of [...(e.removed ?? []), ...(e.debris ?? [])]) if (!removed.has(r)) out.push(`not removed: ${JSON.stringify(r)}`);
  return out;
}
