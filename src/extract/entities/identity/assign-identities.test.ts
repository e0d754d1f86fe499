import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMention } from '../types.js';
import { assignIdentities } from './assign-identities.js';

const m = (type: EntityMention['type'], text: string): EntityMention => ({ type, text, start: 0, end: text.length });
const canon = (mentions: EntityMention[], issuers: string[] = []) => assignIdentities(mentions, { issuers }).map((x) => x.canonical);

test('an acronym, its expansion, a re-mention and an abbreviated spelling share one canonical name', () => {
  const got = canon([m('ORG', 'Velmoran Regional Government'), m('ORG', 'VRG'), m('ORG', 'the VRG'), m('ORG', 'Velmoran Regional Govt')]);
  assert.deepEqual(got, Array(4).fill('Velmoran Regional Government'));
});

test('an acronym built from leading letters and hyphen parts still links ("PAFL" for Pan-African Front of Lorvia)', () => {
  const got = canon([m('ORG', 'PAFL'), m('ORG', 'Pan-African Front of Lorvia')]);
  assert.deepEqual(got, ['Pan-African Front of Lorvia', 'Pan-African Front of Lorvia']);
});

test('a name with an acronym inside matches the spelled-out name', () => {
  const got = canon([m('ORG', 'United Nations Security Council'), m('ORG', 'UN Security Council')]);
  assert.equal(got[1], 'United Nations Security Council');
});

test('different organizations keep different canonical names', () => {
  const got = canon([m('ORG', 'Tarsin Dockworkers Union'), m('ORG', 'Tarsin Teachers Union'), m('ORG', 'TDU')]);
  assert.deepEqual(got, ['Tarsin Dockworkers Union', 'Tarsin Teachers Union', 'Tarsin Dockworkers Union']);
});

test('a surname alone links to the full name only when one full name has it', () => {
  assert.deepEqual(canon([m('PER', 'Ilse Varnholt'), m('PER', 'Varnholt')]), ['Ilse Varnholt', 'Ilse Varnholt']);
  const two = canon([m('PER', 'Ilse Varnholt'), m('PER', 'Jonas Varnholt'), m('PER', 'Varnholt')]);
  assert.equal(two[2], 'Varnholt');
});

test('the issuer gives the canonical name, and "our Party" refers to the issuer that is a party', () => {
  const issuers = ['Workers Party of Ostravia (WPO)'];
  const got = canon([m('ORG', 'WPO'), m('ORG', 'Party')], ['Workers Party of Ostravia']);
  assert.deepEqual(got, ['Workers Party of Ostravia', 'Workers Party of Ostravia']);
  assert.equal(canon([m('ORG', 'Party')], [...issuers, 'Ostravian Party of Labour'])[0], 'Party');
});

test('mentions of other types are not merged by spelling alone', () => {
  const got = assignIdentities([m('LOC', 'Kessaria'), m('ORG', 'Kessaria Relief Network')], { issuers: [] });
  assert.deepEqual(got.map((x) => x.canonical), ['Kessaria', 'Kessaria Relief Network']);
  assert.equal(got[0]!.type, 'LOC');
});
