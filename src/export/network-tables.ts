/**
 * The actor network as CSV (an edge list, which Gephi's spreadsheet import
 * and most tools read) and as JSON.
 * @module
 */
import { stringify } from 'csv-stringify/sync';
import type { Network } from '../store/index.js';

export const NETWORK_CSV_COLUMNS = ['source', 'target', 'source_label', 'target_label', 'source_type', 'target_type', 'relation', 'weight', 'first_date', 'last_date', 'statements', 'evidence'] as const;

export function toNetworkCsv(net: Network): string {
  const nodes = new Map(net.nodes.map((n) => [n.id, n]));
  const rows = net.edges.map((e) => [
    e.source,
    e.target,
    nodes.get(e.source)?.label ?? e.source,
    nodes.get(e.target)?.label ?? e.target,
    nodes.get(e.source)?.type ?? '',
    nodes.get(e.target)?.type ?? '',
    e.relation,
    String(e.weight),
    e.firstDate ?? '',
    e.lastDate ?? '',
    [...new Set(e.evidence.map((x) => x.statementId))].join(' '),
    e.evidence[0]?.sentence ?? '',
  ]);
  return stringify([[...NETWORK_CSV_COLUMNS], ...rows]);
}

export function toNetworkJson(net: Network): string {
  return JSON.stringify(net) + '\n';
}
