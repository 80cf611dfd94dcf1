import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FieldErrorCode, type MediaKind, type MediaLimits, type MediaResponse } from '@bilikti/contracts';
import type { RequestUser } from '../../common/authenticated-request';
import { DomainError } from '../../common/domain-error';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { MediaEntity } from './entities/media.entity';
import { MediaFileCleaner } from './media-file-cleaner';
import { cleanOriginalName } from './media-names';
import { SNIFF_BYTES, type SniffedMedia, sniffMedia } from './media-sniffer';
import { MediaStorage } from './media-storage';
import type { ReceivedUpload } from './media-upload.storage';
import { mediaFileRequired, mediaTooLarge, mediaUnsupportedType } from './media.errors';
import { toMediaResponse } from './media.mapper';
import { MediaRepository, uuidsOnly } from './media.repository';

/** A file the caller may download: where it is and how to label it. */
export interface MediaDownload {
  path: string;
  contentType: string;
  originalName: string;
}

/**
 * Uploaded files: receiving them (kind and type recognised from the bytes, never from the name),
 * serving them to those who may see them, and the calls the courses and providers modules make
 * to check, publish and clean up the files their records point at.
 */
@Injectable()
export class MediaService {
  private readonly logger = new Logger(MediaService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly media: MediaRepository,
    private readonly storage: MediaStorage,
    private readonly cleaner: MediaFileCleaner,
  ) {}

  limits(): MediaLimits {
    return { ...this.config.mediaLimits };
  }

  /**
   * Keeps an uploaded file (stored on disk by multer) as a new media row. `courseId`, when given,
   * must be a course the caller authors (admins: any course), otherwise 404. The file's bytes
   * decide its kind (415 when they are not an accepted type) and the kind's limit applies (413).
   * Whatever happens, the uploaded temp file is gone afterwards.
   */
  async upload(
    caller: RequestUser,
    file: Express.Multer.File | undefined,
    courseId: string | null,
  ): Promise<MediaResponse> {
    if (!file) throw mediaFileRequired();
    if (!file.path) throw new Error('MediaService.upload needs a file that multer stored on disk');
    try {
      if (courseId !== null) await this.assertMayUploadFor(caller, courseId);
      const { sniffed, size } = await this.inspect(file.path);
      const sha256 = (file as Partial<ReceivedUpload>).sha256 ?? (await sha256Of(file.path));
      const storageKey = await this.storage.keep(file.path);
      try {
        const media = await this.media.insert({
          kind: sniffed.kind,
          contentType: sniffed.contentType,
          sizeBytes: size,
          originalName: cleanOriginalName(file.originalname),
          storageKey,
          sha256,
          uploadedBy: caller.id,
          courseId: courseId?.toLowerCase() ?? null,
        });
        return toMediaResponse(media);
      } catch (error) {
        await this.storage.remove([storageKey]);
        throw error;
      }
    } finally {
      await rm(file.path, { force: true });
    }
  }

  toResponse(media: MediaEntity): MediaResponse {
    return toMediaResponse(media);
  }

  /** The rows with these ids; unknown or malformed ids are skipped. */
  findByIds(ids: string[], manager?: EntityManager): Promise<MediaEntity[]> {
    return this.media.findByIds(ids, manager);
  }

  /**
   * Checks that the id exists, is one of `kinds`, and the caller may use it: admin, or uploader,
   * or an author of `courseId` when media.course_id = courseId, or media.published. Otherwise
   * throws DomainError.validation({ [field]: { code: 'invalidValue' } }) — or
   * { code: 'wrongMediaKind' } when it exists and may be used but has the wrong kind.
   */
  async assertUsable(
    caller: RequestUser,
    mediaId: string,
    kinds: readonly MediaKind[],
    courseId: string | null,
    field: string,
    manager?: EntityManager,
  ): Promise<MediaEntity> {
    const media = await this.media.findById(mediaId, manager);
    if (!media || !(await this.mayUse(caller, media, courseId, manager))) {
      throw DomainError.validation({ [field]: { code: FieldErrorCode.InvalidValue } });
    }
    if (!kinds.includes(media.kind)) {
      throw DomainError.validation({ [field]: { code: FieldErrorCode.WrongMediaKind } });
    }
    return media;
  }

  /** Sets published = true on these rows (they are then never deleted). */
  markPublished(ids: string[], manager?: EntityManager): Promise<void> {
    return this.media.markPublished(ids, manager);
  }

  /**
   * Among these ids, deletes rows that are not published and no longer referenced by
   * lessons.media_kk_id/media_ru_id, courses.cover_media_id, course_versions.cover_media_id or
   * providers.logo_media_id. Returns the deleted ids. Their files are removed once the deletion
   * is final: at once without `manager` (or with one outside a transaction), after the COMMIT of
   * `manager`'s transaction otherwise, and not at all if it rolls back.
   */
  async deleteUnused(ids: string[], manager?: EntityManager): Promise<string[]> {
    const deleted = await this.media.deleteUnreferenced(ids, manager);
    await this.cleaner.removeAfterCommit(
      deleted.map((row) => row.storageKey),
      manager,
    );
    return deleted.map((row) => row.id);
  }

  /**
   * The file behind a media row, if the caller may see it (see `MediaRepository.findVisibleTo`);
   * 404 otherwise, and 404 (with a warning) when the row's file is missing from storage.
   */
  async findDownload(caller: RequestUser, id: string): Promise<MediaDownload> {
    const media = await this.media.findVisibleTo(caller, id);
    if (!media) throw DomainError.notFound('Media');
    if (!(await this.storage.exists(media.storageKey))) {
      this.logger.warn({ mediaId: media.id, storageKey: media.storageKey }, 'Media file is missing from storage');
      throw DomainError.notFound('Media');
    }
    return {
      path: this.storage.pathOf(media.storageKey),
      contentType: media.contentType,
      originalName: media.originalName,
    };
  }

  private async assertMayUploadFor(caller: RequestUser, courseId: string): Promise<void> {
    const [id] = uuidsOnly([courseId]);
    const allowed =
      id !== undefined &&
      (caller.roles.includes('admin')
        ? await this.media.courseExists(id)
        : await this.media.isCourseAuthor(caller.id, id));
    if (!allowed) throw DomainError.notFound('Course');
  }

  private async mayUse(
    caller: RequestUser,
    media: MediaEntity,
    courseId: string | null,
    manager?: EntityManager,
  ): Promise<boolean> {
    if (caller.roles.includes('admin') || media.uploadedBy === caller.id || media.published) return true;
    if (courseId === null || media.courseId !== courseId.toLowerCase()) return false;
    return this.media.isCourseAuthor(caller.id, media.courseId, manager);
  }

  /** Recognises the file from its leading bytes and checks its size against that kind's limit. */
  private async inspect(path: string): Promise<{ sniffed: SniffedMedia; size: number }> {
    const handle = await open(path, 'r');
    try {
      const size = (await handle.stat()).size;
      const head = Buffer.alloc(Math.min(SNIFF_BYTES, size));
      await handle.read(head, 0, head.length, 0);
      const sniffed = sniffMedia(head);
      if (!sniffed) throw mediaUnsupportedType();
      const limit = this.config.mediaLimits[sniffed.kind];
      if (size > limit) throw mediaTooLarge(limit);
      return { sniffed, size };
    } finally {
      await handle.close();
    }
  }
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
