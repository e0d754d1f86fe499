import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceDirOf } from '../../../util/paths.js';
import { EVENT_LABELS } from '../model/labels.js';
import { classifyEventText } from './classify-event-text.js';

const sentences = JSON.parse(readFileSync(join(sourceDirOf(import.meta.url), '..', 'fixtures', 'classify-sentences.json'), 'utf8')) as Record<string, string[]>;

for (const [label, texts] of Object.entries(sentences)) {
  test(`classifies the fixture sentences of ${label} as ${label}`, () => {
    for (const text of texts) assert.equal(classifyEventText(text).type, label, text);
  });
}

test('the fixtures cover all 30 labels', () => {
  assert.deepEqual(Object.keys(sentences).sort(), [...EVENT_LABELS].sort());
});

test('applies the codebook precedence between weapons', () => {
  assert.equal(classifyEventText('A suicide bomber detonated a car bomb at the checkpoint.').type, 'SUIC_BOMB');
  assert.equal(classifyEventText('Police defused an improvised explosive device on the road.').type, 'DISR_WEAP');
  assert.equal(classifyEventText('Rebels fired rocket-propelled grenades at the convoy.').type, 'ART_MISS_ATTACK');
  assert.equal(classifyEventText('Gunmen attacked the post with rifles and grenades.').type, 'ATTACK');
});

test('tells the protest sub-types apart by what happened at the protest', () => {
  assert.equal(classifyEventText('Workers held a peaceful march in Accra.').type, 'PEACE_PROTEST');
  assert.equal(classifyEventText('Police fired tear gas at the march in Accra.').type, 'PROTEST_WITH_INTER');
  assert.equal(classifyEventText('Police shot dead two marchers in Accra.').type, 'FORCE_AGAINST_PROTEST');
  assert.equal(classifyEventText('Marchers threw stones at the police in Accra.').type, 'VIOL_DEMONSTR');
});

test('an attack on soldiers is an armed clash, on villagers an attack', () => {
  assert.equal(classifyEventText('Militants attacked an army checkpoint, killing four soldiers.').type, 'ARMED_CLASH');
  assert.equal(classifyEventText('Militants attacked a village, killing four farmers.').type, 'ATTACK');
});

test('who gained territory decides between the two territorial types', () => {
  assert.equal(classifyEventText('Government troops recaptured the town of Konna.').type, 'GOV_REGAINS_TERIT');
  assert.equal(classifyEventText('Rebels captured the town of Konna.').type, 'NON_STATE_ACTOR_OVERTAKES_TER');
  assert.equal(classifyEventText('The Hill Front captured an army outpost near Konna.').type, 'NON_STATE_ACTOR_OVERTAKES_TER');
});

test('in the account of a protest, police violence is force against the protest, but plain arrests stay arrests', () => {
  assert.equal(classifyEventText('Police shot dead a student.', { inProtest: true }).type, 'FORCE_AGAINST_PROTEST');
  assert.equal(classifyEventText('Police shot dead a student.').type, 'ATTACK');
  assert.equal(classifyEventText('Police arrested twelve students.', { inProtest: true }).type, 'ARREST');
});

test('a text with no cue is OTHER with score 0, and every label has a score', () => {
  const result = classifyEventText('The committee met on Tuesday.');
  assert.equal(result.type, 'OTHER');
  assert.equal(result.score, 0);
  assert.deepEqual(Object.keys(result.scores).sort(), [...EVENT_LABELS].sort());
});
