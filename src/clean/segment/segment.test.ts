import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { sourceDirOf } from '../../util/paths.js';
import { createBoilerplateMarker } from '../boilerplate/index.js';
import { createCommentFinder } from '../comments/index.js';
import { textToPage } from '../text/text-to-page.js';
import { understandPage } from '../understand-page.js';
import { checkAnalysis, loadFixtures } from './check-fixture.js';
import { cleanTitle, createSegmenter, isKicker, isOrgLike } from './index.js';
import { bodyText, removedText } from './statement-text.js';

const segment = (text: string) => createSegmenter()(createCommentFinder()(createBoilerplateMarker()(textToPage(text))).page);

describe('segmentation fixtures', () => {
  for (const c of loadFixtures(join(sourceDirOf(import.meta.url), 'fixtures'))) {
    test(`${c.name}: statements, titles and bodies come out as expected`, () => assert.deepEqual(checkAnalysis(understandPage(c.page), c.expected), []));
  }
});

describe('kickers and signature lines', () => {
  for (const k of ['PRESS RELEASE', 'For immediate release', 'Statement of the Political Bureau of the Party', 'DÉCLARATION DU BUREAU NATIONAL', 'COMUNICADO PÚBLICO', 'Pressemitteilung', 'Basın Açıklaması', 'بيان']) {
    test(`"${k}" is a kicker`, () => assert.equal(isKicker(k), true));
  }
  for (const k of ['Stop the evictions now!', 'Statements are not enough', 'Long live the struggle of the dockers!']) test(`"${k}" is not a kicker`, () => assert.equal(isKicker(k), false));
  for (const s of ['Executive Board, FPWV', 'Sudan Democracy Monitor (SDM)', 'Pour le Bureau exécutif national,', 'le Secrétaire général', 'Central Executive Committee']) {
    test(`"${s}" can sign a statement`, () => assert.equal(isOrgLike(s), true));
  }
  for (const s of ['Police violence at UNZA: CRWZ demands an inquiry', 'Solidarity with the workers of Tongi!', 'We demand their release.']) test(`"${s}" does not sign a statement`, () => assert.equal(isOrgLike(s), false));
});

describe('titles', () => {
  test('a site name prefix or suffix is cut from a page title', () => {
    assert.equal(cleanTitle('Rif detainees on hunger strike – Committee for the Rif Detainees', ['Committee for the Rif Detainees']), 'Rif detainees on hunger strike');
    assert.equal(cleanTitle('Harbour Union | Stop the lockout at Cardiff docks', ['Harbour Union']), 'Stop the lockout at Cardiff docks');
    assert.equal(cleanTitle('Stop the lockout at the Cardiff docks now - HU', []), 'Stop the lockout at the Cardiff docks now');
  });
  test('the heading above a body is its title; a kicker between them is not', () => {
    const seg = segment('PRESS RELEASE\n\nHarbour Union backs the dockers\n\nThe Harbour Union backs the dockers of Cardiff in their fight against the lockout that began on 21 February, and calls on all members to join the picket at the dock gates on Monday morning.\n');
    assert.equal(seg.statements.length, 1);
    assert.equal(seg.statements[0]!.title, 'Harbour Union backs the dockers');
    assert.deepEqual(seg.statements[0]!.kickers.map((k) => seg.lines[k]!.text), ['PRESS RELEASE']);
  });
});

describe('bodies', () => {
  const text = [
    'Stop the lockout!', '', 'CARDIFF – 3 March 2019 – The Harbour Union condemns the lockout of the dockers, who refused the new roster that the company imposed without talks.', '',
    'ADVERTISEMENT', '', 'We demand that the company reopen talks with the union at once and withdraw the threat of dismissals against the shop stewards.', '',
    'Long live the dockers!', '', 'HU Executive', 'Cardiff, 3 March 2019', '', 'Share this:', 'Facebook',
  ].join('\n');
  test('a body runs from the opening dateline to the signature, less inline debris', () => {
    const seg = segment(text);
    const body = bodyText(seg, seg.statements[0]!);
    assert.ok(body.startsWith('CARDIFF – 3 March 2019 –'), body);
    assert.ok(body.endsWith('HU Executive\nCardiff, 3 March 2019'), body);
    assert.ok(!body.includes('ADVERTISEMENT'));
  });
  test('paragraphs are kept apart by a blank line', () => assert.match(bodyText(segment(text), segment(text).statements[0]!), /shop stewards\.\n\nLong live/));
  test('everything outside bodies and titles is removed, in page order', () => assert.deepEqual(removedText(segment(text)), ['ADVERTISEMENT', 'Share this:', 'Facebook']));
  test('a page whose only text is short still gives that text', () => {
    const seg = segment('Condemnation\n\nThe Harbour Union condemns the assassination of Mary Roe and calls for an independent investigation.\n');
    assert.equal(seg.statements.length, 1);
  });
  test('a statement broken by a stray debris line is mended', () => {
    const seg = segment('Title of the text\n\nThe first part of the statement is long enough to stand as text on its own, and it goes on.\nhttps://example.org/image.jpg\nThe second part of the statement continues the same argument and ends it here.\n');
    assert.equal(seg.statements.length, 1);
    assert.match(bodyText(seg, seg.statements[0]!), /goes on\.\nThe second part/);
  });
});
