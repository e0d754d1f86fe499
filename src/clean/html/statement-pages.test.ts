import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { sharedDir } from '../../util/paths.js';
import { htmlToPage, mainText } from './index.js';

interface GoldStatement {
  readonly title: string;
  readonly bodyStart: string;
  readonly bodyEnd: string;
}
interface Gold {
  readonly statements: readonly GoldStatement[];
  readonly comments: ReadonlyArray<{ readonly text: string }>;
  readonly mustRemove?: readonly string[];
}

const shared = sharedDir();
const dir = shared === null ? null : join(shared, 'data', 'statements');
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

for (const id of ['003', '008', '012']) {
  const raw = dir === null ? null : join(dir, 'raw', `${id}.html`);
  const skip = raw === null || !existsSync(raw) ? 'shared statements data is absent' : false;
  test(`statement page ${id}.html: title, whole body to the signature, one group per comment`, { skip }, () => {
    const gold = JSON.parse(readFileSync(join(dir!, 'gold', `${id}.html.json`), 'utf8')) as Gold;
    const page = htmlToPage(readFileSync(raw!, 'utf8'));
    const [statement] = gold.statements;
    const titles = page.blocks.filter((b) => b.role === 'title').map((b) => b.text);
    assert.equal(titles.length, 1);
    // Gold strings list accepted alternatives as "A|B".
    assert.ok(statement!.title.split('|').includes(titles[0]!), `title "${titles[0]}"`);
    const main = flat(mainText(page));
    assert.ok(main.startsWith(flat(statement!.bodyStart)), `body starts "${main.slice(0, 60)}"`);
    assert.ok(main.endsWith(flat(statement!.bodyEnd)), `body ends "${main.slice(-60)}"`);
    for (const removed of gold.mustRemove ?? []) assert.ok(!main.includes(flat(removed)), `body holds "${removed}"`);
    const groups = new Map<number, string>();
    for (const b of page.blocks) if (b.role === 'comment') groups.set(b.group!, `${groups.get(b.group!) ?? ''} ${b.text}`);
    assert.equal(groups.size, gold.comments.length);
    gold.comments.forEach((c, i) => assert.ok(flat(groups.get(i) ?? '').includes(flat(c.text)), `comment ${i}`));
  });
}
