import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorCode, FieldErrorCode } from '@bilikti/contracts';
import type { RequestUser } from '../../src/common/authenticated-request';
import { DomainError } from '../../src/common/domain-error';
import { CourseEntity } from '../../src/modules/courses/entities/course.entity';
import { MediaEntity } from '../../src/modules/media/entities/media.entity';
import { MediaService } from '../../src/modules/media/media.service';
import { createUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { createCourse, createLesson, createProvider, createStorageDir, pdfOfSize, SAMPLES } from './media-fixtures';

const MB = 1024 * 1024;

describe('MediaService (what the courses and providers modules call)', () => {
  const storage = createStorageDir();
  const uploads = mkdtempSync(join(tmpdir(), 'bilikti-uploads-'));
  let t: TestApp;
  let media: MediaService;
  let instructor: RequestUser;
  let coauthor: RequestUser;
  let outsider: RequestUser;
  let admin: RequestUser;
  let course: CourseEntity;

  beforeAll(async () => {
    t = await createTestApp({ STORAGE_DIR: storage.storageDir, MEDIA_MAX_PDF_MB: '1' });
    media = t.app.get(MediaService);
    const asCaller = (user: { id: string; roles: RequestUser['roles'] }): RequestUser => ({
      id: user.id,
      roles: user.roles,
    });
    instructor = asCaller(await createUser(t, { roles: ['instructor'] }));
    coauthor = asCaller(await createUser(t, { roles: ['instructor'] }));
    outsider = asCaller(await createUser(t, { roles: ['instructor'] }));
    admin = asCaller(await createUser(t, { roles: ['admin'] }));
    course = await createCourse(t, instructor, [coauthor]);
  });
  afterAll(async () => {
    await t.close();
    storage.cleanUp();
    rmSync(uploads, { recursive: true, force: true });
  });

  /** A file as multer leaves it on disk (without the digest the upload route's engine adds). */
  function received(bytes: Buffer, originalname = 'file.bin'): Express.Multer.File {
    const path = join(uploads, randomBytes(8).toString('hex'));
    writeFileSync(path, bytes);
    return {
      fieldname: 'file',
      originalname,
      path,
      size: bytes.length,
      mimetype: 'application/pdf',
    } as Express.Multer.File;
  }

  const store = async (caller: RequestUser, bytes: Buffer, courseId: string | null = null) => {
    const response = await media.upload(caller, received(bytes), courseId);
    return t.dataSource.getRepository(MediaEntity).findOneByOrFail({ id: response.id });
  };
  const fileOf = (row: MediaEntity) => join(storage.storageDir, row.storageKey);

  async function refusal(promise: Promise<unknown>): Promise<DomainError> {
    const error: unknown = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }

  describe('upload', () => {
    it('checks the bytes itself: an HTML page is refused (415) and its temp file removed', async () => {
      const file = received(SAMPLES.html, 'page.pdf');
      const error = await refusal(media.upload(instructor, file, null));
      expect(error.code).toBe(ErrorCode.MediaUnsupportedType);
      expect(existsSync(file.path)).toBe(false);
    });

    it("checks the kind's limit itself: a PDF over it is refused (413) and its temp file removed", async () => {
      const file = received(pdfOfSize(MB + 1), 'big.pdf');
      const error = await refusal(media.upload(instructor, file, null));
      expect(error).toMatchObject({ code: ErrorCode.MediaTooLarge, params: { maxBytes: MB, maxMegabytes: 1 } });
      expect(existsSync(file.path)).toBe(false);
    });

    it('computes the digest when multer did not, and moves the file into storage', async () => {
      const file = received(SAMPLES.pdf, 'doc.pdf');
      const response = await media.upload(instructor, file, null);
      const row = await t.dataSource.getRepository(MediaEntity).findOneByOrFail({ id: response.id });
      expect(row.sha256).toBe(createHash('sha256').update(SAMPLES.pdf).digest('hex'));
      expect(existsSync(fileOf(row))).toBe(true);
      expect(existsSync(file.path)).toBe(false);
    });

    it('without a file, answers "file required"', async () => {
      const error = await refusal(media.upload(instructor, undefined, null));
      expect(error.fields).toEqual({ file: { code: FieldErrorCode.Required } });
    });
  });

  describe('findByIds', () => {
    it('finds the known ids and skips unknown and malformed ones', async () => {
      const a = await store(instructor, SAMPLES.png);
      const b = await store(instructor, SAMPLES.pdf);
      const found = await media.findByIds([a.id, 'nope', '0b7f3a52-2c1e-4f3e-9a6b-5d4c3b2a1f0e', b.id, a.id]);
      expect(found.map((m) => m.id).sort()).toEqual([a.id, b.id].sort());
      expect(await media.findByIds([])).toEqual([]);
    });
  });

  describe('assertUsable', () => {
    it('lets the uploader, an admin, and the authors of the course it was uploaded for use a file', async () => {
      const video = await store(instructor, SAMPLES.mp4, course.id);
      await expect(media.assertUsable(instructor, video.id, ['video'], null, 'mediaId')).resolves.toMatchObject({
        id: video.id,
      });
      await expect(media.assertUsable(admin, video.id, ['video'], null, 'mediaId')).resolves.toBeDefined();
      await expect(media.assertUsable(coauthor, video.id, ['video'], course.id, 'mediaId')).resolves.toBeDefined();
    });

    it('refuses everyone else with invalidValue on the field, as for an id that does not exist', async () => {
      const video = await store(instructor, SAMPLES.mp4, course.id);
      const otherCourse = await createCourse(t, outsider);
      for (const [caller, courseId] of [
        [outsider, null],
        [outsider, otherCourse.id],
        [outsider, course.id], // not an author of it
        [coauthor, null], // an author, but the file is checked against no course
      ] as const) {
        const error = await refusal(media.assertUsable(caller, video.id, ['video'], courseId, 'content.kk.mediaId'));
        expect(error.fields).toEqual({ 'content.kk.mediaId': { code: FieldErrorCode.InvalidValue } });
      }
      for (const id of ['0b7f3a52-2c1e-4f3e-9a6b-5d4c3b2a1f0e', 'not-a-uuid']) {
        const error = await refusal(media.assertUsable(admin, id, ['video'], null, 'coverMediaId'));
        expect(error.fields).toEqual({ coverMediaId: { code: FieldErrorCode.InvalidValue } });
      }
    });

    it('lets anyone use a published file', async () => {
      const logo = await store(instructor, SAMPLES.png);
      await media.markPublished([logo.id]);
      await expect(media.assertUsable(outsider, logo.id, ['image'], null, 'logoMediaId')).resolves.toBeDefined();
    });

    it('answers wrongMediaKind for a usable file of another kind', async () => {
      const pdf = await store(instructor, SAMPLES.pdf);
      const error = await refusal(media.assertUsable(instructor, pdf.id, ['image'], null, 'coverMediaId'));
      expect(error.fields).toEqual({ coverMediaId: { code: FieldErrorCode.WrongMediaKind } });
    });

    it('reads through the given manager, so it sees rows of the caller’s transaction', async () => {
      const pdf = await store(instructor, SAMPLES.pdf);
      await t.dataSource.transaction(async (manager) => {
        await manager.update(MediaEntity, { id: pdf.id }, { published: true });
        await expect(media.assertUsable(outsider, pdf.id, ['pdf'], null, 'mediaId', manager)).resolves.toBeDefined();
        await expect(media.assertUsable(outsider, pdf.id, ['pdf'], null, 'mediaId')).rejects.toBeInstanceOf(
          DomainError,
        );
      });
    });
  });

  describe('deleteUnused', () => {
    it('keeps published and referenced files, and deletes the rest with their files', async () => {
      const published = await store(instructor, SAMPLES.pdf, course.id);
      await media.markPublished([published.id]);
      const inLessonKk = await store(instructor, SAMPLES.mp4, course.id);
      const inLessonRu = await store(instructor, SAMPLES.webm, course.id);
      await createLesson(t, course, { kk: inLessonKk.id, ru: inLessonRu.id });
      const cover = await store(instructor, SAMPLES.png, course.id);
      await t.dataSource.getRepository(CourseEntity).update({ id: course.id }, { coverMediaId: cover.id });
      const logo = await store(admin, SAMPLES.webp);
      await createProvider(t, logo.id);
      const unused = [await store(instructor, SAMPLES.jpeg, course.id), await store(instructor, SAMPLES.pdf)];

      const kept = [published, inLessonKk, inLessonRu, cover, logo];
      const deleted = await media.deleteUnused([...kept, ...unused].map((m) => m.id).concat('not-a-uuid'));

      expect(deleted.sort()).toEqual(unused.map((m) => m.id).sort());
      expect(await media.findByIds(kept.map((m) => m.id))).toHaveLength(kept.length);
      expect(await media.findByIds(unused.map((m) => m.id))).toEqual([]);
      for (const row of kept) expect(existsSync(fileOf(row))).toBe(true);
      for (const row of unused) expect(existsSync(fileOf(row))).toBe(false);
      expect(await media.deleteUnused([])).toEqual([]);
    });

    it('inside a transaction, removes the files only once it commits', async () => {
      const row = await store(instructor, SAMPLES.pdf);
      await t.dataSource.transaction(async (manager) => {
        expect(await media.deleteUnused([row.id], manager)).toEqual([row.id]);
        expect(existsSync(fileOf(row))).toBe(true);
      });
      expect(existsSync(fileOf(row))).toBe(false);
    });

    it('keeps the row and its file when the transaction rolls back', async () => {
      const row = await store(instructor, SAMPLES.pdf);
      const failure = new Error('the course save failed');
      await expect(
        t.dataSource.transaction(async (manager) => {
          await media.deleteUnused([row.id], manager);
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect(await media.findByIds([row.id])).toHaveLength(1);
      expect(existsSync(fileOf(row))).toBe(true);
      // A later committed transaction does not remove what the rolled-back one queued.
      await t.dataSource.transaction(async (manager) => {
        await manager.query('SELECT 1');
      });
      expect(existsSync(fileOf(row))).toBe(true);
    });
  });
});
