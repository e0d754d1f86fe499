import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from '../../model/page.js';
import { sourceDirOf } from '../../util/paths.js';
import { htmlToPage, mainText } from './index.js';

const FIXTURES = join(sourceDirOf(import.meta.url), 'fixtures');
const load = (name: string): Page => htmlToPage(readFileSync(join(FIXTURES, name), 'utf8'));

const titleOf = (page: Page) => page.blocks.filter((b) => b.role === 'title').map((b) => b.text);
/** Each comment's text, by group. */
const commentsOf = (page: Page) => {
  const groups: string[][] = [];
  for (const b of page.blocks) if (b.role === 'comment') (groups[b.group!] ??= []).push(b.text);
  return groups.map((g) => g.join(' | '));
};
const assertExcludes = (text: string, furniture: readonly string[]) => {
  for (const f of furniture) assert.ok(!text.includes(f), `main text holds "${f}"`);
};

test('WordPress: body from dateline to signature, nested comment replies as their own groups', () => {
  const page = load('wordpress-statement.html');
  assert.deepEqual(titleOf(page), ['Tanzania: Release the Arusha teachers now']);
  const main = mainText(page);
  assert.ok(main.startsWith('ARUSHA, 3 March 2019 – The Lakeshore Teachers’ Union (LTU) condemns'));
  assert.ok(main.endsWith('National Executive Committee\nLakeshore Teachers’ Union (LTU)'));
  assert.ok(main.includes('the immediate and unconditional release of the six teachers;'));
  assert.ok(main.includes('“My husband went to school'), 'a quotation in the body stays');
  assertExcludes(main, ['cookies', 'Share this', 'Related', 'Strike notice', 'Posted in', 'Tagged', 'Leave a Reply', 'Recent statements', 'Skip to content', 'Neema Mushi', 'thoughts on']);
  const comments = commentsOf(page);
  assert.equal(comments.length, 3);
  assert.match(comments[0]!, /^Joseph Laizer says: \| March 4, 2019 at 12:01 pm \| Solidarity from the teachers of Moshi/);
  assert.match(comments[1]!, /^Anonymous says: .*Thank you, the families/);
  assert.ok(!comments.some((c) => /\bReply\b/.test(c)), 'reply links are not comment text');
  assert.deepEqual(page.meta, {
    title: 'Tanzania: Release the Arusha teachers now', published: '2019-03-04', modified: '2019-03-05',
    author: 'Neema Mushi', siteName: "Lakeshore Teachers' Union", language: 'en',
    url: 'https://lakeshore-teachers.example.org/2019/03/release-the-arusha-teachers/',
  });
});

test('Joomla: table layout with side modules, article-info and JComments', () => {
  const page = load('joomla-declaration.html');
  assert.deepEqual(titleOf(page), ['Kédougou : la FMSO exige la réouverture du puits n° 4']);
  const main = mainText(page);
  assert.ok(main.startsWith('Le 12 novembre 2014, la direction'));
  assert.ok(main.endsWith('Kédougou, le 16 novembre 2014\nPour le Bureau exécutif, le Secrétaire général'));
  assertExcludes(main, ['Vous êtes ici', 'Écrit par', 'Affichages', 'Précédent', 'Menu principal', 'Adhérer', 'Copyright', 'Déclaration du Bureau exécutif']);
  const kicker = page.blocks.find((b) => b.text === 'Déclaration du Bureau exécutif de la FMSO');
  assert.equal(kicker?.reason, 'kicker', 'the kicker stays in the page as boilerplate');
  assert.deepEqual(commentsOf(page), [
    'Moussa D. 17/11/2014 11:02 | Les mineurs de Sabodala seront au rassemblement du 20 novembre.',
    'Anonyme 18/11/2014 08:47 | La société a déjà fait la même chose en 2012 au puits n° 2.',
  ]);
  assert.equal(page.meta.language, 'fr');
  assert.equal(page.meta.author, 'Administrator');
});

