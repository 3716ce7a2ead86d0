import { open, type FileHandle } from 'node:fs/promises';

const CHUNK = 256 * 1024;
const ZEROS = Buffer.alloc(CHUNK);

/**
 * Random access to an uploaded file in bounded, asynchronous reads: checking a 500 MB video holds
 * one chunk in memory at a time, and the event loop turns between reads (health checks and other
 * requests are answered meanwhile).
 */
export class FileWindow {
  private cached = { offset: 0, bytes: Buffer.alloc(0) };

  private constructor(
    private readonly handle: FileHandle,
    readonly size: number,
  ) {}

  static async use<T>(filepath: string, work: (file: FileWindow) => Promise<T>): Promise<T> {
    const handle = await open(filepath, 'r+');
    try {
      return await work(new FileWindow(handle, (await handle.stat()).size));
    } finally {
      await handle.close();
    }
  }

  /** Up to `length` (at most one chunk) bytes at `offset`; fewer only at the end of the file. */
  async read(offset: number, length: number): Promise<Buffer> {
    if (length > CHUNK) throw new RangeError(`read of ${length} bytes exceeds the ${CHUNK}-byte window`);
    const { offset: start, bytes } = this.cached;
    if (offset < start || offset + length > start + bytes.length) {
      const buffer = Buffer.alloc(Math.max(0, Math.min(CHUNK, this.size - offset)));
      const { bytesRead } = await this.handle.read(buffer, 0, buffer.length, offset);
      this.cached = { offset, bytes: buffer.subarray(0, bytesRead) };
    }
    const relative = offset - this.cached.offset;
    return this.cached.bytes.subarray(relative, relative + length);
  }

  async write(offset: number, bytes: Buffer): Promise<void> {
    await this.handle.write(bytes, 0, bytes.length, offset);
    this.cached = { offset: 0, bytes: Buffer.alloc(0) };
  }

  /** Overwrites a range with zeros, so what it held is gone from the stored file, not just unreferenced. */
  async zero(offset: number, length: number): Promise<void> {
    for (let done = 0; done < length; done += CHUNK) {
      await this.write(offset + done, ZEROS.subarray(0, Math.min(CHUNK, length - done)));
    }
  }
}
