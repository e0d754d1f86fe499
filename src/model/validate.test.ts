import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contractErrors } from './validate.js';

const body = 'The Union of Tram Drivers of Porto salutes the strikers.';
const valid = {
  source: 'a.txt',
  language: 'en',
  comments: [{ author: null, date: '2014-08-12', text: 'Well said.' }],
  removed: ['Print'],
  statements: [
    {
      title: 'Solidarity',
      issuers: ['Union of Tram Drivers of Porto'],
      date: '2014-08',
      published: null,
      place: 'Porto',
      body,
      entities: [{ type: 'ORG', text: 'Union of Tram Drivers of Porto', start: 4, end: 34, geo: null }],
      stances: [{ source: 'Union of Tram Drivers of Porto', relation: 'support', target: 'strikers', evidence: body }],
      events: [{ type: 'PEACE_PROTEST', date: null, place: 'Porto', actors: [], fatalities: null, evidence: body }],
    },
  ],
};

describe('contractErrors', () => {
  it('should accept a document that follows the contract', () => {
    assert.deepEqual(contractErrors(valid), []);
  });

  it('should name each field that breaks it', () => {
    const bad = structuredClone(valid) as any;
    bad.statements[0].date = '6 August 2014';
    bad.statements[0].entities[0].end = 40;
    bad.statements[0].stances[0].relation = 'praise';
    bad.statements[0].events[0].fatalities = -1;
    bad.language = 3;
    assert.deepEqual(contractErrors(bad).map((e) => e.split(':')[0]), [
      'document.language',
      'document.statements[0].date',
      'document.statements[0].entities[0]',
      'document.statements[0].stances[0].relation',
      'document.statements[0].events[0]',
    ]);
  });

  it('should reject what is not an object', () => {
    assert.deepEqual(contractErrors([]), ['document: not an object']);
  });
});
