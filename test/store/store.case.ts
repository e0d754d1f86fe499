/**
 * The conformance suite every Store backend must pass. A backend's test file
 * calls `runStoreSuite` with a factory for a fresh, empty store; tests a
 * backend cannot run are listed in `skip` with the reason.
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { QuerySyntaxError, type Store } from '../../src/store/index.js';
import { councilStatement, frenchStatement, harbourRepost, harbourStatement, record, statement } from '../helpers/records.js';

export interface StoreSuiteOptions {
  readonly name: string;
  /** A fresh, empty, migrated store. */
  readonly newStore: () => Promise<Store>;
  readonly skip?: readonly { readonly reason: string; readonly tests: readonly string[] }[];
}

export function runStoreSuite({ name, newStore, skip = [] }: StoreSuiteOptions): void {
  const skipped = (title: string) => skip.find((s) => s.tests.includes(title))?.reason;
  const test = (title: string, fn: (store: Store) => Promise<void>) =>
    it(title, { skip: skipped(title) ?? false }, async () => {
      const store = await newStore();
      try {
        await fn(store);
      } finally {
        await store.close();
      }
    });

  describe(`Store conformance: ${name}`, () => {
    test('should migrate again without changing anything', async (store) => {
      const again = await store.migrate();
      assert.equal(again.from, again.to);
    });

    test('should add a new document and then know its source and content', async (store) => {
      assert.equal(await store.known(harbourStatement.contentHash, harbourStatement.sourceKey), 'nothing');
      const [r] = await store.putBatch([harbourStatement]);
      assert.equal(r!.status, 'added');
      assert.equal(await store.known(harbourStatement.contentHash, harbourStatement.sourceKey), 'source-and-content');
      assert.equal(await store.known(harbourStatement.contentHash, 'https://elsewhere.example/x'), 'content');
    });

    test('should add nothing when the same content comes again from the same source', async (store) => {
      await store.putBatch([harbourStatement]);
      const [r] = await store.putBatch([harbourStatement]);
      assert.equal(r!.status, 'unchanged');
      const stats = await store.stats();
      assert.equal(stats.documents, 1);
      assert.equal(stats.statements, 1);
      assert.equal(stats.sources, 1);
    });

    test('should record a second provenance for the same content from another source', async (store) => {
      await store.putBatch([harbourStatement]);
      const [r] = await store.putBatch([{ ...harbourStatement, sourceKey: 'file:///mirror/dismissals.txt', provenance: { ...harbourStatement.provenance, source: 'mirror/dismissals.txt', file: 'mirror/dismissals.txt' } }]);
      assert.equal(r!.status, 'linked');
      const doc = await store.getDocument(r!.documentId);
      assert.deepEqual(doc!.provenance.map((p) => p.source), ['https://pilots.example.org/statements/dismissals', 'mirror/dismissals.txt']);
      assert.equal((await store.stats()).documents, 1);
    });

    test('should store changed content from a known source as its next version', async (store) => {
      await store.putBatch([harbourStatement]);
      const changed = record({ source: harbourStatement.sourceKey, content: harbourStatement.content + '\nUpdate: the dockers were reinstated.', result: harbourStatement.result as never });
      const [r] = await store.putBatch([changed]);
      assert.equal(r!.status, 'new-version');
      const doc = await store.getDocument(r!.documentId);
      assert.equal(doc!.provenance[0]!.version, 2);
      assert.equal((await store.stats()).documents, 2);
    });

    test('should store a batch all or nothing and keep what was stored before', async (store) => {
      await store.putBatch([harbourStatement]);
      const broken = record({ source: 'https://broken.example/x', content: 'broken', result: { statements: [statement({ body: null as unknown as string })] } });
      await assert.rejects(store.putBatch([frenchStatement, broken]));
      const stats = await store.stats();
      assert.equal(stats.documents, 1, 'the failed batch left nothing behind');
      assert.equal(await store.known(frenchStatement.contentHash, frenchStatement.sourceKey), 'nothing');
      assert.equal(await store.known(harbourStatement.contentHash, harbourStatement.sourceKey), 'source-and-content');
    });

    test('should find a document by id, by statement id and by unique prefix', async (store) => {
      const [r] = await store.putBatch([harbourStatement]);
      const id = r!.documentId;
      assert.equal((await store.getDocument(id))!.id, id);
      assert.equal((await store.getDocument(`${id}-1`))!.id, id);
      assert.equal((await store.getDocument(id.slice(0, 6)))!.id, id);
      assert.equal(await store.getDocument('ffffffffffffffff'), null);
      const doc = await store.getDocument(id);
      assert.equal(doc!.result.comments[0]!.author, 'Marta Quiroz');
      assert.deepEqual(doc!.result.removed, ['Home > Statements', 'Share this: Facebook Twitter']);
      assert.equal(doc!.statements[0]!.id, `${id}-1`);
    });

    test('should rank, snippet and highlight full-text hits', async (store) => {
      await store.putBatch([harbourStatement, frenchStatement]);
      const r = await store.search({ text: 'dismissal' });
      assert.equal(r.total, 1);
      const hit = r.hits[0]!;
      assert.equal(hit.title, 'Dismissals at the northern terminal');
      assert.deepEqual(hit.issuers, ['Union of Harbour Pilots of Valparaíso']);
      assert.ok(hit.highlights.length > 0);
      const [s, e] = hit.highlights[0]!;
      assert.equal(hit.snippet.slice(s, e).toLowerCase(), 'dismissal');
    });

    test('should support phrases, prefixes and boolean operators', async (store) => {
      await store.putBatch([harbourStatement, frenchStatement]);
      assert.equal((await store.search({ text: '"port authority"' })).total, 1);
      assert.equal((await store.search({ text: '"authority port"' })).total, 0);
      assert.equal((await store.search({ text: 'solidar*' })).total, 2);
      assert.equal((await store.search({ text: 'solidar* NOT dockers' })).total, 1);
      assert.equal((await store.search({ text: 'dockers OR grévistes' })).total, 2);
      assert.equal((await store.search({ text: 'dockers AND grévistes' })).total, 0);
      assert.equal((await store.search({ text: 'greviste*' })).total, 1, 'diacritics are folded');
    });

    test('should read punctuation in queries as words, not as syntax', async (store) => {
      await store.putBatch([frenchStatement]);
      assert.equal((await store.search({ text: 'Rhône-Alpes' })).total, 1);
      assert.equal((await store.search({ text: "l'union" })).total, 0);
    });

    test('should reject an unbalanced query with a QuerySyntaxError', async (store) => {
      await store.putBatch([frenchStatement]);
      await assert.rejects(store.search({ text: '(grève OR dépôt' }), QuerySyntaxError);
    });

    test('should filter by language, dates, issuer and place', async (store) => {
      await store.putBatch([harbourStatement, frenchStatement]);
      assert.equal((await store.search({ text: '', language: 'fr' })).total, 1);
      assert.equal((await store.search({ text: '', from: '2015' })).total, 1);
      assert.equal((await store.search({ text: '', to: '2014-08' })).total, 1, 'a month bound includes its days');
      assert.equal((await store.search({ text: '', from: '2014-08-07', to: '2019-03-13' })).total, 0);
      assert.equal((await store.search({ text: '', issuer: 'comite rhone' })).total, 1, 'issuer match folds case and accents');
      assert.equal((await store.search({ text: '', place: 'Lyon' })).total, 1);
    });

    test('should count facets over the matching statements', async (store) => {
      await store.putBatch([harbourStatement, frenchStatement]);
      const r = await store.search({ text: '' });
      assert.deepEqual(r.facets.language.map((f) => [f.value, f.count]).sort(), [['en', 1], ['fr', 1]]);
      assert.deepEqual(r.facets.year.map((f) => f.value), ['2019', '2014']);
      assert.equal(r.facets.issuer.length, 3);
      const fr = await store.search({ text: 'grévistes' });
      assert.deepEqual(fr.facets.place, [{ value: 'Lyon', count: 1 }]);
    });

    test('should link a reposted statement to the first copy', async (store) => {
      const [first] = await store.putBatch([harbourStatement]);
      const [second] = await store.putBatch([harbourRepost]);
      assert.equal(second!.status, 'added');
      assert.equal(second!.copies.get(`${second!.documentId}-1`), `${first!.documentId}-1`);
      const original = await store.getDocument(first!.documentId);
      assert.deepEqual(original!.statements[0]!.copies, [`${second!.documentId}-1`]);
      assert.equal((await store.stats()).copies, 1);
      const unrelated = await store.putBatch([frenchStatement]);
      assert.equal(unrelated[0]!.copies.size, 0);
    });

    test('should report archive statistics', async (store) => {
      await store.putBatch([harbourStatement, frenchStatement]);
      const s = await store.stats();
      assert.equal(s.documents, 2);
      assert.equal(s.statements, 2);
      assert.equal(s.comments, 1);
      assert.equal(s.removedLines, 2);
      assert.equal(s.firstDate, '2014-08-06');
      assert.equal(s.lastDate, '2019-03-14');
    });

    test('should group entity mentions into actors with aliases, counts and dates', async (store) => {
      await store.putBatch([councilStatement, harbourStatement]);
      const actors = await store.actors({ type: 'ORG' });
      const hfc = actors.find((a) => a.key === 'highland farmers council')!;
      assert.equal(hfc.mentions, 3);
      assert.equal(hfc.statements, 1);
      assert.deepEqual(hfc.aliases, [{ value: 'HFC', count: 2 }, { value: 'Highland Farmers Council', count: 1 }]);
      assert.equal(hfc.firstDate, '2020-05-04');
      const places = await store.actors({ type: 'LOC' });
      assert.equal(places[0]!.geo!.geonameId, 172372);
      assert.deepEqual((await store.actors({ search: 'brigades' })).map((a) => a.name), ['Northern Brigades']);
    });

    test('should aggregate stances into a network of actors', async (store) => {
      await store.putBatch([councilStatement]);
      const net = await store.network();
      assert.equal(net.edges.length, 2);
      const accuse = net.edges.find((e) => e.relation === 'accuse')!;
      assert.deepEqual([accuse.source, accuse.target, accuse.weight, accuse.firstDate], ['highland farmers council', 'northern brigades', 1, '2020-05-04']);
      assert.match(accuse.evidence[0]!.sentence, /responsible/);
      const node = net.nodes.find((n) => n.id === 'highland farmers council')!;
      assert.equal(node.type, 'ORG');
      assert.ok(node.aliases.includes('HFC'));
      assert.equal((await store.network({ relation: 'demand' })).edges.length, 1);
      assert.equal((await store.network({ from: '2021' })).edges.length, 0);
    });

    test('should list events with their place, fatalities and reporting statement', async (store) => {
      await store.putBatch([councilStatement, harbourStatement]);
      const rows = [];
      for await (const e of store.events()) rows.push(e);
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.type, 'ART_MISS_ATTACK');
      assert.equal(rows[0]!.fatalities, 12);
      assert.equal(rows[0]!.geo!.country, 'SY');
      assert.deepEqual(rows[0]!.issuers, ['Highland Farmers Council']);
      const none = [];
      for await (const e of store.events({ type: 'AIR_STRIKE' })) none.push(e);
      assert.equal(none.length, 0);
    });

    test('should filter and facet search by entity, stance relation and event type', async (store) => {
      await store.putBatch([councilStatement, harbourStatement]);
      assert.equal((await store.search({ text: '', entity: 'HFC' })).total, 1);
      assert.equal((await store.search({ text: '', relation: 'accuse' })).total, 1);
      assert.equal((await store.search({ text: '', eventType: 'ART_MISS_ATTACK' })).total, 1);
      const r = await store.search({ text: '' });
      assert.deepEqual(r.facets.relation.map((f) => f.value).sort(), ['accuse', 'demand']);
      assert.deepEqual(r.facets.eventType, [{ value: 'ART_MISS_ATTACK', count: 1 }]);
      assert.ok(r.facets.entity.some((f) => f.value === 'Highland Farmers Council'));
    });

    test('should stream every document in insertion order', async (store) => {
      await store.putBatch([harbourStatement, frenchStatement]);
      const ids: string[] = [];
      for await (const d of store.documents()) ids.push(d.result.source);
      assert.deepEqual(ids, [harbourStatement.result.source, frenchStatement.result.source]);
    });
  });
}
