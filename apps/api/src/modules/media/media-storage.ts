import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

/** `ab/ab12…`: a fan-out folder (the key's first two hex digits), then the 32-hex-digit key. */
const STORAGE_KEY = /^([0-9a-f]{2})\/\1[0-9a-f]{30}$/;

/** Uploads in progress older than this were left by a crash and are swept at start-up. */
const STALE_TEMP_MS = 24 * 60 * 60 * 1000;

/** Where uploads are written while they arrive: inside the storage folder, so keeping one is a rename. */
export function mediaTempDir(storageDir: string): string {
  return join(resolve(storageDir), 'tmp');
}

/**
 * The files behind media rows, on the local disk under `config.storageDir` (outside the web
 * root). A file is named by a random storage key, never by anything the uploader chose.
 * Folders are created on demand.
 */
@Injectable()
export class MediaStorage implements OnModuleInit {
  private readonly logger = new Logger(MediaStorage.name);
  private readonly root: string;
  readonly tempDir: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.root = resolve(config.storageDir);
    this.tempDir = mediaTempDir(config.storageDir);
  }

  async onModuleInit(): Promise<void> {
    await this.sweepTemp(STALE_TEMP_MS);
  }

  /** The absolute path of a stored file. Refuses a key that is not one this class made. */
  pathOf(storageKey: string): string {
    if (!STORAGE_KEY.test(storageKey)) throw new Error(`Not a storage key: ${JSON.stringify(storageKey)}`);
    return join(this.root, storageKey);
  }

  /** Moves a finished upload into storage under a new random key, and returns the key. */
  async keep(tempPath: string): Promise<string> {
    const key = randomBytes(16).toString('hex');
    const storageKey = `${key.slice(0, 2)}/${key}`;
    const target = this.pathOf(storageKey);
    await mkdir(join(this.root, key.slice(0, 2)), { recursive: true });
    try {
      await rename(tempPath, target);
    } catch (error) {
      // Another file system (a caller's own temp file): copy, then remove the original.
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      await copyFile(tempPath, target);
      await rm(tempPath, { force: true });
    }
    return storageKey;
  }

  /** Whether the stored file is there (a row can outlive its file after a failed clean-up). */
  async exists(storageKey: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(storageKey))).isFile();
    } catch {
      return false;
    }
  }

  /** Best effort: a file that cannot be removed is logged and left behind, never an error. */
  async remove(storageKeys: readonly string[]): Promise<void> {
    for (const storageKey of storageKeys) {
      try {
        await rm(this.pathOf(storageKey), { force: true });
      } catch (error) {
        this.logger.warn({ err: error, storageKey }, 'Could not remove a media file');
      }
    }
  }

  /** Removes uploads in progress older than `maxAgeMs` (left behind when the process stopped mid-upload). */
  async sweepTemp(maxAgeMs: number): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.tempDir);
    } catch {
      return;
    }
    const cutoff = Date.now() - maxAgeMs;
    for (const name of names) {
      const path = join(this.tempDir, name);
      try {
        if ((await stat(path)).mtimeMs < cutoff) await rm(path, { force: true });
      } catch {
        // Another instance removed it first, or it is not ours to remove.
      }
    }
  }
}
