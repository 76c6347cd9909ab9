// Atomic file output: write to a temp file beside the target, fsync, then rename over it.
import { promises as fs, createWriteStream } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { OutputError } from '../errors.js';

function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes `data` to `target` atomically: readers see the old complete file or the new complete file, never a part.
 * @param target - the file to write
 * @param data - its whole content
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await writeStreamAtomic(target, Readable.from([typeof data === 'string' ? Buffer.from(data, 'utf8') : data]));
}

/**
 * Streams `source` into `target` atomically (temp file, fsync, rename). Constant memory in the output's size.
 * @param target - the file to write
 * @param source - chunks of text or bytes
 */
export async function writeStreamAtomic(target: string, source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>): Promise<void> {
  const dir = path.dirname(target);
  await fs.mkdir(dir, { recursive: true });
  const temp = tempPathFor(target);
  try {
    const readable = Readable.from(source as AsyncIterable<string | Uint8Array>, { objectMode: false });
    await pipeline(readable, createWriteStream(temp));
    const handle = await fs.open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (cause) {
    await fs.rm(temp, { force: true });
    throw new OutputError('output/write-failed', `could not write ${target}: ${(cause as Error).message}`, {
      hint: 'check that the output folder is writable and the disk is not full',
      cause,
    });
  }
}
