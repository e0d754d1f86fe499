/**
 * A buffered reader over a stream of byte chunks that keeps track of the
 * absolute offset, so readers can name the exact byte where a file goes wrong,
 * and never holds more than the record being read.
 * @module
 */

/** Thrown when a read would need more than the caller's limit in memory. */
export class LimitExceededError extends Error {}

export class ByteReader {
  #source: AsyncIterator<Uint8Array>;
  #buf: Buffer = Buffer.alloc(0);
  #pos = 0;
  #consumed = 0;
  #done = false;
  #failure: Error | undefined;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.#source = source[Symbol.asyncIterator]();
  }

  /** Absolute offset of the next unread byte. */
  get offset(): number {
    return this.#consumed + this.#pos;
  }

  /**
   * The error that ended the source early (a truncated gzip stream), if any.
   * Reads before it still succeed, so readers keep every record that came
   * through whole and the caller reports the failure once at the end.
   */
  get failure(): Error | undefined {
    return this.#failure;
  }

  /** Bytes buffered and not yet read. */
  get available(): number {
    return this.#buf.length - this.#pos;
  }

  /** Reads from the source until `n` bytes are buffered or the source ends; returns whether they are. */
  async fill(n: number): Promise<boolean> {
    if (this.available >= n) return true;
    // Chunks are collected and joined once, not concatenated one by one:
    // filling 32 MB from 64 KB chunks would otherwise copy gigabytes.
    const chunks: Buffer[] = [this.#buf.subarray(this.#pos)];
    let have = this.available;
    while (have < n && !this.#done) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = await this.#source.next();
      } catch (e) {
        this.#failure = e as Error;
        this.#done = true;
        break;
      }
      if (next.done) {
        this.#done = true;
        break;
      }
      const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
      chunks.push(chunk);
      have += chunk.length;
    }
    this.#consumed += this.#pos;
    this.#pos = 0;
    this.#buf = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, have);
    return this.available >= n;
  }

  /** True when no byte is left. */
  async atEnd(): Promise<boolean> {
    return !(await this.fill(1));
  }

  /** The next `n` bytes without consuming them (fewer at the end of the source). */
  async peek(n: number): Promise<Buffer> {
    await this.fill(n);
    return this.#buf.subarray(this.#pos, this.#pos + n);
  }

  /** Consumes and returns exactly `n` bytes, or fewer if the source ends first. */
  async read(n: number): Promise<Buffer> {
    await this.fill(n);
    const out = this.#buf.subarray(this.#pos, this.#pos + Math.min(n, this.available));
    this.#pos += out.length;
    return Buffer.from(out);
  }

  /** Discards `n` bytes without keeping them in memory; returns how many were discarded. */
  async skip(n: number): Promise<number> {
    let left = n;
    while (left > 0) {
      if (this.available === 0 && !(await this.fill(1))) break;
      const take = Math.min(left, this.available);
      this.#pos += take;
      left -= take;
    }
    return n - left;
  }

  /** Puts bytes back in front of the unread data (a record read past its real end). */
  unread(bytes: Buffer): void {
    const rest = this.#buf.subarray(this.#pos);
    this.#consumed = this.offset - bytes.length;
    this.#pos = 0;
    this.#buf = Buffer.concat([bytes, rest]);
  }

  /**
   * Discards bytes up to the next occurrence of `pattern` (left unread), in
   * bounded memory; returns false when the source ends first.
   */
  async skipTo(pattern: Buffer): Promise<boolean> {
    const window = 1 << 20;
    for (;;) {
      const idx = await this.indexOf(pattern, window);
      if (idx >= 0) {
        await this.skip(idx);
        return true;
      }
      const keep = pattern.length - 1;
      if (this.available <= keep) {
        if (!(await this.fill(keep + 1))) {
          await this.skip(this.available);
          return false;
        }
        continue;
      }
      await this.skip(this.available - keep);
    }
  }

  /**
   * Position (relative to the current offset) of the first `pattern` found
   * within the next `limit` bytes, or -1.
   */
  async indexOf(pattern: Buffer, limit: number): Promise<number> {
    let searched = 0;
    for (;;) {
      const idx = this.#buf.indexOf(pattern, this.#pos + Math.max(0, searched - pattern.length + 1));
      if (idx >= 0 && idx - this.#pos + pattern.length <= limit) return idx - this.#pos;
      if (idx >= 0 || this.available >= limit) return -1;
      searched = this.available;
      // Grow geometrically so a long search costs linear time, not quadratic.
      if (!(await this.fill(Math.min(limit, Math.max(this.available * 2, 65536))))) {
        if (this.available === searched) return -1;
      }
    }
  }

  /**
   * Reads one line (without its CRLF or LF). Returns null at the end of the
   * source; throws LimitExceededError (after skipping the line) when the line is
   * longer than `maxBytes`.
   */
  async readLine(maxBytes: number): Promise<Buffer | null> {
    if (await this.atEnd()) return null;
    const nl = await this.indexOf(NEWLINE, maxBytes + 2);
    if (nl < 0) {
      if (this.available <= maxBytes && (await this.#sourceEndedWithin(maxBytes))) {
        return trimCr(await this.read(this.available));
      }
      await this.#skipPastNewline();
      throw new LimitExceededError(`line longer than ${maxBytes} bytes`);
    }
    const line = await this.read(nl);
    await this.skip(1);
    return trimCr(line);
  }

  async #sourceEndedWithin(maxBytes: number): Promise<boolean> {
    await this.fill(maxBytes + 1);
    return this.#done && this.available <= maxBytes;
  }

  async #skipPastNewline(): Promise<void> {
    for (;;) {
      const idx = this.#buf.indexOf(NEWLINE, this.#pos);
      if (idx >= 0) {
        this.#pos = idx + 1;
        return;
      }
      this.#pos = this.#buf.length;
      if (!(await this.fill(1))) return;
    }
  }
}

const NEWLINE = Buffer.from('\n');

function trimCr(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, line.length - 1) : line;
}
