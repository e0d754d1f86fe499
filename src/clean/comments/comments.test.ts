import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from '../../model/page.js';
import { sourceDirOf } from '../../util/paths.js';
import { createBoilerplateMarker } from '../boilerplate/index.js';
import { checkAnalysis, loadFixtures } from '../segment/check-fixture.js';
import { textToPage } from '../text/text-to-page.js';
import { understandPage } from '../understand-page.js';
import { commentHeader, saysAuthor } from './comment-cues.js';
import { createCommentFinder, isAnonymous } from './index.js';
import { isNameLike, splitNameDate } from './name-line.js';
import { findDates } from '../../extract/metadata/dates/index.js';

const findComments = (page: Page) => createCommentFinder()(createBoilerplateMarker()(page));

describe('comment fixtures', () => {
  for (const c of loadFixtures(join(sourceDirOf(import.meta.url), 'fixtures'))) {
    test(`${c.name}: comments are read out and kept out of the statement`, () => assert.deepEqual(checkAnalysis(understandPage(c.page), c.expected), []));
  }
});

describe('comment section headers', () => {
  const cases: readonly (readonly [string, number | null])[] = [
    ['3 comments:', 3], ['Comments (3)', 3], ['2 Responses to "Free the twelve!"', 2], ['4 Comments', 4], ['Yorumlar (0)', 0],
    ['3 réponses à « Mali : non aux exécutions »', 3], ['2 comentarios', 2], ['12 Kommentare', 12], ['التعليقات (2)', 2], ['One comment', 1], ['Comments', null],
  ];
  for (const [text, count] of cases) test(`"${text}" heads a section of ${count ?? 'unknown'}`, () => assert.deepEqual(commentHeader(text), { count }));
  for (const text of ['Comments on the new law are welcome until May.', 'The comments of the minister were shameful.']) {
    test(`"${text}" is not a header`, () => assert.equal(commentHeader(text), null));
  }
});

describe('commenters', () => {
  test('the name before "says:", "said...", "a dit :" is the author', () => {
    assert.equal(saysAuthor('Abdelrahman K. says:'), 'Abdelrahman K.');
    assert.equal(saysAuthor('Meera Sahu said...'), 'Meera Sahu');
    assert.equal(saysAuthor('Heike Brandt sagt:'), 'Heike Brandt');
    assert.equal(saysAuthor('Jean on June 3, 2018 said:'), 'Jean');
    assert.equal(saysAuthor('The minister said the talks would resume next week.'), null);
  });
  test('anonymous names in several languages have no author', () => {
    for (const n of ['Anonymous', 'Anonyme', 'Anónimo', 'Guest', 'Gast', 'Misafir', 'زائر', 'Invité']) assert.equal(isAnonymous(n), true, n);
    assert.equal(isAnonymous('Ana Nimo'), false);
  });
  test('names are short runs of capitalised words, initials and particles', () => {
    for (const n of ['Karim B.', 'Lucía Campo Ulcué', 'Jean-Robert P.', 'Ahmed bin Salem', 'cdrd_admin']) assert.equal(isNameLike(n), true, n);
    for (const n of ['Free them all.', 'Thank you!', 'We will be there on Saturday with the whole branch']) assert.equal(isNameLike(n), false, n);
  });
  test('a name and a date on one line are split', () => {
    const text = 'Chileshe M. · 9 November 2016, 14:22';
    assert.equal(splitNameDate(text, findDates(text))?.name, 'Chileshe M.');
    const dateline = 'Darwin, 3 September 1999';
    assert.equal(splitNameDate(dateline, findDates(dateline))?.name, 'Darwin');
  });
});

describe('comment sections', () => {
  test('a section that counts zero comments yields none', () => {
    const { comments } = findComments(textToPage('A statement.\n\nYorumlar (0)\nBu habere henüz yorum yapılmamış. İlk yorumu siz yapın!\nYorum Yaz\nAdınız\nGönder'));
    assert.deepEqual(comments, []);
  });
  test('a section never yields more comments than its header counts', () => {
    const { comments } = findComments(textToPage('1 comment\n\nAnna says:\nMay 2, 2020 at 9:00 am\nFirst.\nReply\n\nBen says:\nMay 3, 2020 at 9:00 am\nSecond.\nReply'));
    assert.equal(comments.length, 1);
  });
  test('a place-and-date line alone does not make a comment section', () => {
    const { comments } = findComments(textToPage('We condemn the attack.\n\nDarwin, 3 September 1999\n\nAPCET Secretariat\nDarwin, 4 September 1999'));
    assert.deepEqual(comments, []);
  });
  test('comment groups from the HTML reader are comments, reply buttons are not', () => {
    const page: Page = {
      meta: {},
      blocks: [
        { text: 'Our statement text, which is long enough to be running text.', tag: 'p', role: 'main' },
        { text: '2 Comments', tag: 'h2', role: 'boilerplate' },
        { text: 'Karim B.', tag: 'div', role: 'comment', group: 0 },
        { text: 'June 2, 2018 at 6:40 pm', tag: 'div', role: 'comment', group: 0 },
        { text: 'Thank you for keeping their names alive.', tag: 'p', role: 'comment', group: 0 },
        { text: 'Reply', tag: 'div', role: 'comment', group: 0 },
        { text: 'Anonymous', tag: 'div', role: 'comment', group: 1 },
        { text: 'June 3, 2018 at 9:30 am', tag: 'div', role: 'comment', group: 1 },
        { text: 'Free them all.', tag: 'p', role: 'comment', group: 1 },
      ],
    };
    const { comments, page: marked } = findComments(page);
    assert.deepEqual(comments.map((c) => [c.author, c.date, c.text]), [['Karim B.', '2018-06-02', 'Thank you for keeping their names alive.'], [null, '2018-06-03', 'Free them all.']]);
    assert.equal(marked.blocks.find((b) => b.text === 'Reply')?.role, 'boilerplate');
  });
});
