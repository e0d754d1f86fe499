/**
 * A worker thread of the extraction pool: loads the models once, then
 * extracts each document it is sent.
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractor, type ExtractorOptions } from '../extract-document.js';
import type { PoolRequest, PoolResponse } from './messages.js';

const port = parentPort!;
const extract = await createExtractor(workerData as ExtractorOptions);
port.postMessage({ kind: 'ready' } satisfies PoolResponse);
port.on('message', (req: PoolRequest) => {
  let res: PoolResponse;
  try {
    res = { kind: 'done', id: req.id, extraction: extract(req.document, req.context) };
  } catch (e) {
    res = { kind: 'failed', id: req.id, message: (e as Error).message || String(e) };
  }
  port.postMessage(res);
});
