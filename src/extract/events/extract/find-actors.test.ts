import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, EntityType } from '../../../model/contract.js';
import { actorSpans } from './actor-spans.js';
import { actorsIn } from './find-actors.js';

function entity(body: string, type: EntityType, text: string): Entity {
  const start = body.indexOf(text);
  return { type, text, start, end: start + text.length, geo: null };
}

function actorsOf(body: string, names: [EntityType, string][], type: Parameters<typeof actorSpans>[3] = 'ATTACK'): string[] {
  const entities = names.map(([t, n]) => entity(body, t, n));
  return actorSpans(body, 0, body.length, type).spans.flatMap((span) => actorsIn(body, span, entities));
}

test('the subject of an active verb is the actor, with the group it belongs to', () => {
  const body = 'Soldiers of the Northern Command opened fire on the market, killing six traders.';
  assert.deepEqual(actorsOf(body, [['ORG', 'Northern Command']]), ['Soldiers', 'Northern Command']);
});

test('a passive names no actor unless it has a "by" agent', () => {
  assert.deepEqual(actorsOf('Six traders were killed in the market.', []), []);
  const body = 'The patrol was ambushed by fighters of the Valley Front near Bor.';
  assert.deepEqual(actorsOf(body, [['ORG', 'Valley Front']]), ['fighters', 'Valley Front']);
});

test('reporting and position-taking clauses are no actors', () => {
  const body = 'The Workers Union condemns the killing of nine villagers by the Border Guard.';
  assert.deepEqual(actorsOf(body, [['ORG', 'Workers Union'], ['ORG', 'Border Guard']]), ['Border Guard']);
});

test('a pronoun subject after "announced that" is the announcer', () => {
  const body = 'The army announced that it had regained control of the hills.';
  assert.deepEqual(actorsOf(body, [], 'GOV_REGAINS_TERIT'), ['army']);
});

test('unknown men are no actors, and victims after "against" neither', () => {
  assert.deepEqual(actorsOf('Unknown gunmen threw a grenade into the bar.', []), []);
  const body = 'The attack carried out against soldiers of the Republican Guard by militants.';
  assert.deepEqual(actorsOf(body, [['ORG', 'Republican Guard']]), ['militants']);
});

test('a nationality on a weapon names its state', () => {
  assert.deepEqual(actorsOf('A Turkish drone struck a car near Sinjar.', [], 'AIR_STRIKE'), ['Turkey']);
});

test('both sides of an armed clash are actors', () => {
  const body = 'Fighting broke out between the army and the River Militia near Bor.';
  assert.deepEqual(actorsOf(body, [['ORG', 'River Militia']], 'ARMED_CLASH'), ['army', 'River Militia']);
});
