/**
 * Ingest progress on stderr: a bar with documents/s and ETA on a terminal,
 * a plain line every few seconds otherwise (logs, CI), nothing with --quiet.
 * @module
 */
import cliProgress from 'cli-progress';
import type { IngestProgress } from '../pipeline/ingest-run.js';

export interface ProgressReporter {
  update(p: IngestProgress): void;
  /** Writes a line without tearing the bar. */
  log(line: string): void;
  stop(): void;
}

/** Seconds between plain progress lines when stderr is not a terminal. */
const PLAIN_INTERVAL_MS = 5000;

export function createProgressReporter(mode: 'bar' | 'plain' | 'none'): ProgressReporter {
  if (mode === 'none') return { update() {}, log: (l) => process.stderr.write(l + '\n'), stop() {} };
  if (mode === 'plain') {
    let last = 0;
    return {
      update(p) {
        const now = Date.now();
        if (now - last < PLAIN_INTERVAL_MS) return;
        last = now;
        process.stderr.write(`ingest: ${describe(p)}\n`);
      },
      log: (l) => process.stderr.write(l + '\n'),
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: 'ingest {bar} {percentage}% | {read} docs | {rate} docs/s | {mb} MB | ETA {remaining}',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 8,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(p) {
      const total = p.totalBytes ?? 0;
      const payload = { read: p.read, rate: rate(p).toFixed(0), mb: (p.bytes / 1e6).toFixed(1), remaining: eta(p) };
      if (!started) {
        bar.start(Math.max(total, 1), 0, payload);
        started = true;
      }
      bar.update(total ? Math.min(p.bytesDone, total) : 0, payload);
    },
    log(line) {
      if (started) bar.stop();
      process.stderr.write(line + '\n');
      if (started) {
        started = false;
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

function rate(p: IngestProgress): number {
  return p.elapsedMs > 0 ? (p.read * 1000) / p.elapsedMs : 0;
}

function eta(p: IngestProgress): string {
  if (!p.totalBytes || p.bytesDone === 0) return '?';
  const seconds = ((p.totalBytes - p.bytesDone) * (p.elapsedMs / p.bytesDone)) / 1000;
  return formatDuration(seconds);
}

/** "1h02m", "3m20s", "12s". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${s}s`;
}

function describe(p: IngestProgress): string {
  const of = p.totalBytes ? ` of ${(p.totalBytes / 1e6).toFixed(1)} MB, ETA ${eta(p)}` : '';
  return `${p.read} documents (${rate(p).toFixed(0)}/s), ${p.filesDone}/${p.files} files${of}`;
}
