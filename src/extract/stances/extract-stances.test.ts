import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Entity, EntityType, Stance } from '../../model/contract.js';
import { sourceDirOf } from '../../util/paths.js';
import { createStanceExtractor, extractStances } from './index.js';

interface Case {
  readonly name: string;
  readonly body: string;
  readonly issuers?: readonly string[];
  readonly entities?: readonly { readonly type: EntityType; readonly text: string }[];
  readonly expect: readonly (readonly [string, string, string])[];
}
interface FixtureFile {
  readonly language: string;
  readonly issuers: readonly string[];
  readonly cases: readonly Case[];
}

const FIXTURES = join(sourceDirOf(import.meta.url), 'fixtures');

// Names are compared as the shared scorer compares them: normalized, and a found name
// may hold the expected one as whole words plus at most three more words.
function norm(name: string): string {
  const s = name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/gu, ' ').trim();
  return s.startsWith('the ') ? s.slice(4) : s;
}
function nameMatches(found: string, expected: string): boolean {
  const f = norm(found).split(' ');
  const e = norm(expected).split(' ');
  if (f.join(' ') === e.join(' ')) return true;
  if (f.length <= e.length || f.length - e.length > 3) return false;
  return f.some((_, i) => e.every((w, k) => f[i + k] === w));
}
const matches = (s: Stance, [relation, source, target]: readonly [string, string, string]): boolean =>
  s.relation === relation && nameMatches(s.source, source) && nameMatches(s.target, target);

function mentions(body: string, entities: Case['entities']): Entity[] {
  return (entities ?? []).flatMap((e) =>
    [...body.matchAll(new RegExp(e.text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), 'gu'))].map((m) => ({ type: e.type, text: e.text, start: m.index, end: m.index + e.text.length, geo: null })),
  );
}

for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort()) {
  const fixture = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as FixtureFile;
  describe(`stances in ${file}`, () => {
    for (const c of fixture.cases) {
      test(`${c.name}: ${c.expect.length === 0 ? 'no stance' : c.expect.map((e) => `${e[0]} ${e[2]}`).join(', ')}`, () => {
        const found = extractStances({ body: c.body, language: fixture.language, issuers: c.issuers ?? fixture.issuers, entities: mentions(c.body, c.entities) });
        const shown = found.map((s) => `${s.relation} ${s.source} -> ${s.target}`).join('; ');
        for (const e of c.expect) assert.ok(found.some((s) => matches(s, e)), `missing ${e.join(' / ')}; found: ${shown || 'nothing'}`);
        for (const s of found) assert.ok(c.expect.some((e) => matches(s, e)), `unexpected ${s.relation} ${s.source} -> ${s.target}`);
      });
    }
  });
}

describe('extractStances', () => {
  test('gives the sentence that states a stance as its evidence', () => {
    const body = 'The strike is in its third week.\nWe salute the dockers of Mombasa,\nwho have held the gates since Monday.';
    const [stance] = extractStances({ body, language: 'en', issuers: ['Harbour Workers Federation'], entities: [] });
    assert.equal(stance?.evidence, 'We salute the dockers of Mombasa, who have held the gates since Monday.');
  });

  test('states one position once even when two sentences repeat it', () => {
    const body = 'We condemn the Border Militia. Once again, we condemn the Border Militia.';
    assert.equal(extractStances({ body, language: 'en', issuers: ['X Union'], entities: [] }).length, 1);
  });

  test('takes the canonical name of an entity mention as the target', () => {
    const body = 'We condemn the NLA for the attack.';
    const entities: Entity[] = [{ type: 'ORG', text: 'NLA', start: 15, end: 18, geo: null, canonical: 'Northern Liberation Army' }];
    const [stance] = extractStances({ body, language: 'en', issuers: ['X Union'], entities });
    assert.equal(stance?.target, 'Northern Liberation Army');
  });

  test('reads an unknown language with the English model', () => {
    const found = extractStances({ body: 'We condemn the Border Militia.', language: 'de', issuers: ['X Union'], entities: [] });
    assert.equal(found[0]?.target, 'Border Militia');
  });

  test('guesses the language among the models when it is not given', () => {
    const found = extractStances({ body: "Nous condamnons les milices de la région et le Front armé de l'Azawad.", language: null, issuers: ['USAS'], entities: [] });
    assert.deepEqual(found.map((s) => s.target), ['milices de la région', "Front armé de l'Azawad"]);
  });

  test('attributes no first-person stance when there is no issuer', () => {
    assert.deepEqual(extractStances({ body: 'We condemn the Border Militia.', language: 'en', issuers: [], entities: [] }), []);
  });

  test('refuses to be created without any language model', () => {
    assert.throws(() => createStanceExtractor({ languages: {} }), /at least one language model/);
  });
});
