/**
 * Runs extraction on worker threads, one per core, so an ingest uses the whole
 * machine. A worker that takes longer than the hard limit on one document is
 * terminated and replaced, so a pathological page costs one document, never
 * the run.
 * @module
 */
import { Worker } from 'node:worker_threads';
import type { PageContext } from '../../clean/understand-page.js';
import type { SourceDocument } from '../../model/provenance.js';
import type { Extraction, ExtractorOptions } from '../extract-document.js';
import type { PoolRequest, PoolResponse } from './messages.js';

/** Hard limit for one document before its worker is replaced. */
export const DEFAULT_HARD_LIMIT_MS = 60_000;

export interface PoolOptions extends ExtractorOptions {
  readonly workers: number;
  readonly hardLimitMs?: number;
}

interface Job {
  readonly request: PoolRequest;
  readonly resolve: (e: Extraction) => void;
  readonly reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  job?: Job;
  timer?: NodeJS.Timeout;
}

export class ExtractPool {
  readonly #options: PoolOptions;
  readonly #slots: Slot[] = [];
  readonly #queue: Job[] = [];
  #nextId = 0;
  #closed = false;

  constructor(options: PoolOptions) {
    this.#options = Object.freeze({ ...options });
    for (let i = 0; i < Math.max(1, options.workers); i++) this.#slots.push(this.#spawn());
  }

  /** Resolves when every worker has loaded its models (or rejects with the first load error). */
  async ready(): Promise<void> {
    await Promise.all(this.#slots.map((s) => s.ready));
  }

  /** Documents waiting or being extracted. */
  get pending(): number {
    return this.#queue.length + this.#slots.filter((s) => s.job).length;
  }

  extract(document: SourceDocument, context?: Omit<PageContext, 'timeBudgetMs'>): Promise<Extraction> {
    if (this.#closed) return Promise.reject(new Error('the extraction pool is closed'));
    return new Promise((resolve, reject) => {
      this.#queue.push({ request: { id: this.#nextId++, document, ...(context ? { context } : {}) }, resolve, reject });
      this.#dispatch();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
  }

  #spawn(): Slot {
    const url = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);
    const worker = new Worker(url, {
      workerData: { steps: this.#options.steps, timeBudgetMs: this.#options.timeBudgetMs },
      // Under tsx (tests, development) the worker needs the same loader to read TypeScript.
      ...(url.pathname.endsWith('.ts') ? { execArgv: ['--import', 'tsx'] } : {}),
    });
    const slot: Slot = { worker, ready: Promise.resolve() };
    slot.ready = new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.on('message', (msg: PoolResponse) => {
        if (msg.kind === 'ready') {
          worker.off('error', reject);
          worker.on('error', (e) => this.#fail(slot, e));
          resolve();
          this.#dispatch();
          return;
        }
        this.#finish(slot, msg);
      });
    });
    slot.ready.catch(() => undefined);
    worker.on('exit', () => {
      if (slot.job && !this.#closed) this.#fail(slot, new Error('extraction worker stopped unexpectedly'));
    });
    return slot;
  }

  #dispatch(): void {
    for (const slot of this.#slots) {
      if (slot.job || this.#queue.length === 0) continue;
      const job = this.#queue.shift()!;
      slot.job = job;
      slot.worker.postMessage(job.request);
      const limit = this.#options.hardLimitMs ?? DEFAULT_HARD_LIMIT_MS;
      slot.timer = setTimeout(() => this.#fail(slot, new Error(`extraction took over ${Math.round(limit / 1000)} s and was stopped`), true), limit);
    }
  }

  #finish(slot: Slot, msg: PoolResponse): void {
    const job = slot.job;
    if (!job || msg.kind === 'ready' || msg.id !== job.request.id) return;
    clearTimeout(slot.timer);
    slot.job = undefined;
    if (msg.kind === 'done') job.resolve(msg.extraction);
    else job.reject(new Error(msg.message));
    this.#dispatch();
  }

  #fail(slot: Slot, error: Error, replace = false): void {
    const job = slot.job;
    clearTimeout(slot.timer);
    slot.job = undefined;
    job?.reject(error);
    if (replace || !this.#closed) {
      const i = this.#slots.indexOf(slot);
      void slot.worker.terminate();
      if (i >= 0 && !this.#closed) this.#slots[i] = this.#spawn();
    }
  }
}
