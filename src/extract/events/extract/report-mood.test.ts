import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAnaphoric, isBlocked, isGenericMention, isReportingClause, isToldInRelativeClause, sentenceMood } from './report-mood.js';

test('calls, demands, slogans, questions and yearly tallies are skipped', () => {
  assert.equal(sentenceMood('We call on the government to release the workers.', false), 'skip');
  assert.equal(sentenceMood('Nous exigeons la libération de nos camarades.', false), 'skip');
  assert.equal(sentenceMood('Down with the dictatorship of the generals!', false), 'skip');
  assert.equal(sentenceMood('Who gave the order to shoot at the marchers?', false), 'skip');
  assert.equal(sentenceMood('So far this year, 40 people have been killed in the region.', false), 'skip');
  assert.equal(sentenceMood('the release of all the workers arrested on 3 May;', true), 'skip');
});

test('a purpose clause ("marched to demand") is not a call', () => {
  assert.equal(sentenceMood('Teachers marched to the ministry to demand their salaries.', false), 'narrative');
});

test('positions taken are stances; accounts are narratives', () => {
  assert.equal(sentenceMood('The Union condemns the attack carried out on 1 May.', false), 'stance');
  assert.equal(sentenceMood('The police stood by and watched as the militias burned the market.', false), 'narrative');
});

test('negation, plans and hypotheses before a trigger block it', () => {
  assert.ok(isBlocked('No '));
  assert.ok(isBlocked('We fear that the army will '));
  assert.ok(isBlocked('If the police '));
  assert.ok(!isBlocked('On 3 May the police '));
});

test('a demonstrative before the trigger marks an event already told', () => {
  assert.ok(isAnaphoric('We condemn this cowardly '));
  assert.ok(!isAnaphoric('The army announced that it had '));
});

test('a relative clause with a finite verb right before the trigger tells an event', () => {
  assert.ok(isToldInRelativeClause('we salute the comrades of the union, whose leaders have been '));
  assert.ok(!isToldInRelativeClause('we salute the comrades of the union for their '));
});

test('a clause whose first verb reports is a reporting clause', () => {
  assert.ok(isReportingClause('a senior police officer said here on Tuesday.'));
  assert.ok(!isReportingClause('the army shelled the town on Tuesday.'));
});

test('an event noun said to be something is named in general, not reported', () => {
  assert.ok(isGenericMention('', 'The killing of journalists is a national tragedy.'.slice(4)) === false);
  assert.ok(isGenericMention('The ', 'killing of journalists is a national tragedy.'));
  assert.ok(isGenericMention('El ', 'asesinato de líderes sociales se está convirtiendo en una tragedia.'));
  assert.ok(!isGenericMention('The ', 'attack on the market killed twelve people.'));
});
