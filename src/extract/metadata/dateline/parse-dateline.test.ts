import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isoOf } from '../dates/index.js';
import { parseDateline } from './parse-dateline.js';

describe('parseDateline reads place and date at the head of a line', () => {
  const cases: readonly (readonly [string, string | null, string | null, string | null])[] = [
    ['NAIROBI – 14 June 2011 – We, the undersigned organisations, are alarmed', 'NAIROBI', '2011-06-14', null],
    ['ACCRA – 3 September 2015 – The Government of Ghana welcomes', 'ACCRA', '2015-09-03', null],
    ['Ouagadougou, le 27 janvier 2023', 'Ouagadougou', '2023-01-27', null],
    ['Popayán, Cauca, 12 de agosto de 2020', 'Popayán, Cauca', '2020-08-12', null],
    ['Port-au-Prince, 22 February 2024', 'Port-au-Prince', '2024-02-22', null],
    ['Berlin, den 12. März 2020 – Das Netzwerk verurteilt', 'Berlin', '2020-03-12', null],
    ['İstanbul, 12 Mart 2020', 'İstanbul', '2020-03-12', null],
    ['GENEVA, 5 May 2019 (XNA): The talks ended', 'GENEVA', '2019-05-05', 'XNA'],
    ['March 2021', null, '2021-03', null],
  ];
  for (const [text, place, date, agency] of cases) {
    test(`"${text.slice(0, 40)}" gives ${place} and ${date}`, () => {
      const d = parseDateline(text);
      assert.ok(d, 'a dateline');
      assert.equal(d.place, place);
      assert.equal(isoOf(d.date), date);
      assert.equal(d.agency, agency);
    });
  }
  test('a yearless dateline keeps its agency and the text after it', () => {
    const text = 'JAGDALPUR, April 17 (CINS): Nine suspected insurgents were killed';
    const d = parseDateline(text)!;
    assert.equal(d.place, 'JAGDALPUR');
    assert.equal(d.agency, 'CINS');
    assert.equal(text.slice(d.restStart), 'Nine suspected insurgents were killed');
  });
});

describe('parseDateline leaves sentences that mention a date alone', () => {
  for (const text of ['On 28 May, when the families organised a sit-in, the police came.', 'Since 5 June 2011 the roads have been closed.', 'Monday, 03 November 2014 15:12', 'Forty-one days ago, on 22 April 2018, eleven detainees began', 'The Committee for Peace, 4 May 2019, said']) {
    test(`"${text.slice(0, 40)}" is not a dateline`, () => assert.equal(parseDateline(text), null));
  }
});