test('Drupal: body field only, Drupal comments without their reply links, RDFa date', () => {
  const page = load('drupal-comunicado.html');
  const main = mainText(page);
  assert.ok(main.startsWith('Montería, 22 de agosto de 2021.'));
  assert.ok(main.endsWith('Junta Directiva\nRed Campesina del Alto Sinú'));
  assertExcludes(main, ['Enviado por', 'Etiquetas', 'Añadir nuevo comentario', 'Últimos comunicados', 'Tierra, agua y dignidad']);
  const comments = commentsOf(page);
  assert.equal(comments.length, 2);
  assert.ok(comments[0]!.startsWith('Anónimo (no verificado) | Lun, 23/08/2021 - 18:40 | Toda nuestra solidaridad'));
  assert.ok(!comments.join(' ').includes('responder'));
  assert.equal(page.meta.published, '2021-08-23');
  assert.equal(page.meta.language, 'es');
});

test('Blogger: a post holding two statements keeps both, old-style comments group by <dt>', () => {
  const page = load('blogger-two-statements.html');
  assert.deepEqual(titleOf(page), ['Two statements on the Warri port strike']);
  const main = mainText(page);
  assert.ok(main.includes('WARRI, July 13 (DLNS) — Some two thousand dockworkers'));
  assert.ok(main.includes('Statement of the Dockworkers\' Committee of Warri Port'), 'the second statement\'s heading stays in the body');
  assert.ok(main.endsWith("Warri, 13 July 2009\nDockworkers' Committee of Warri Port"));
  assertExcludes(main, ['Posted by', 'Labels', 'BlogThis', 'Newer Post', 'Blog Archive', 'Powered by', 'Tuesday, 14 July 2009']);
  assert.deepEqual(commentsOf(page), [
    'Oghene said... | Greetings from the Port Harcourt branch. We are collecting money for the families of the arrested men. | 14 July 2009 at 15:02',
    'Anonymous said... | Is there a bank account for donations? | 15 July 2009 at 09:31',
  ]);
  assert.equal(page.meta.published, '2009-07-14');
  assert.equal(page.meta.title, 'Two statements on the Warri port strike');
});

test('hand-written page of the 2000s: table cell with <br><br> paragraphs, menus and footer left out', () => {
  const page = load('handwritten-2003.html');
  const main = page.blocks.filter((b) => b.role === 'main').map((b) => b.text);
  assert.equal(main[0]!.slice(0, 40), 'The Andean Miners Solidarity Committee h');
  assert.ok(main.includes('We send our condolences to the families of the victims.'), '<br><br> splits paragraphs');
  assert.equal(main.at(-1), 'Oruro and Lima\nAndean Miners Solidarity Committee');
  assertExcludes(mainText(page), ['[ Home ]', 'Printer-friendly', 'Back to top', 'mailing list', 'views expressed']);
  assert.equal(page.meta.published, '2003-05-19');
});

test('news page: ads, read-also lines, captions, teaser cards and a Disqus-like thread', () => {
  const page = load('news-disqus-like.html');
  const main = mainText(page);
  assert.ok(main.startsWith('VISAKHAPATNAM — The Visakha Fishermen\'s Council'));
  assert.ok(main.endsWith('by the end of the month.'));
  assertExcludes(main, ['Advertisement', 'READ ALSO', 'Photo:', 'newsletter', 'Ferry fares', 'Most read', 'By Priya Raman', 'consent', 'personalise']);
  const comments = commentsOf(page);
  assert.equal(comments.length, 3);
  assert.equal(comments[1], 'Guest 2 hours ago | The trawler limits were announced in March.');
  assert.ok(!comments.join(' ').includes('Upvote'));
  assert.equal(page.meta.author, 'Priya Raman');
  assert.equal(page.meta.published, '2022-09-14');
});

test('blocks keep reading order: boilerplate, title, body, comments, sidebar', () => {
  const page = load('wordpress-statement.html');
  const first = (pred: (i: number) => boolean) => page.blocks.findIndex((_, i) => pred(i));
  const title = first((i) => page.blocks[i]!.role === 'title');
  const main = first((i) => page.blocks[i]!.role === 'main');
  const comment = first((i) => page.blocks[i]!.role === 'comment');
  assert.ok(0 < title && title < main && main < comment && comment < page.blocks.length - 1);
  assert.ok(page.blocks.every((b) => b.text.trim() !== '' && b.linkDensity !== undefined && b.breakBefore === true));
  assert.ok(page.blocks.filter((b) => b.role === 'boilerplate').every((b) => b.reason !== undefined));
});

