import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readSignature, signatureLines } from '../signature/read-tail.js';
import { canonicalName } from './canonical-name.js';
import { findAcronyms, longFormFor } from './find-acronyms.js';
import { orgFromKicker } from './org-from-kicker.js';
import { resolveIssuers } from './resolve-issuers.js';

describe('findAcronyms finds the long forms the text defines', () => {
  test('long forms are matched letter by letter, articles dropped', () => {
    const m = findAcronyms(['The Vale Tenants\' Association (VTA) condemns the eviction.', 'Le Collectif pour la Défense des Travailleurs (CDT) exige…']);
    assert.equal(m.get('VTA'), "Vale Tenants' Association");
    assert.equal(m.get('CDT'), 'Collectif pour la Défense des Travailleurs');
  });
  test('hyphenated words give two letters', () => assert.equal(longFormFor('APWN', 'members of the Asia-Pacific Women Network'), 'Asia-Pacific Women Network'));
  test('a parenthesis that is not an acronym defines nothing', () => {
    const m = findAcronyms(['The workers (many of them women) marched.', 'It was held (2019) in Lyon.']);
    assert.equal(m.size, 0);
  });
  test('a mixed-case long form wins over one in capitals', () => {
    const m = findAcronyms(['ASIA COALITION FOR PEACE (ACP)', 'The Asia Coalition for Peace (ACP) calls']);
    assert.equal(m.get('ACP'), 'Asia Coalition for Peace');
  });
});

describe('canonicalName gives one name per organisation', () => {
  const acronyms = new Map([['VTA', "Vale Tenants' Association"], ['MSRZ', 'Movement for Socialist Renewal of Zimbabwe']]);
  const cases: readonly (readonly [string, string])[] = [
    ['Executive Secretariat of the VTA', "Vale Tenants' Association"],
    ['Press Secretary, Central Committee, VTA', "Vale Tenants' Association"],
    ['VTA Secretariat', "Vale Tenants' Association"],
    ['National Coordinating Committee of the Movement for Socialist Renewal of Zimbabwe (MSRZ)', 'Movement for Socialist Renewal of Zimbabwe'],
    ["Secretariat of Vale Tenants' Association", "Vale Tenants' Association"],
    ['Pour le Bureau du VTA,', "Vale Tenants' Association"],
    ['Sudan Democracy Monitor (SDM)', 'Sudan Democracy Monitor'],
    ['MINISTRY OF FOREIGN AFFAIRS AND REGIONAL INTEGRATION', 'Ministry of Foreign Affairs and Regional Integration'],
    ['Polit Bureau of the Communist Party of Lyonnesse', 'Communist Party of Lyonnesse'],
    ['ZXQ', 'ZXQ'],
  ];
  for (const [raw, name] of cases) test(`"${raw}" is "${name}"`, () => assert.equal(canonicalName(raw, acronyms).name, name));
  test('a bare sub-body is generic', () => assert.equal(canonicalName('Central Executive Committee', acronyms).generic, true));
});

describe('kickers and headings name their authors', () => {
  const cases: readonly (readonly [string, string | null])[] = [
    ['Statement of the Revolutionary Front of Lyonnesse (RFL)', 'Revolutionary Front of Lyonnesse (RFL)'],
    ['DÉCLARATION DU BUREAU NATIONAL DE LA CSTX', 'BUREAU NATIONAL DE LA CSTX'],
    ['Statement of the Assembly of Free Women, March 2021', 'Assembly of Free Women'],
    ['From the Harbour Workers\' Union (HWU)', "Harbour Workers' Union (HWU)"],
    ['Comunicado de la Red de Defensores', 'Red de Defensores'],
    ['The Polit Bureau of the Party has issued the following statement:', 'Polit Bureau of the Party'],
    ['Kent Platformu Basın Açıklaması', 'Kent Platformu'],
    ['Basın Açıklaması', null],
    ['Joint statement by civil society organisations of the region', null],
    ['PRESS RELEASE', null],
  ];
  for (const [kicker, org] of cases) test(`"${kicker}" names ${JSON.stringify(org)}`, () => assert.equal(orgFromKicker(kicker), org));
});

describe('signature blocks and issuers', () => {
  test('the signature is the short lines after the last sentence', () => {
    const body = ['We demand their release.', 'Long live solidarity!', 'Executive Board, VTA', 'Cardiff, 2 March 2019'];
    assert.deepEqual(signatureLines(body), ['Executive Board, VTA', 'Cardiff, 2 March 2019']);
  });
  test('a signature is read into organisations, places and a date', () => {
    const s = readSignature(['Fraternally,', 'Executive Board, VTA', 'Cardiff, 2 March 2019'], new Map([['VTA', "Vale Tenants' Association"]]));
    assert.deepEqual(s.orgs, ['Executive Board', 'VTA']);
    assert.deepEqual(s.places, ['Cardiff']);
    assert.equal(s.date?.year, 2019);
  });
  test('every signatory of a list is an issuer, one entry each', () => {
    const signature = readSignature(['Signed:', 'Vale Tenants\' Association (VTA)', 'Harbour Workers\' Union (HWU)', '- Lyon Solidarity Forum'], new Map());
    const issuers = resolveIssuers({ signature, kickers: [], title: null, headerLines: [], agency: null, firstLine: null, acronyms: new Map() });
    assert.deepEqual(issuers, ["Vale Tenants' Association", "Harbour Workers' Union", 'Lyon Solidarity Forum']);
  });
  test('a sub-body and a kicker naming the same organisation make one issuer', () => {
    const acronyms = new Map([['RFL', 'Revolutionary Front of Lyonnesse']]);
    const signature = readSignature(['Press Secretary, Central Committee, RFL', 'Lyon, 18 April 2012'], acronyms);
    const issuers = resolveIssuers({ signature, kickers: ['Statement of the Revolutionary Front of Lyonnesse (RFL)'], title: null, headerLines: [], agency: null, firstLine: null, acronyms });
    assert.deepEqual(issuers, ['Revolutionary Front of Lyonnesse']);
  });
  test('without a signature, the agency of the dateline is the issuer', () => {
    const acronyms = new Map([['PWS', 'Peace Wire Service']]);
    const issuers = resolveIssuers({ signature: readSignature([], acronyms), kickers: [], title: null, headerLines: [], agency: 'PWS', firstLine: null, acronyms });
    assert.deepEqual(issuers, ['Peace Wire Service']);
  });
  test('without anything else, the organisation the first sentence introduces', () => {
    const acronyms = new Map([['VTA', "Vale Tenants' Association"]]);
    const issuers = resolveIssuers({ signature: readSignature([], acronyms), kickers: [], title: null, headerLines: [], agency: null, firstLine: "The Vale Tenants' Association (VTA) condemns the evictions.", acronyms });
    assert.deepEqual(issuers, ["Vale Tenants' Association"]);
  });
});
