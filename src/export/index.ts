/**
 * Exports for the tools researchers use: GraphML and GEXF (Gephi), CSV and
 * JSON for the network, and an ACLED-like event table. Pure serializers over
 * what the store returns.
 * @module
 */
export { toGraphml } from './graphml.js';
export { toGexf } from './gexf.js';
export { toNetworkCsv, toNetworkJson, NETWORK_CSV_COLUMNS } from './network-tables.js';
export { eventRecord, eventsCsvHeader, eventsCsvRows, EVENT_COLUMNS, type EventRecord } from './events-table.js';
export { ACLED_TYPES } from './acled.js';
export { xmlEscape } from './xml.js';
