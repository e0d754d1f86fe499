import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { HtmlElement } from './dom.js';
import { parseHtml } from './parse-html.js';

const tagsOf = (el: HtmlElement): string[] => el.children.filter((c): c is HtmlElement => typeof c !== 'string').map((c) => c.tag);
const find = (html: string, tag: string): HtmlElement[] => parseHtml(html).elements.filter((e) => e.tag === tag);

test('an opening <p> closes the paragraph before it, and <li> the item before it', () => {
  const [body] = find('<body><p>one<p>two<ul><li>a<li>b</ul></body>', 'body');
  assert.deepEqual(tagsOf(body!), ['p', 'p', 'ul']);
  assert.deepEqual(tagsOf(find('<ul><li>a<li>b<li>c</ul>', 'ul')[0]!), ['li', 'li', 'li']);
});

test('stray end tags are ignored and misnested ones close up to their match', () => {
  const tree = parseHtml('<div id="a"><span>x</b></i>y</div><p>z</p>');
  const div = tree.elements.find((e) => e.attrs.id === 'a')!;
  assert.deepEqual(tagsOf(div), ['span']);
  assert.equal(tree.elements.find((e) => e.tag === 'p')!.parent!.tag, '#document');
});

test('void elements take no children and </br> becomes a line break', () => {
  const [p] = find('<p>a<br>b<img src=x>c</br>d</p>', 'p');
  assert.deepEqual(tagsOf(p!), ['br', 'img', 'br']);
  assert.deepEqual(p!.children.filter((c) => typeof c === 'string'), ['a', 'b', 'c', 'd']);
});

test('entities are decoded in text and in kept attributes', () => {
  const [a] = find('<a class="x&amp;y" href="/?a=1&amp;b=2">Fish &amp; chips &eacute;t&#233; &#x263A;</a>', 'a');
  assert.equal(a!.attrs.class, 'x&y');
  assert.equal(a!.attrs.href, '/?a=1&b=2');
  assert.equal(a!.children.join(''), 'Fish & chips été ☺');
});

test('script and style contents are not kept, but the title and JSON-LD are read', () => {
  const tree = parseHtml('<head><title>A &amp; B</title><script>var x = "<p>no</p>";</script><style>p{}</style><script type="application/ld+json">{"a":1}</script></head><body><p>yes</p></body>');
  assert.equal(tree.title, 'A & B');
  assert.deepEqual(tree.jsonLd, ['{"a":1}']);
  assert.equal(tree.elements.filter((e) => e.tag === 'p').length, 1);
  assert.deepEqual(tree.elements.find((e) => e.tag === 'script')!.children, []);
});

test('elements are listed in pre-order with parents before children', () => {
  const tree = parseHtml('<div><p>a</p><ul><li>b</li></ul></div><footer>c</footer>');
  tree.elements.forEach((el, i) => {
    assert.equal(el.index, i);
    if (el.parent !== null) assert.ok(el.parent.index < i);
  });
});

test('a page nested 100,000 levels deep parses quickly without overflowing the stack', () => {
  const depth = 100_000;
  const html = '<div>'.repeat(depth) + 'deep text' + '</span>'.repeat(depth) + '</div>'.repeat(depth);
  const start = performance.now();
  const tree = parseHtml(html);
  const ms = performance.now() - start;
  assert.equal(tree.elements.length, depth + 1);
  assert.ok(tree.elements.every((e) => e.depth <= 512), 'depth is capped');
  assert.ok(ms < 5000, `took ${ms} ms`);
});

test('empty and garbage input give an empty document', () => {
  assert.equal(parseHtml('').elements.length, 1);
  assert.equal(parseHtml('<<<>>></></ ><!-- x').root.tag, '#document');
});
