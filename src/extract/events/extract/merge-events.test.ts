import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datesAgree } from './merge-events.js';
import { extractEvents } from './extract-events.js';

test('dates agree when one is missing or one is a prefix of the other', () => {
  assert.ok(datesAgree(null, '2017-05-12'));
  assert.ok(datesAgree('2017-05', '2017-05-12'));
  assert.ok(!datesAgree('2017-05-11', '2017-05-12'));
});

const run = (body: string) => extractEvents({ body, date: '2022-11-30', language: 'en', entities: [], issuers: [] });

test('a sentence naming no place continues the event just told', () => {
  const events = run('On 28 November, two fighter jets of the junta bombed a market. The air strike killed 12 and wounded 40.');
  assert.equal(events.length, 1);
  assert.equal(events[0]!.type, 'AIR_STRIKE');
  assert.equal(events[0]!.fatalities, 12);
  assert.equal(events[0]!.date, '2022-11-28');
});

test('two events of one type on different days stay two events', () => {
  const events = run('On 20 November, police arrested five students. On 25 November, police arrested nine teachers.');
  assert.deepEqual(events.map((e) => e.date), ['2022-11-20', '2022-11-25']);
});

test('"the same evening" takes the date of the event before', () => {
  const events = run('On 26 November, gunmen attacked a bus. The same evening, soldiers arrested 41 workers.');
  assert.deepEqual(events.map((e) => [e.type, e.date]), [['ATTACK', '2022-11-26'], ['ARREST', '2022-11-26']]);
});
