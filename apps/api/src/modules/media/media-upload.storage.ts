import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import type { Request } from 'express';
import type { StorageEngine } from 'multer';
import type { MediaLimits } from '@bilikti/contracts';
import { mediaTooLarge, mediaUnsupportedType } from './media.errors';
import { SNIFF_BYTES, sniffMedia } from './media-sniffer';

/** An upload as the storage engine leaves it: in the temp folder, with the digest of its bytes. */
export interface ReceivedUpload extends Express.Multer.File {
  sha256: string;
}

/**
 * A multer storage engine that streams the one uploaded file to a temp file in the storage
 * folder, hashing it on the way, and gives up as soon as the leading bytes are not an accepted
 * type or the bytes pass the limit of the kind they turned out to be, so a mislabelled or
 * oversized file is never written out in full. The media service checks the file again before
 * keeping it; this only saves the disk.
 */
export class MediaUploadStorage implements StorageEngine {
  constructor(
    private readonly tempDir: string,
    private readonly limits: MediaLimits,
  ) {}

  _handleFile(
    _req: Request,
    file: Express.Multer.File,
    callback: (error?: unknown, info?: Partial<ReceivedUpload>) => void,
  ): void {
    this.receive(file.stream).then(
      (info) => callback(null, info),
      (error: unknown) => callback(error),
    );
  }

  _removeFile(_req: Request, file: Express.Multer.File, callback: (error: Error | null) => void): void {
    rm(file.path, { force: true }).then(
      () => callback(null),
      (error: Error) => callback(error),
    );
  }

  private async receive(stream: Readable): Promise<Partial<ReceivedUpload>> {
    await mkdir(this.tempDir, { recursive: true });
    const path = join(this.tempDir, `${randomBytes(16).toString('hex')}.part`);
    const inspector = new UploadInspector(this.limits);
    const writer = createWriteStream(path, { flags: 'wx' });
    try {
      await new Promise<void>((resolve, reject) => {
        const fail = (error: unknown) => {
          stream.unpipe(inspector);
          // Read past the rest of this part without keeping it, so that multer can go on and
          // answer. The part's stream is not destroyed: multer hears about the error from the
          // callback, once the temp file is gone.
          stream.resume();
          inspector.destroy();
          writer.destroy();
          reject(error);
        };
        stream.once('error', fail);
        stream.once('close', () => {
          if (!stream.readableEnded) fail(new Error('The upload was cut off'));
        });
        inspector.once('error', fail);
        writer.once('error', fail);
        writer.once('finish', resolve);
        stream.pipe(inspector).pipe(writer);
      });
    } catch (error) {
      // Once the file is closed (or was never opened) nothing can create it again after this.
      await closed(writer);
      await rm(path, { force: true });
      throw error;
    }
    await closed(writer);
    return {
      destination: this.tempDir,
      filename: basename(path),
      path,
      size: inspector.size,
      sha256: inspector.sha256(),
    };
  }
}

function closed(writer: WriteStream): Promise<void> {
  return new Promise((resolve) => (writer.closed ? resolve() : writer.once('close', () => resolve())));
}

/** Passes the bytes through while counting, hashing and sniffing them. */
class UploadInspector extends Transform {
  size = 0;
  private readonly hash = createHash('sha256');
  private head: Buffer | null = Buffer.alloc(0);
  private limit: number;

  constructor(private readonly limits: MediaLimits) {
    super();
    this.limit = Math.max(limits.image, limits.video, limits.pdf);
  }

  sha256(): string {
    return this.hash.digest('hex');
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    this.hash.update(chunk);
    if (this.head) {
      this.head = Buffer.concat([this.head, chunk.subarray(0, SNIFF_BYTES - this.head.length)]);
      if (this.head.length >= SNIFF_BYTES) {
        const problem = this.sniff();
        if (problem) return callback(problem);
      }
    }
    if (this.size > this.limit) return callback(mediaTooLarge(this.limit));
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    callback(this.head ? this.sniff() : null);
  }

  /** Decides the kind once, from the leading bytes; from then on that kind's limit applies. */
  private sniff(): Error | null {
    const sniffed = sniffMedia(this.head!);
    this.head = null;
    if (!sniffed) return mediaUnsupportedType();
    this.limit = this.limits[sniffed.kind];
    return this.size > this.limit ? mediaTooLarge(this.limit) : null;
  }
}
