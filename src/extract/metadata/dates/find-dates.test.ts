import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dateCoverage, findDates, inPageOrder, isoOf, numericOrder, withYearFrom } from './index.js';

const first = (text: string, yearOnly = false) => {
  const d = findDates(text, { yearOnly })[0];
  return d ? isoOf(d) : null;
};

describe('findDates reads dates in many languages', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['9th October 2014', '2014-10-09'],
    ['the 9th of October, 2014', '2014-10-09'],
    ['October 9, 2014', '2014-10-09'],
    ['Oct. 9, 2014', '2014-10-09'],
    ['Monday, 03 November 2014 15:12', '2014-11-03'],
    ['6 août 2014', '2014-08-06'],
    ['le 1er mai 2019', '2019-05-01'],
    ['Ouagadougou, le 27 janvier 2023', '2023-01-27'],
    ['14 de marzo de 2019', '2019-03-14'],
    ['13 agosto, 2020 a las 7:21 am', '2020-08-13'],
    ['lunes 10 de agosto de 2020', '2020-08-10'],
    ['12. März 2020', '2020-03-12'],
    ['Berlin, den 12. Maerz 2020', '2020-03-12'],
    ['12 Mart 2020 Perşembe', '2020-03-12'],
    ['3 Ağustos 2021', '2021-08-03'],
    ['١٢ آذار ٢٠٢٠', '2020-03-12'],
    ['12 مارس 2020', '2020-03-12'],
    ['في ٣ تشرين الأول ٢٠١٩', '2019-10-03'],
    ['5 شباط 2024', '2024-02-05'],
    ['12 de março de 2020', '2020-03-12'],
    ['12 marzo 2020', '2020-03-12'],
    ['12 maart 2020', '2020-03-12'],
    ['12 марта 2020 г.', '2020-03-12'],
    ['2015-09-03', '2015-09-03'],
    ['2015-09-03T12:00:00Z', '2015-09-03'],
    ['2020/3/12', '2020-03-12'],
    ['11.03.2021 - 14:05', '2021-03-11'],
    ['31/12/2019', '2019-12-31'],
    ['12/31/2019', '2019-12-31'],
    ['08-04-20 07:31:00', '2020-04-08'],
    ['Sat, 4 Sep 1999 07:15:22 +1000', '1999-09-04'],
    ['March 2021', '2021-03'],
    ['marzo de 2019', '2019-03'],
    ['Statement of the Assembly, March 2021', '2021-03'],
  ];
  for (const [text, iso] of cases) test(`"${text}" is ${iso}`, () => assert.equal(first(text), iso));
});

describe('findDates leaves numbers that are not dates alone', () => {
  const cases = ['killing 17 civilians and wounding 35', 'they may 15 times', 'version 1.2.3.4', 'score 3/4/20', '12,000 people', 'at 10:30 the march began', '5 ago'];
  for (const text of cases) test(`"${text}" has no full date`, () => assert.equal(findDates(text).filter((d) => d.year !== null).length, 0));
  test('a bare year counts only when asked for', () => {
    assert.equal(first('Athens, 2009'), null);
    assert.equal(first('Athens, 2009', true), '2009');
  });
});

describe('findDates reports what surrounds a date', () => {
  test('a weekday and a time are part of the date and flagged', () => {
    const d = findDates('Monday, 03 November 2014 15:12')[0]!;
    assert.equal(d.hasWeekday, true);
    assert.equal(d.hasTime, true);
    assert.equal(d.start, 0);
    assert.equal(d.end, 'Monday, 03 November 2014 15:12'.length);
  });
  test('a yearless date has no year and no ISO form', () => {
    const d = findDates('JAGDALPUR, April 17 (CINS):')[0]!;
    assert.equal(d.year, null);
    assert.deepEqual([d.month, d.day], [4, 17]);
    assert.equal(isoOf(d), null);
  });
  test('a date line is nearly all date', () => {
    assert.ok(dateCoverage('June 15, 2011 at 8:03 am') > 0.9);
    assert.ok(dateCoverage('We met on 5 May 2019 with the minister and the unions.') < 0.3);
  });
  test('only the start of a very long line is read', () => {
    assert.deepEqual(findDates('x'.repeat(10_000) + ' 5 May 2019'), []);
  });
});

describe('dates are completed from the rest of the page', () => {
  test('a yearless date takes the page year', () => {
    const d = withYearFrom(findDates('April 17')[0]!, { year: 2012, month: 4, day: 19 });
    assert.equal(isoOf(d), '2012-04-17');
  });
  test('a yearless date well after the page date belongs to the year before', () => {
    const d = withYearFrom(findDates('December 28')[0]!, { year: 2013, month: 1, day: 3 });
    assert.equal(isoOf(d), '2012-12-28');
  });
  test('an ambiguous numeric date takes the reading another date on the page confirms', () => {
    const page = [...findDates('Date Published: 03/09/2015'), ...findDates('ACCRA – 3 September 2015 –')];
    assert.equal(isoOf(inPageOrder(page[0]!, page)), '2015-09-03');
    const us = [...findDates('Posted 04/05/2019'), ...findDates('April 5, 2019')];
    assert.equal(isoOf(inPageOrder(us[0]!, us)), '2019-04-05');
  });
  test('numeric dates are read day first unless the page writes month first', () => {
    assert.equal(numericOrder(findDates('3 September 2015')), 'dmy');
    assert.equal(numericOrder([...findDates('September 3, 2015'), ...findDates('May 1, 2016')]), 'mdy');
    assert.equal(numericOrder([]), 'dmy');
  });
});
