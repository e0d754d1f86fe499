import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from '../model/page.js';
import { contractErrors } from '../model/validate.js';
import { sharedDir, sourceDirOf } from '../util/paths.js';
import { extractFiles, rawFiles } from './dev-extract.js';
import { checkAnalysis, loadFixtures } from './segment/check-fixture.js';
import { textToPage } from './text/text-to-page.js';
import { createPageUnderstander, understandPage } from './understand-page.js';

const here = sourceDirOf(import.meta.url);
const fixtureDirs = ['boilerplate', 'comments', 'segment'].map((d) => join(here, d, 'fixtures')).concat(join(here, '..', 'extract', 'metadata', 'fixtures'));

describe('every fixture, end to end', () => {
  for (const dir of fixtureDirs) {
    for (const c of loadFixtures(dir)) {
      test(`${c.name}: the result has the contract's shape and matches the fixture`, () => {
        const a = understandPage(c.page);
        const doc = { source: c.name, language: null, statements: a.statements.map((s) => ({ ...s, entities: [], stances: [], events: [] })), comments: a.comments, removed: a.removed };
        assert.deepEqual(contractErrors(doc), []);
        assert.deepEqual(checkAnalysis(a, c.expected), []);
        assert.deepEqual(a.warnings, []);
      });
    }
  }
});

describe('pages from the HTML reader', () => {
  const page: Page = {
    meta: { title: 'Stop the lockout at Cardiff docks – Harbour Union', published: '2019-03-04', siteName: 'Harbour Union' },
    blocks: [
      { text: 'Harbour Union', tag: 'h1', role: 'boilerplate' },
      { text: 'Home', tag: 'li', role: 'boilerplate', linkDensity: 1 },
      { text: 'Statements', tag: 'li', role: 'boilerplate', linkDensity: 1 },
      { text: 'Stop the lockout at Cardiff docks', tag: 'h1', role: 'title' },
      { text: 'March 4, 2019 by webmaster', tag: 'div', role: 'main' },
      { text: 'The Harbour Union condemns the lockout of the Cardiff dockers, who refused a roster imposed without any talks with their union.', tag: 'p', role: 'main' },
      { text: 'We demand that the company reopen talks at once and withdraw its threats against the shop stewards of the port.', tag: 'p', role: 'main' },
      { text: 'HU Executive\nCardiff, 3 March 2019', tag: 'p', role: 'boilerplate' },
      { text: 'Share this:', tag: 'h3', role: 'boilerplate' },
      { text: 'Facebook', tag: 'li', role: 'boilerplate', linkDensity: 1 },
    ],
  };
  test('hints are followed, and re-judged where the text says otherwise', () => {
    const a = understandPage(page);
    assert.equal(a.statements.length, 1);
    const s = a.statements[0]!;
    assert.equal(s.title, 'Stop the lockout at Cardiff docks');
    assert.equal(s.published, '2019-03-04');
    assert.equal(s.date, '2019-03-03', 'the signature the extractor called boilerplate is read back');
    assert.ok(s.body.endsWith('HU Executive\nCardiff, 3 March 2019'), s.body);
    assert.ok(!s.body.includes('webmaster'), 'a byline marked main is still a byline');
    assert.ok(a.removed.includes('March 4, 2019 by webmaster'));
  });
});

describe('pathological pages', () => {
  const statement = '\n\nThe Harbour Union condemns the lockout of the Cardiff dockers and calls on every member to join the picket on Monday morning at the gates.\n';
  test('a 1 MB line is read without stalling and kept whole', { timeout: 60_000 }, () => {
    const long = 'We condemn the attack on the village. '.repeat(27_000);
    const a = understandPage(textToPage('Title line' + statement + long + '\n' + '('.repeat(200_000) + '\n' + ' '.repeat(100_000) + 'x'));
    assert.ok(a.statements.some((s) => s.body.length >= 1_000_000));
  });
  test('100,000 short lines take time in proportion to their number', { timeout: 120_000 }, () => {
    const page = (n: number) => textToPage(Array.from({ length: n }, (_, i) => (i % 9 === 0 ? '' : i % 4 === 0 ? `Home | News ${i} | Contact` : `item ${i}: a short line`)).join('\n') + statement);
    const cpu = (p: Page) => {
      const start = process.cpuUsage();
      const a = understandPage(p);
      const used = process.cpuUsage(start);
      return { ms: (used.user + used.system) / 1000, a };
    };
    const small = cpu(page(10_000));
    const large = cpu(page(100_000));
    assert.ok(large.a.removed.length > 10_000);
    // Linear work gives a ratio near 10; a quadratic pass would give about 100.
    assert.ok(large.ms / Math.max(small.ms, 1) < 30, `10k lines: ${small.ms} ms, 100k lines: ${large.ms} ms`);
  });
  test('a spent time budget ends with a warning and a coarser result, not a stall', () => {
    const understand = createPageUnderstander();
    const a = understand(textToPage(Array.from({ length: 5_000 }, (_, i) => `line ${i} of a long page, with words.`).join('\n')), { timeBudgetMs: 0 });
    assert.equal(a.warnings.length, 1);
    assert.match(a.warnings[0]!, /time budget of 0 ms/);
    assert.equal(a.statements.length, 1);
  });
});

interface Floors {
  readonly statementsF1: number;
  readonly bodyF1: number;
  readonly title: number;
  readonly issuersF1: number;
  readonly date: number;
  readonly published: number;
  readonly place: number;
  readonly commentCountExact: number;
  readonly commentAuthorsF1: number;
  readonly maxMustRemoveLeaks: number;
}

describe('quality gate on the shared statements set', () => {
  const shared = sharedDir();
  test('figures stay at or above their pinned floors', { skip: shared === null ? 'no ../shared folder' : false, timeout: 120_000 }, async () => {
    const data = join(shared!, 'data', 'statements');
    const results = await extractFiles(rawFiles([join(data, 'raw')]));
    const dir = mkdtempSync(join(tmpdir(), 'communique-gate-'));
    try {
      writeFileSync(join(dir, 'out.jsonl'), results.map((r) => JSON.stringify(r)).join('\n') + '\n');
      const run = spawnSync(process.execPath, [join(shared!, 'eval', 'score.mjs'), '--gold', join(data, 'gold'), '--raw', join(data, 'raw'), '--system', join(dir, 'out.jsonl'), '--json'], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      const r = JSON.parse(run.stdout);
      const floors = JSON.parse(readFileSync(join(here, 'understand-page.floors.json'), 'utf8')) as Floors;
      const got: Floors = {
        statementsF1: r.statements.f1, bodyF1: r.body.f1, title: r.title.accuracy, issuersF1: r.issuers.f1, date: r.date.accuracy, published: r.published.accuracy,
        place: r.place.accuracy, commentCountExact: r.comments.countExact.accuracy, commentAuthorsF1: r.comments.authors.f1, maxMustRemoveLeaks: r.mustRemove.leaks,
      };
      const below = Object.entries(floors).filter(([k, v]) => typeof v === 'number' && (k === 'maxMustRemoveLeaks' ? got[k] > v : got[k as keyof Floors] < v));
      assert.deepEqual(below.map(([k, v]) => `${k}: ${got[k as keyof Floors]} (floor ${v})`), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
