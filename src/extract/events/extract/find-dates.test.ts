import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIsoDate } from './calendar.js';
import { findDates } from './find-dates.js';

const dates = (text: string, ref: string | null) => findDates(text, parseIsoDate(ref)).map((d) => d.date);

test('keeps explicit dates as written', () => {
  assert.deepEqual(dates('signed on 26 August 2015 in Juba', '2015-09-03'), ['2015-08-26']);
  assert.deepEqual(dates('el pasado lunes 10 de agosto de 2020', '2020-08-12'), ['2020-08-10']);
  assert.deepEqual(dates('le mardi 24 janvier 2023', null), ['2023-01-24']);
  assert.deepEqual(dates('on September 1, 2015', null), ['2015-09-01']);
});

test('gives a day and month the year of the statement, or the year before when it would fall after it', () => {
  assert.deepEqual(dates('on 3 May', '2019-05-10'), ['2019-05-03']);
  assert.deepEqual(dates('on 28 December', '2019-01-04'), ['2018-12-28']);
});

test('resolves weekdays and relative days against the statement date', () => {
  assert.deepEqual(dates('on Monday night', '2012-04-17'), ['2012-04-16']);
  assert.deepEqual(dates('yesterday', '2021-02-11'), ['2021-02-10']);
  assert.deepEqual(dates('hier', '2021-02-11'), ['2021-02-10']);
  assert.deepEqual(dates('Forty-one days ago', '2018-06-01'), ['2018-04-21']);
});

test('gives a month or a year when that is all a span says', () => {
  assert.deepEqual(dates('in May and June 2017', null), ['2017-06']);
  assert.deepEqual(dates('last week', '2010-12-01'), ['2010-11']);
  assert.deepEqual(dates('last year', '2010-12-01'), ['2009']);
  assert.deepEqual(dates('since 2008', null), ['2008']);
});

test('a weekday cannot be resolved without a full statement date', () => {
  assert.deepEqual(dates('on Monday', '2012-04'), [null]);
});

test('flags "the same evening" for the caller and ignores lower-case "may" and "march"', () => {
  const found = findDates('The same evening they may march', parseIsoDate('2014-11-02'));
  assert.equal(found.length, 1);
  assert.equal(found[0]!.sameAsPrevious, true);
});
