/**
 * The actor network as GraphML, with the attribute names Gephi and yEd read:
 * `label` on nodes, `weight` on edges.
 * @module
 */
import type { Network } from '../store/index.js';
import { xmlEscape } from './xml.js';

export function toGraphml(net: Network): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>',
    '  <key id="stances" for="node" attr.name="stances" attr.type="int"/>',
    '  <key id="mentions" for="node" attr.name="mentions" attr.type="int"/>',
    '  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="first_date" for="edge" attr.name="first_date" attr.type="string"/>',
    '  <key id="last_date" for="edge" attr.name="last_date" attr.type="string"/>',
    '  <key id="statements" for="edge" attr.name="statements" attr.type="string"/>',
    '  <key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>',
    '  <graph id="stances" edgedefault="directed">',
  ];
  const ids = new Map(net.nodes.map((n, i) => [n.id, `n${i}`]));
  for (const n of net.nodes) {
    out.push(`    <node id="${ids.get(n.id)}">`);
    out.push(`      <data key="label">${xmlEscape(n.label)}</data>`);
    out.push(`      <data key="type">${xmlEscape(n.type)}</data>`);
    out.push(`      <data key="aliases">${xmlEscape(n.aliases.join('; '))}</data>`);
    out.push(`      <data key="stances">${n.stances}</data>`);
    out.push(`      <data key="mentions">${n.mentions}</data>`);
    out.push('    </node>');
  }
  net.edges.forEach((e, i) => {
    out.push(`    <edge id="e${i}" source="${ids.get(e.source)}" target="${ids.get(e.target)}">`);
    out.push(`      <data key="relation">${e.relation}</data>`);
    out.push(`      <data key="weight">${e.weight}</data>`);
    if (e.firstDate) out.push(`      <data key="first_date">${xmlEscape(e.firstDate)}</data>`);
    if (e.lastDate) out.push(`      <data key="last_date">${xmlEscape(e.lastDate)}</data>`);
    out.push(`      <data key="statements">${xmlEscape([...new Set(e.evidence.map((x) => x.statementId))].join(' '))}</data>`);
    out.push(`      <data key="evidence">${xmlEscape(e.evidence[0]?.sentence ?? '')}</data>`);
    out.push('    </edge>');
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
