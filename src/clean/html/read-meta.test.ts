import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isoDate } from './iso-date.js';
import { readJsonLd } from './json-ld.js';
import { languageCode } from './language-code.js';
import { htmlToPage } from './index.js';

test('page dates become YYYY-MM-DD, keeping the calendar date the publisher wrote', () => {
  assert.equal(isoDate('2011-06-15T23:12:00-05:00'), '2011-06-15');
  assert.equal(isoDate('2016/11/09'), '2016-11-09');
  assert.equal(isoDate('20161109'), '2016-11-09');
  assert.equal(isoDate('Tue, 19 Nov 2019 10:00:00 GMT'), '2019-11-19');
  assert.equal(isoDate('2019-13-45'), undefined);
  assert.equal(isoDate('yesterday'), undefined);
  assert.equal(isoDate('42'), undefined);
});

test('language tags become ISO 639-1 codes', () => {
  assert.equal(languageCode('en-US'), 'en');
  assert.equal(languageCode('pt_BR'), 'pt');
  assert.equal(languageCode('fra'), 'fr');
  assert.equal(languageCode('x-klingon'), undefined);
});

test('JSON-LD: the article object is found in @graph and arrays, author lists joined', () => {
  const ld = readJsonLd([
    'not json',
    JSON.stringify([{ '@type': 'WebSite', name: 'Site' }, { '@graph': [{ '@type': ['NewsArticle'], headline: 'H', datePublished: '2020-01-02', author: [{ name: 'A' }, { name: 'B' }], publisher: { name: 'P' } }] }]),
  ]);
  assert.deepEqual(ld, { headline: 'H', datePublished: '2020-01-02', author: 'A, B', publisher: 'P' });
});

test('JSON-LD nested a million levels deep is read without recursion', () => {
  const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
  assert.deepEqual(readJsonLd([deep]), {});
});

test('meta: Open Graph beats <title>, <time> dates the page, comment times do not', () => {
  const meta = htmlToPage(`<html lang="de-AT"><head><title>Aufruf | Verein</title><meta property="og:title" content="Aufruf">
    <meta property="og:site_name" content="Verein"><meta name="description" content="Kurz."></head><body>
    <div class="comments"><div class="comment"><time datetime="2001-01-01">x</time><p>Kommentar</p></div></div>
    <article><time datetime="2015-05-05T10:00">5. Mai</time><p>Text</p></article></body></html>`).meta;
  assert.deepEqual(meta, { title: 'Aufruf', published: '2015-05-05', siteName: 'Verein', language: 'de', description: 'Kurz.' });
});

test('meta: without Open Graph the site name is cut off <title> using the page heading', () => {
  const meta = htmlToPage('<title>Stop the evictions now – Tenants Union of the North</title><h1>Stop the evictions now</h1><p>We, the tenants of the northern estates, call on the council to stop every eviction this winter.</p>').meta;
  assert.equal(meta.title, 'Stop the evictions now');
});
