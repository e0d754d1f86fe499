import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from '../../model/page.js';
import { sourceDirOf } from '../../util/paths.js';
import { checkAnalysis, loadFixtures } from '../segment/check-fixture.js';
import { textToPage } from '../text/text-to-page.js';
import { understandPage } from '../understand-page.js';
import { createCueMatcher } from './cue-matcher.js';
import { buildSiteProfile, createBoilerplateMarker, debrisKindOf, normalizeLine, siteShare } from './index.js';
import { menuShape } from './passes/04-menu-lines.js';
import { continuesWrapped, wrapWidth } from './wrap.js';

const mark = createBoilerplateMarker();
const kindsOf = (page: Page) => new Map(mark(page).blocks.map((b) => [b.text, debrisKindOf(b)]));

describe('boilerplate fixtures', () => {
  for (const c of loadFixtures(join(sourceDirOf(import.meta.url), 'fixtures'))) {
    test(`${c.name}: debris lines are marked and content lines are not`, () => {
      const kinds = kindsOf(c.page);
      assert.deepEqual((c.expected.debris ?? []).filter((d) => !kinds.get(d)), [], 'debris left unmarked');
      assert.deepEqual((c.expected.content ?? []).filter((d) => kinds.get(d)), [], 'content marked as debris');
    });
    test(`${c.name}: the page reads as expected end to end`, () => assert.deepEqual(checkAnalysis(understandPage(c.page), c.expected), []));
  }
});

describe('cue lines in several languages', () => {
  const match = createCueMatcher();
  const kind = (text: string, words = text.split(/\s+/).length, prose = false) => match(text, { words, prose, dated: /\d/.test(text) })?.kind ?? null;
  const cases: readonly (readonly [string, string])[] = [
    ['Share this:', 'share'], ['Partager :', 'share'], ['Compartir en Facebook | Compartir en Twitter', 'share'], ['Diesen Beitrag teilen', 'share'], ['Paylaş:', 'share'], ['شارك:', 'share'],
    ['Tweet | Share | Email | WhatsApp', 'share'], ['Facebook · X · Reddit · Email', 'share'],
    ['Tags: strike, dockers', 'tags'], ['Étiquettes : Djibo, Soum', 'tags'], ['Etiketler: Soma, maden', 'tags'], ['الوسوم: عمال', 'tags'], ['Filed under: Solidarity', 'tags'],
    ['Related posts:', 'related'], ['Articles similaires', 'related'], ['Entradas relacionadas', 'related'], ['İlgili Haberler', 'related'], ['مقالات ذات صلة', 'related'], ['Das könnte Sie auch interessieren', 'related'],
    ['Posted on 15 June 2011 by Secretariat', 'byline'], ['Publié le 28 janvier 2023 par Secrétariat', 'byline'], ['By Staff | February 24, 2024 | 2 Comments', 'byline'], ['Hits: 1532', 'byline'], ['Okunma: 412', 'byline'], ['Written by Administrator', 'byline'],
    ['© 2020 Red Chocó. Todos los derechos reservados.', 'copyright'], ['Tüm hakları saklıdır.', 'copyright'], ['Powered by WordPress', 'copyright'],
    ['This website uses cookies to improve your experience.', 'cookie'], ['Bu sitede çerezler kullanılmaktadır.', 'cookie'],
    ['READ ALSO: Hospitals on the brink', 'read-also'], ['Lesen Sie auch: Kundgebung am Freitag', 'read-also'], ['ADVERTISEMENT', 'advert'], ['Publicité', 'advert'],
    ['« Previous article: Rally in Lyon', 'prevnext'], ['Next article: Report from Kobani »', 'prevnext'], ['Click here to return to Press Releases', 'return'], ['Back to top', 'return'],
    ['- END -', 'end-mark'], ['###', 'end-mark'], ['Media contact: Jane Roe', 'contact'], ['(translated from Spanish)', 'translation'], ['Please circulate widely.', 'circulate'],
    ['You are here: Home > Statements > A long title about the strike', 'nav'], ['Subscribe to our newsletter', 'newsletter'], ['Notes to editors', 'about'],
  ];
  for (const [text, expected] of cases) test(`"${text}" is ${expected}`, () => assert.equal(kind(text), expected));
  const content = [
    'Share the wealth, not the war!', 'By the end of the first week, the port company had brought in agency crews.', 'by scabs in Durban.', 'By order of the Central Committee, the congress is called.',
    'Tags and labels will not stop us.', 'We call on the company to respect the consent of the villagers.', 'Related to this, the police arrested eleven people.', 'Back to the barracks!', 'About the massacre in Homs',
  ];
  for (const text of content) test(`"${text}" is not debris`, () => assert.equal(kind(text, text.split(/\s+/).length, /\.$/.test(text) && text.split(/\s+/).length >= 10), null));
});

