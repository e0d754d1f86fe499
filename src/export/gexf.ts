/**
 * The actor network as GEXF 1.3 (Gephi's own format), with node and edge
 * attributes declared so Gephi offers them for partitioning and filtering.
 * @module
 */
import type { Network } from '../store/index.js';
import { xmlEscape } from './xml.js';

export function toGexf(net: Network, generatedOn = new Date().toISOString().slice(0, 10)): string {
  const ids = new Map(net.nodes.map((n, i) => [n.id, `n${i}`]));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${generatedOn}"><creator>Communiqué</creator><description>Stances between actors, aggregated from statements</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="aliases" title="aliases" type="string"/>',
    '      <attribute id="stances" title="stances" type="integer"/>',
    '      <attribute id="mentions" title="mentions" type="integer"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="relation" title="relation" type="string"/>',
    '      <attribute id="first_date" title="first_date" type="string"/>',
    '      <attribute id="last_date" title="last_date" type="string"/>',
    '      <attribute id="statements" title="statements" type="string"/>',
    '      <attribute id="evidence" title="evidence" type="string"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  for (const n of net.nodes) {
    out.push(`      <node id="${ids.get(n.id)}" label="${xmlEscape(n.label)}">`);
    out.push('        <attvalues>');
    out.push(`          <attvalue for="type" value="${xmlEscape(n.type)}"/>`);
    out.push(`          <attvalue for="aliases" value="${xmlEscape(n.aliases.join('; '))}"/>`);
    out.push(`          <attvalue for="stances" value="${n.stances}"/>`);
    out.push(`          <attvalue for="mentions" value="${n.mentions}"/>`);
    out.push('        </attvalues>');
    out.push('      </node>');
  }
  out.push('    </nodes>', '    <edges>');
  net.edges.forEach((e, i) => {
    // Gephi merges parallel edges unless they carry different kinds; the relation is the kind.
    out.push(`      <edge id="e${i}" source="${ids.get(e.source)}" target="${ids.get(e.target)}" weight="${e.weight}" kind="${e.relation}" label="${e.relation}">`);
    out.push('        <attvalues>');
    out.push(`          <attvalue for="relation" value="${e.relation}"/>`);
    if (e.firstDate) out.push(`          <attvalue for="first_date" value="${xmlEscape(e.firstDate)}"/>`);
    if (e.lastDate) out.push(`          <attvalue for="last_date" value="${xmlEscape(e.lastDate)}"/>`);
    out.push(`          <attvalue for="statements" value="${xmlEscape([...new Set(e.evidence.map((x) => x.statementId))].join(' '))}"/>`);
    out.push(`          <attvalue for="evidence" value="${xmlEscape(e.evidence[0]?.sentence ?? '')}"/>`);
    out.push('        </attvalues>');
    out.push('      </edge>');
  });
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
