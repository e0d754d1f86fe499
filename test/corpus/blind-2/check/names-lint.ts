/**
 * Checks the first corpus's lint leaves out: that every stance names a source found on the
 * page and a target found in the body, that every event actor is named in the body, and that
 * no reader comment has slipped into a gold body. A gold name nobody can find on the page is
 * a typo, and a typo in gold silently turns a right answer into a miss.
 * @module
 */
import { cutGoldBody, htmlToText, isHtml } from '../../statements/check/gold-body.js';
import { alternatives, containsName, containsPassage } from '../../statements/check/gold-files.js';
import type { GoldCase } from '../../statements/check/gold-types.js';

/** The name problems of one gold case, one line each, prefixed with the statement index. */
export function lintNames(gold: GoldCase): string[] {
  const problems: string[] = [];
  const pageText = isHtml(gold.raw) ? htmlToText(gold.raw) : gold.raw;
  const someIn = (text: string, value: string): boolean => alternatives(value).some((a) => a === null || containsName(text, a));
  gold.gold.statements.forEach((s, i) => {
    const cut = cutGoldBody(gold.raw, s.bodyStart, s.bodyEnd, gold.gold.mustRemove);
    if ('problem' in cut) return;
    const where = `statements[${i}]`;
    for (const st of s.stances) {
      if (!someIn(pageText, st.source)) problems.push(`${where}: stance source ${JSON.stringify(st.source)} is not on the page`);
      if (!someIn(cut.body, st.target)) problems.push(`${where}: stance target ${JSON.stringify(st.target)} is not in the body`);
    }
    for (const ev of s.events) {
      for (const actor of ev.actors) if (!someIn(cut.body, actor)) problems.push(`${where}: event actor ${JSON.stringify(actor)} is not in the body`);
    }
    for (const c of gold.gold.comments) {
      if (c.text && containsPassage(cut.body, c.text)) problems.push(`${where}: the body holds the comment ${JSON.stringify(c.text.slice(0, 40))}`);
    }
  });
  return problems;
}
