import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from 'htmlparser2';
import type { Network } from '../store/index.js';
import type { EventRow } from '../store/index.js';
import { eventRecord, eventsCsvHeader, eventsCsvRows, toGexf, toGraphml, toNetworkCsv } from './index.js';

const net: Network = {
  nodes: [
    { id: 'river valley union', label: 'River Valley Union', type: 'ORG', aliases: ['RVU', 'River Valley Union'], stances: 2, mentions: 5 },
    { id: 'provincial guard', label: 'Provincial Guard <"elite">', type: 'ORG', aliases: ['Provincial Guard'], stances: 1, mentions: 1 },
    { id: 'council of elders', label: 'Council of Elders', type: 'ISSUER', aliases: [], stances: 1, mentions: 0 },
  ],
  edges: [
    { source: 'river valley union', target: 'provincial guard', relation: 'condemn', weight: 3, firstDate: '2014-08', lastDate: '2015-01-02', evidence: [{ statementId: 'abc-1', sentence: 'We condemn the Provincial Guard & its <script>alert(1)</script> raids.', date: '2014-08' }] },
    { source: 'river valley union', target: 'council of elders', relation: 'demand', weight: 1, firstDate: null, lastDate: null, evidence: [{ statementId: 'abc-2', sentence: 'We call on the Council of Elders to act.', date: null }] },
  ],
};

function xml(text: string) {
  const doc = parseDocument(text, { xmlMode: true });
  const all: any[] = [];
  const walk = (n: any) => {
    all.push(n);
    for (const c of n.children ?? []) walk(c);
  };
  walk(doc);
  return all;
}

describe('network exports', () => {
  it('should write GraphML with labelled nodes and weighted, typed edges', () => {
    const text = toGraphml(net);
    const nodes = xml(text).filter((n) => n.name === 'node');
    const edges = xml(text).filter((n) => n.name === 'edge');
    assert.equal(nodes.length, 3);
    assert.equal(edges.length, 2);
    assert.match(text, /<data key="label">Provincial Guard &lt;&quot;elite&quot;&gt;<\/data>/);
    assert.match(text, /<data key="weight">3<\/data>/);
    assert.ok(!text.includes('<script>'), 'statement text is escaped, never markup');
  });

  it('should write GEXF with attributes Gephi can partition on', () => {
    const text = toGexf(net, '2026-01-01');
    const elems = xml(text);
    assert.equal(elems.filter((n) => n.name === 'node').length, 3);
    const edge = elems.find((n) => n.name === 'edge');
    assert.equal(edge.attribs.weight, '3');
    assert.equal(edge.attribs.kind, 'condemn');
    assert.ok(elems.some((n) => n.name === 'attribute' && n.attribs.id === 'type'));
    assert.ok(!text.includes('<script>'));
  });

  it('should write an edge list CSV with labels and evidence', () => {
    const lines = toNetworkCsv(net).trim().split('\n');
    assert.equal(lines.length, 3);
    assert.match(lines[0]!, /^source,target,source_label/);
    assert.match(lines[1]!, /River Valley Union,"Provincial Guard <""elite"">",ORG,ORG,condemn,3,2014-08,2015-01-02/);
  });
});

describe('ACLED-like event table', () => {
  const row: EventRow = { statementId: 'abc-1', documentId: 'abc', type: 'AIR_STRIKE', date: '2020-05-03', place: 'Ariha', geo: { lat: 35.8, lon: 36.6, country: 'SY', geonameId: 172372 }, actors: ['Northern Air Wing'], fatalities: 4, evidence: 'An air strike on Ariha killed four people.', issuers: ['Highland Farmers Council'], statementDate: '2020-05-04', source: 'https://hfc.example.org/a' };

  it('should map the code to ACLED names and keep the evidence as notes', () => {
    const r = eventRecord(row);
    assert.equal(r.sub_event_type, 'Air/drone strike');
    assert.equal(r.event_type, 'Explosions/Remote violence');
    assert.equal(r.actor1, 'Northern Air Wing');
    assert.equal(r.notes, row.evidence);
    assert.equal(r.latitude, 35.8);
  });

  it('should fall back to the statement date for an undated event', () => {
    assert.equal(eventRecord({ ...row, date: null }).event_date, '2020-05-04');
  });

  it('should write a CSV header and rows', () => {
    assert.match(eventsCsvHeader(), /^event_date,sub_event_type,event_type,actor1,actor2,location,latitude,longitude,fatalities,notes,source,statement_id/);
    assert.match(eventsCsvRows([eventRecord(row)]), /^2020-05-03,Air\/drone strike,Explosions\/Remote violence,Northern Air Wing,,Ariha,35\.8,36\.6,4,/);
  });
});
