import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectBlocks } from './collect-blocks.js';
import { parseHtml } from './parse-html.js';

const blocks = (html: string) => collectBlocks(parseHtml(html).root);
const texts = (html: string) => blocks(html).map((b) => b.text);

test('each block-level element gives one block, and text around nested blocks gives its own', () => {
  assert.deepEqual(texts('<div>intro <p>para one</p> tail</div><h2>Head</h2><ul><li>item</li></ul>'), ['intro', 'para one', 'tail', 'Head', 'item']);
  assert.deepEqual(blocks('<h3>H</h3><p>P</p><li>L</li><td>T</td><th>C</th><dd>D</dd>').map((b) => b.tag), ['h3', 'p', 'li', 'td', 'td', 'dd']);
});

test('white space is collapsed and inline elements do not break the block', () => {
  assert.deepEqual(texts('<p>  one\n\t two <b>three</b><i>four</i>&nbsp; five </p>'), ['one two threefour five']);
});

test('a <br> becomes a line break and two or more end the paragraph', () => {
  assert.deepEqual(texts('<p>Signed:<br>\n First Org<br/>Second Org</p>'), ['Signed:\nFirst Org\nSecond Org']);
  assert.deepEqual(texts('<td>First paragraph.<br><br>\n<br>Second paragraph.<br>Its second line.</td>'), ['First paragraph.', 'Second paragraph.\nIts second line.']);
});

test('hidden and non-rendered elements are dropped', () => {
  const html = '<p>shown</p><script>x()</script><style>p{}</style><noscript>no js</noscript><template><p>t</p></template>'
    + '<p hidden>h</p><p style="display: none">d</p><div aria-hidden="true">a</div><span class="screen-reader-text">sr</span><p>end</p>';
  assert.deepEqual(texts(html), ['shown', 'end']);
});

test('link density counts the share of text inside links', () => {
  const [b] = blocks('<p><a href="/">Home</a> page text</p>');
  assert.equal(b!.chars, 12);
  assert.equal(b!.linkChars, 4);
});

test('preformatted text keeps its lines', () => {
  assert.deepEqual(texts('<pre>\nline one\n  line two  \n</pre>'), ['line one\n  line two']);
});

test('buttons and images separate the words around them', () => {
  assert.deepEqual(texts('<div><button>Accept</button><button>Refuse</button></div>'), ['Accept Refuse']);
});
