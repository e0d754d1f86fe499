/**
 * `communique network`: the stance network for Gephi and other tools.
 * @module
 */
import { RELATIONS, type Relation } from '../../model/contract.js';
import { toGexf, toGraphml, toNetworkCsv, toNetworkJson } from '../../export/index.js';
import { openStore } from '../../store/index.js';
import { err } from '../terminal.js';
import { dateOption, UsageError } from './_shared.js';
import { openSink } from './output-file.js';

export interface NetworkCommandOptions {
  readonly db: string;
  readonly format: string;
  readonly out?: string;
  readonly from?: string;
  readonly to?: string;
  readonly relation?: string;
  readonly issuer?: string;
}

const WRITERS = { graphml: toGraphml, gexf: (n: Parameters<typeof toGexf>[0]) => toGexf(n), csv: toNetworkCsv, json: toNetworkJson } as const;

export async function networkCommand(o: NetworkCommandOptions): Promise<void> {
  const write = WRITERS[o.format as keyof typeof WRITERS];
  if (!write) throw new UsageError(`--format takes ${Object.keys(WRITERS).join(', ')}, not "${o.format}"`);
  if (o.relation && !(RELATIONS as readonly string[]).includes(o.relation)) throw new UsageError(`--relation takes one of ${RELATIONS.join(', ')}, not "${o.relation}"`);
  const from = dateOption('--from', o.from);
  const to = dateOption('--to', o.to);
  const store = await openStore(o.db, { mustExist: true });
  try {
    const net = await store.network({ ...(from ? { from } : {}), ...(to ? { to } : {}), ...(o.relation ? { relation: o.relation as Relation } : {}), ...(o.issuer ? { issuer: o.issuer } : {}) });
    const sink = openSink(o.out);
    await sink.write(write(net));
    await sink.close();
    if (o.out) err(`communique: wrote ${net.nodes.length} actors and ${net.edges.length} edges to ${o.out}`);
  } finally {
    await store.close();
  }
}