describe('menus and trails are recognised by their shape', () => {
  for (const text of ['Home | About us | Statements | Contact', 'Inicio   Quiénes somos   Comunicados   Contacto', '[ Home ] [ Statements ] [ Links ]', 'News · Analysis · Statements · Culture', 'Newer Post   Older Post   Home']) {
    test(`"${text}" is a menu`, () => assert.equal(menuShape(text), 'menu'));
  }
  for (const text of ['Home > Media Centre > Press Releases > Ghana welcomes the agreement', 'Accueil » Déclarations » Burkina Faso : halte aux massacres', 'ENGLISH / STATEMENTS']) {
    test(`"${text}" is a trail`, () => assert.equal(menuShape(text), 'breadcrumb'));
  }
  for (const text of ['Jin, jiyan, azadî! Women, life, freedom!', 'Popayán, Cauca, 12 de agosto de 2020', 'Palestine / Israel: stop the bombing of Gaza now', 'The workers | who were sacked last week demand their jobs back.']) {
    test(`"${text}" is not a menu`, () => assert.equal(menuShape(text), null));
  }
});

describe('site profiles', () => {
  const page = (title: string, body: string, date: string) =>
    textToPage(`Vale Tenants' Association\nHome | Campaigns | Statements | Contact\n\n${title}\n\n${body}\n\nVTA Committee\nPontypridd, ${date}\n\nMembership is five pounds a year and every member votes at the annual meeting.\n\nVale Tenants' Association, 12 Taff Street`);
  const pages = [
    page('Stop the Graig evictions', 'The Vale Tenants\' Association (VTA) condemns the eviction notices served on nine families in Graig this week. We demand that the council withdraw them.', '3 March 2020'),
    page('Repair the Maesycoed flats', 'For two winters the tenants of the Maesycoed flats have lived with damp and broken heating. The VTA calls on the housing association to carry out the repairs now.', '9 April 2020'),
    page('Rent rise rejected', 'The VTA rejects the rent rise of nine per cent announced by the council, the third in three years, while wages in the valley have not moved. We call on every tenant to sign the petition and to come to the council meeting on Thursday.', '2 June 2020'),
  ];
  const profile = buildSiteProfile(pages);

  test('lines are compared folded, with digits as #', () => {
    assert.equal(normalizeLine('Hits: 1532'), normalizeLine('HITS:   877'));
    assert.notEqual(normalizeLine('Hits: 1532'), normalizeLine('Views: 1532'));
  });
  test('a line on every page of the site counts as repeated, a page-specific one does not', () => {
    assert.equal(siteShare(profile, 'Membership is five pounds a year and every member votes at the annual meeting.'), 1);
    assert.equal(siteShare(profile, 'Rent rise rejected'), 1 / 3);
    assert.equal(siteShare(undefined, 'Rent rise rejected'), 0);
  });
  test('with a profile, repeated furniture is marked even without a cue', () => {
    const marked = mark(pages[2]!, profile);
    const kinds = new Map(marked.blocks.map((b) => [b.text, debrisKindOf(b)]));
    assert.equal(kinds.get('Membership is five pounds a year and every member votes at the annual meeting.'), 'repeated');
    assert.equal(kinds.get('Rent rise rejected'), null);
  });
  test('a signature repeated on every page stays in the statement, with or without a profile', () => {
    for (const site of [profile, undefined]) {
      const a = understandPage(pages[2]!, site ? { site } : {});
      assert.equal(a.statements.length, 1);
      assert.equal(a.statements[0]!.title, 'Rent rise rejected');
      assert.ok(a.statements[0]!.body.endsWith('VTA Committee\nPontypridd, 2 June 2020'), a.statements[0]!.body);
      assert.equal(a.statements[0]!.date, '2020-06-02');
    }
  });
});

describe('hard-wrapped pages', () => {
  const wrapped = [
    'The committee condemns the eviction of the families from the estate,',
    'which took place on Monday morning without any warning and without',
    'any offer of other housing. We demand that the council stop the',
    'evictions at once and meet the tenants.',
    '',
    'We call on all the unions of the valley to join the picket on Friday',
    'at the town hall, and on the council to open its books to the public.',
  ].map((text) => ({ text, tag: 'line' }));
  test('the wrap width is found when most long lines end near it', () => assert.equal(wrapWidth(wrapped), Math.max(...wrapped.map((l) => l.text.length))));
  test('pages of long unwrapped lines are not wrapped', () => assert.equal(wrapWidth([{ text: 'x'.repeat(300), tag: 'line' }, ...wrapped.slice(0, 2)]), null));
  test('a line continues when the next word would not have fitted', () => {
    assert.equal(continuesWrapped(wrapped[0]!.text, wrapped[1]!.text, 72), true);
    assert.equal(continuesWrapped('Short line.', 'Next paragraph', 72), false);
  });
});
