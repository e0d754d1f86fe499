import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { checkAnalysis, loadFixtures } from '../../clean/segment/check-fixture.js';
import { understandPage } from '../../clean/understand-page.js';
import { sourceDirOf } from '../../util/paths.js';
import { findDates } from './dates/index.js';
import { createMetadataExtractor, findPublished } from './index.js';
import type { PageDateLine } from './index.js';

const line = (text: string, kind: string | null = null, beforeBody = true, excluded = false): PageDateLine => ({ text, dates: findDates(text), kind, excluded, beforeBody });
const all = (lines: readonly PageDateLine[]) => lines.flatMap((l) => l.dates);

describe('findPublished finds the page date', () => {
  test('the date the markup declares wins', () => {
    assert.equal(findPublished([line('Posted on 5 May 2019', 'byline')], '2019-05-06', []), '2019-05-06');
  });
  test('a posting cue beats a last-updated line', () => {
    const lines = [line('Last Updated on Tuesday, 04 November 2014 09:40', 'byline', false), line('Posted on 3 November 2014', 'byline')];
    assert.equal(findPublished(lines, undefined, all(lines)), '2014-11-03');
  });
  test('a date line above the first statement is the page date', () => {
    const lines = [line('Thursday, April 19, 2012'), line('The statement text, dated 18 April 2012.', null, false, true)];
    assert.equal(findPublished(lines, undefined, all(lines)), '2012-04-19');
  });
  test('dates of related posts, comments and copyright lines are not the page date', () => {
    const lines = [line('Strike on 8 May 2019', 'related', false), line('© 2019', 'copyright', false), line('May 9, 2019 at 3:00 pm', 'comments', false)];
    assert.equal(findPublished(lines, undefined, all(lines)), null);
  });
  test('a statement body never gives the page date', () => {
    const lines = [line('Athens, 2 November 2014', null, false, true)];
    assert.equal(findPublished(lines, undefined, all(lines)), null);
  });
});

describe('createMetadataExtractor reads each statement', () => {
  const describeAll = createMetadataExtractor();
  test('a signature date beats nothing, and the opening dateline gives the place', () => {
    const [meta] = describeAll({ texts: ['The Harbour Union (HU) condemns the lockout.'], pageDates: [], published: '2019-03-05' }, [
      { body: ['CARDIFF – 3 March 2019 – The Harbour Union (HU) condemns the lockout of the dockers.', 'HU Secretariat'], title: 'Lockout', kickers: [], header: [] },
    ]);
    assert.deepEqual(meta, { issuers: ['Harbour Union'], date: '2019-03-03', place: 'Cardiff' });
  });
  test('a statement that states no date gets null, not the page date', () => {
    const [meta] = describeAll({ texts: [], pageDates: [], published: '2019-03-05' }, [{ body: ['We condemn the lockout of the dockers in the strongest terms.'], title: null, kickers: [], header: [] }]);
    assert.equal(meta!.date, null);
  });
});

describe('metadata fixtures', () => {
  for (const c of loadFixtures(join(sourceDirOf(import.meta.url), 'fixtures'))) {
    test(`${c.name}: issuers, dates and place are read as expected`, () => assert.deepEqual(checkAnalysis(understandPage(c.page), c.expected), []));
  }
});
