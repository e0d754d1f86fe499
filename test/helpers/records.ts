/**
 * Hand-built document records for store tests: fictional organizations, real places.
 * @module
 */
import type { ExtractResult, Statement } from '../../src/model/contract.js';
import type { DocumentRecord } from '../../src/store/index.js';
import { contentHash } from '../../src/pipeline/source-key.js';
import { simhash } from '../../src/util/simhash.js';

export function statement(s: Partial<Statement> & { body: string }): Statement {
  return { title: null, issuers: [], date: null, published: null, place: null, entities: [], stances: [], events: [], ...s };
}

export function record(opts: { source: string; content: string; result: Partial<ExtractResult> & { statements: Statement[] } }): DocumentRecord {
  const result: ExtractResult = { source: opts.source, language: 'en', comments: [], removed: [], ...opts.result };
  return {
    contentHash: contentHash(opts.content),
    sourceKey: opts.source,
    provenance: { source: opts.source, file: opts.source, format: 'text' },
    mediaType: 'text/plain',
    content: opts.content,
    byteLength: Buffer.byteLength(opts.content),
    result,
    fingerprints: result.statements.map((s) => (typeof s.body === 'string' ? simhash(s.body) : '')),
    pipelineVersion: 'test',
  };
}

export const HARBOUR_BODY =
  'The Union of Harbour Pilots of Valparaíso condemns the dismissal of forty dockers at the northern terminal and calls on the port authority to reinstate them without delay. We stand in solidarity with every worker who refused to load the vessel.';

export const harbourStatement = record({
  source: 'https://pilots.example.org/statements/dismissals',
  content: `Home > Statements\nDismissals at the northern terminal\n${HARBOUR_BODY}\nShare this: Facebook Twitter`,
  result: {
    statements: [statement({ title: 'Dismissals at the northern terminal', issuers: ['Union of Harbour Pilots of Valparaíso'], date: '2019-03-14', place: 'Valparaíso', body: HARBOUR_BODY })],
    comments: [{ author: 'Marta Quiroz', date: '2019-03-15', text: 'Full support from the night shift.' }],
    removed: ['Home > Statements', 'Share this: Facebook Twitter'],
  },
});

export const frenchStatement = record({
  source: 'https://collectif.example.fr/communiques/greve',
  content: 'Communiqué du Collectif des Cheminots de Lyon sur la grève du 6 août 2014.',
  result: {
    language: 'fr',
    statements: [
      statement({
        title: 'Solidarité avec la grève des cheminots',
        issuers: ['Collectif des Cheminots de Lyon', 'Comité Rhône-Alpes pour la Paix'],
        date: '2014-08-06',
        place: 'Lyon',
        body: 'Le Collectif des Cheminots de Lyon exprime sa pleine solidarité avec les grévistes du dépôt de Vénissieux et dénonce les sanctions prises contre les délégués syndicaux.',
      }),
    ],
  },
});

/** The harbour statement reposted on another site, with different debris around it. */
export const harbourRepost = record({
  source: 'https://solidarity-digest.example.net/2019/03/pilots',
  content: `Solidarity Digest | News\nPosted on 16 March 2019\n${HARBOUR_BODY}\nTags: ports, Chile\nLeave a Reply`,
  result: {
    statements: [statement({ title: 'Chilean pilots: dismissals at the northern terminal', issuers: ['Union of Harbour Pilots of Valparaíso'], date: '2019-03-14', body: HARBOUR_BODY })],
    removed: ['Solidarity Digest | News', 'Posted on 16 March 2019', 'Tags: ports, Chile', 'Leave a Reply'],
  },
});

const COUNCIL_BODY =
  'The Highland Farmers Council (HFC) condemns the shelling of Ariha on 3 May, which killed 12 villagers. The HFC holds the Northern Brigades responsible and calls on the United Nations to send observers. We salute the medical teams of Ariha.';

function span(body: string, text: string, from = 0): { start: number; end: number } {
  const start = body.indexOf(text, from);
  if (start < 0) throw new Error(`"${text}" not in body`);
  return { start, end: start + text.length };
}

/** A statement with entities, stances and an event, for the actor, network and event queries. */
export const councilStatement = record({
  source: 'https://hfc.example.org/statements/ariha',
  content: `Statement on Ariha\n${COUNCIL_BODY}`,
  result: {
    statements: [
      statement({
        title: 'Statement on Ariha',
        issuers: ['Highland Farmers Council'],
        date: '2020-05-04',
        body: COUNCIL_BODY,
        entities: [
          { type: 'ORG', text: 'Highland Farmers Council', ...span(COUNCIL_BODY, 'Highland Farmers Council'), geo: null, canonical: 'Highland Farmers Council' },
          { type: 'ORG', text: 'HFC', ...span(COUNCIL_BODY, 'HFC'), geo: null, canonical: 'Highland Farmers Council' },
          { type: 'ORG', text: 'HFC', ...span(COUNCIL_BODY, 'HFC', 60), geo: null, canonical: 'Highland Farmers Council' },
          { type: 'LOC', text: 'Ariha', ...span(COUNCIL_BODY, 'Ariha'), geo: { geonameId: 172372, name: 'Ariha', country: 'SY', lat: 35.81, lon: 36.61, kind: 'city' } },
          { type: 'ORG', text: 'Northern Brigades', ...span(COUNCIL_BODY, 'Northern Brigades'), geo: null },
          { type: 'ORG', text: 'United Nations', ...span(COUNCIL_BODY, 'United Nations'), geo: null },
        ],
        stances: [
          { source: 'Highland Farmers Council', relation: 'accuse', target: 'Northern Brigades', evidence: 'The HFC holds the Northern Brigades responsible and calls on the United Nations to send observers.' },
          { source: 'Highland Farmers Council', relation: 'demand', target: 'United Nations', evidence: 'The HFC holds the Northern Brigades responsible and calls on the United Nations to send observers.' },
        ],
        events: [{ type: 'ART_MISS_ATTACK', date: '2020-05-03', place: 'Ariha', actors: [], fatalities: 12, evidence: 'The Highland Farmers Council (HFC) condemns the shelling of Ariha on 3 May, which killed 12 villagers.', geo: { geonameId: 172372, name: 'Ariha', country: 'SY', lat: 35.81, lon: 36.61, kind: 'city' } }],
      }),
    ],
  },
});