test('the main text leaves out the title and separates paragraphs by a blank line', () => {
  const page = htmlToPage('<title>Call</title><body><h1>Call</h1><article><p>First paragraph of the appeal, long enough to count as text.</p><p>Second paragraph of the appeal, also long enough to count.</p></article></body>');
  assert.equal(mainText(page), 'First paragraph of the appeal, long enough to count as text.\n\nSecond paragraph of the appeal, also long enough to count.');
});

test('the url option fills meta.url', () => {
  assert.equal(htmlToPage('<p>x</p>', { url: 'https://example.org/a' }).meta.url, 'https://example.org/a');
});

test('empty input gives an empty page', () => {
  assert.deepEqual(htmlToPage(''), { blocks: [], meta: {} });
});

test('a page nested 100,000 levels deep gives its text without overflowing the stack', () => {
  const depth = 100_000;
  const para = '<p>This paragraph sits at the bottom of a very deep pile of unclosed division elements.</p>';
  const page = htmlToPage('<div>'.repeat(depth) + para + '</div>'.repeat(depth));
  assert.deepEqual(page.blocks.map((b) => b.text), ['This paragraph sits at the bottom of a very deep pile of unclosed division elements.']);
});

test('a large page is handled in linear time', () => {
  const para = '<div class="x"><p>Paragraph with <a href="#">a link</a> and enough words to be body text here.</p></div>\n';
  const small = para.repeat(2_000);
  const large = para.repeat(20_000);
  const time = (html: string) => {
    const start = performance.now();
    htmlToPage(html);
    return performance.now() - start;
  };
  time(small);
  const ratio = time(large) / time(small);
  assert.ok(ratio < 30, `10× the input took ${ratio.toFixed(1)}× the time`);
});

test('linked signatories after a "Signed by:" line stay in the body, a related-posts list does not', () => {
  const page = load('linked-signatories.html');
  const main = page.blocks.filter((b) => b.role === 'main').map((b) => b.text);
  assert.deepEqual(main.slice(-5), ['Signed by:', "Lakeshore Teachers' Union", 'Kilimanjaro Nurses Association', "Coastal Dockworkers' Committee", 'Students for Free Education']);
  assert.ok(!main.includes('Strike notice to the ministry'));
});

test('a blog page showing two posts keeps both post bodies, not their footers', () => {
  const page = load('blog-two-posts.html');
  const main = mainText(page);
  assert.ok(main.startsWith('O Coletivo Rio Doce Vivo repudia'));
  assert.ok(main.includes('Manifestamos nossa solidariedade aos pescadores de Resplendor'));
  assert.ok(main.endsWith('Governador Valadares, 9 de maio de 2015\nColetivo Rio Doce Vivo'));
  assertExcludes(main, ['Postado por', 'Postagens mais antigas', 'Arquivo do blog', 'Notas e comunicados']);
});

test('malformed markup (no body, unclosed and misnested tags, bare attributes) still gives the statement', () => {
  const html = `<title>Appeal</title><div id=menu><a href=/>Home</a> | <a href=/news>News</a></div>
    <table><tr><td><font size=3><b>Appeal for the release of Omar Haddad</b>
    <p>The Maghreb Students' Network calls for the immediate release of Omar Haddad, arrested on 2 June in Sfax for distributing leaflets.
    <p>His family has not been allowed to see him <i>and his lawyer <b>was turned away</i> twice</b>.
    </td></font></tr><tr><td>Sfax, 4 June 2012</table>
    <div style="display:none">Hidden text that no reader sees.</div>`;
  const page = htmlToPage(html);
  const main = mainText(page);
  assert.ok(main.includes('calls for the immediate release of Omar Haddad'));
  assert.ok(main.includes('his lawyer was turned away twice.'));
  assert.ok(!main.includes('Home'));
  assert.ok(!page.blocks.some((b) => b.text.includes('Hidden text')));
});

test('a body container whose class also mentions comments stays the body', () => {
  const page = htmlToPage(`<h1>Stop the evictions</h1><div class="entry-content comments-enabled">
    <p>We, the tenants of the northern estates, call on the council to stop every eviction planned for this winter.</p>
    <p>Families with children must not be put on the street in the cold months.</p></div>
    <div id="comments"><div class="comment"><p>Rosa</p><p>Well said, we will be at the council meeting on Monday evening.</p></div></div>`);
  assert.ok(mainText(page).startsWith('We, the tenants of the northern estates'));
  assert.deepEqual(commentsOf(page), ['Rosa | Well said, we will be at the council meeting on Monday evening.']);
});
