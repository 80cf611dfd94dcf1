import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApiPath, ErrorCode, type MediaResponse } from '@bilikti/contracts';
import { MediaEntity } from '../../src/modules/media/entities/media.entity';
import { MediaService } from '../../src/modules/media/media.service';
import { createUser, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import {
  binary,
  createCourse,
  createProvider,
  createStorageDir,
  listFiles,
  pdfOfSize,
  SAMPLES,
} from './media-fixtures';

const MB = 1024 * 1024;

/** Waits (up to 5 s) for something that happens on the server after the client has moved on. */
async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 5000) throw new Error('Timed out waiting for the condition');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('media (upload and download)', () => {
  const storage = createStorageDir();
  let t: TestApp;
  let instructorUser: Awaited<ReturnType<typeof createUser>>;
  let instructor: Awaited<ReturnType<typeof signIn>>;
  let adminUser: Awaited<ReturnType<typeof createUser>>;
  let admin: Awaited<ReturnType<typeof signIn>>;
  let learner: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    t = await createTestApp({
      STORAGE_DIR: storage.storageDir,
      MEDIA_MAX_IMAGE_MB: '1',
      MEDIA_MAX_VIDEO_MB: '2',
      MEDIA_MAX_PDF_MB: '1',
    });
    instructorUser = await createUser(t, { roles: ['instructor'] });
    instructor = await signIn(t, instructorUser);
    adminUser = await createUser(t, { roles: ['admin'] });
    admin = await signIn(t, adminUser);
    learner = await signIn(t, await createUser(t));
  });
  afterAll(async () => {
    await t.close();
    storage.cleanUp();
  });

  const mediaCount = () => t.dataSource.getRepository(MediaEntity).count();
  const storedFiles = () => listFiles(storage.storageDir);
  const tempFiles = () => listFiles(join(storage.storageDir, 'tmp'));

  async function upload(
    agent: typeof instructor,
    bytes: Buffer,
    filename: string,
    contentType = 'application/octet-stream',
    courseId?: string,
  ): Promise<MediaResponse> {
    const request = agent.post(ApiPath.media).attach('file', bytes, { filename, contentType });
    if (courseId) void request.field('courseId', courseId);
    return (await request.expect(201)).body as MediaResponse;
  }

  describe('POST /api/media', () => {
    it('stores a PNG recognised from its bytes under a random name, and answers where to fetch it', async () => {
      const body = await upload(instructor, SAMPLES.png, 'Мұқаба.png', 'application/octet-stream');

      expect(body).toEqual({
        id: expect.any(String),
        kind: 'image',
        contentType: 'image/png',
        sizeBytes: SAMPLES.png.length,
        originalName: 'Мұқаба.png',
        url: ApiPath.mediaFile(body.id),
        createdAt: expect.any(String),
      });
      const row = await t.dataSource.getRepository(MediaEntity).findOneByOrFail({ id: body.id });
      expect(row).toMatchObject({ uploadedBy: instructorUser.id, courseId: null, published: false });
      expect(row.sha256).toBe(createHash('sha256').update(SAMPLES.png).digest('hex'));
      expect(row.storageKey).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{32}$/);
      expect(readFileSync(join(storage.storageDir, row.storageKey))).toEqual(SAMPLES.png);
      expect(tempFiles()).toEqual([]);
    });

    it.each([
      ['a JPEG', SAMPLES.jpeg, 'photo.jpg', 'image', 'image/jpeg'],
      ['a WebP', SAMPLES.webp, 'logo.webp', 'image', 'image/webp'],
      ['an MP4', SAMPLES.mp4, 'Сабақ 1.mp4', 'video', 'video/mp4'],
      ['a WebM', SAMPLES.webm, 'lecture.webm', 'video', 'video/webm'],
      ['a PDF', SAMPLES.pdf, 'Заң.pdf', 'pdf', 'application/pdf'],
    ])('recognises %s, whatever content type the browser claims', async (_name, bytes, filename, kind, contentType) => {
      const body = await upload(instructor, bytes, filename, 'text/plain');
      expect(body).toMatchObject({ kind, contentType, sizeBytes: bytes.length, originalName: filename });
    });

    it('keeps only the last part of a file name that carries a path', async () => {
      const body = await upload(instructor, SAMPLES.pdf, 'C:\\Users\\akim\\Есеп.pdf');
      expect(body.originalName).toBe('Есеп.pdf');
    });

    it.each([
      ['an HTML page named .pdf', SAMPLES.html, 'report.pdf', 'application/pdf'],
      ['a Windows program named .mp4', SAMPLES.exe, 'lecture.mp4', 'video/mp4'],
    ])('refuses %s with 415 and keeps nothing', async (_name, bytes, filename, contentType) => {
      const [rowsBefore, filesBefore] = [await mediaCount(), storedFiles()];
      const response = await instructor
        .post(ApiPath.media)
        .attach('file', bytes, { filename, contentType })
        .expect(415);
      expect(response.body.code).toBe(ErrorCode.MediaUnsupportedType);
      expect(await mediaCount()).toBe(rowsBefore);
      expect(storedFiles()).toEqual(filesBefore);
    });

    it('refuses a PDF over the PDF limit with 413 and the limit, and keeps nothing', async () => {
      const [rowsBefore, filesBefore] = [await mediaCount(), storedFiles()];
      const response = await instructor
        .post(ApiPath.media)
        .attach('file', pdfOfSize(1.2 * MB), { filename: 'big.pdf', contentType: 'application/pdf' })
        .expect(413);
      expect(response.body).toMatchObject({
        code: ErrorCode.MediaTooLarge,
        params: { maxBytes: MB, maxMegabytes: 1 },
      });
      expect(await mediaCount()).toBe(rowsBefore);
      expect(storedFiles()).toEqual(filesBefore);
      expect(tempFiles()).toEqual([]);
    });

    it('accepts a PDF of exactly the limit', async () => {
      const body = await upload(instructor, pdfOfSize(MB), 'exact.pdf');
      expect(body.sizeBytes).toBe(MB);
    });

    it('refuses a video over the largest limit with 413 (the limit multer enforces too)', async () => {
      const video = Buffer.alloc(2 * MB + 10);
      SAMPLES.mp4.copy(video);
      const response = await instructor
        .post(ApiPath.media)
        .attach('file', video, { filename: 'long.mp4', contentType: 'video/mp4' })
        .expect(413);
      expect(response.body).toMatchObject({
        code: ErrorCode.MediaTooLarge,
        params: { maxBytes: 2 * MB, maxMegabytes: 2 },
      });
      expect(tempFiles()).toEqual([]);
    });

    it('refuses, without reading it, a body that declares itself larger than any file may be', async () => {
      const response = await instructor
        .post(ApiPath.media)
        .set('Content-Type', 'multipart/form-data; boundary=xyz')
        .set('Content-Length', String(3 * MB))
        .send('--xyz\r\n')
        .expect(413);
      expect(response.body).toMatchObject({ code: ErrorCode.MediaTooLarge, params: { maxBytes: 2 * MB } });
      expect(response.headers.connection).toBe('close');
    });

    it('removes the partial file when the client goes away mid-upload', async () => {
      const server = t.app.getHttpServer() as Server;
      if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      const login = await t
        .http()
        .post('/api/auth/login')
        .send({ email: instructorUser.email, password: instructorUser.password })
        .expect(200);
      const cookie = (login.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
      const rowsBefore = await mediaCount();

      const request = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: ApiPath.media,
        headers: { cookie, 'content-type': 'multipart/form-data; boundary=b', 'content-length': String(MB) },
      });
      request.on('error', () => undefined);
      request.write('--b\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n');
      request.write('Content-Type: application/pdf\r\n\r\n');
      request.write(pdfOfSize(200 * 1024));
      await until(() => tempFiles().length === 1);
      request.destroy();

      await until(() => tempFiles().length === 0);
      expect(await mediaCount()).toBe(rowsBefore);
    });

    it('answers 422 "file required" when the form has no file', async () => {
      const response = await instructor.post(ApiPath.media).field('courseId', '').expect(422);
      expect(response.body).toMatchObject({ code: ErrorCode.ValidationFailed, fields: { file: { code: 'required' } } });
    });

    it('answers 422 "file required" to a body that is not a multipart form', async () => {
      const json = await instructor.post(ApiPath.media).send({ file: 'x' }).expect(422);
      expect(json.body.fields).toEqual({ file: { code: 'required' } });
      const empty = await instructor.post(ApiPath.media).expect(422);
      expect(empty.body.fields).toEqual({ file: { code: 'required' } });
    });

    it('refuses a file sent in another field, and a second file, keeping nothing', async () => {
      const rowsBefore = await mediaCount();
      const other = await instructor
        .post(ApiPath.media)
        .attach('document', SAMPLES.pdf, { filename: 'a.pdf', contentType: 'application/pdf' })
        .expect(422);
      expect(other.body.fields).toEqual({ document: { code: 'unknownField' } });
      const two = await instructor
        .post(ApiPath.media)
        .attach('file', SAMPLES.pdf, { filename: 'a.pdf', contentType: 'application/pdf' })
        .attach('file', SAMPLES.pdf, { filename: 'b.pdf', contentType: 'application/pdf' })
        .expect(422);
      expect(two.body.fields).toEqual({ file: { code: 'invalidValue' } });
      expect(await mediaCount()).toBe(rowsBefore);
      expect(tempFiles()).toEqual([]);
    });

    it('links the file to a course the uploader authors', async () => {
      const course = await createCourse(t, instructorUser);
      const body = await upload(instructor, SAMPLES.mp4, 'intro.mp4', 'video/mp4', course.id);
      const row = await t.dataSource.getRepository(MediaEntity).findOneByOrFail({ id: body.id });
      expect(row.courseId).toBe(course.id);
    });

    it('answers 404 for a course the instructor does not author, and keeps nothing', async () => {
      const someoneElse = await createUser(t, { roles: ['instructor'] });
      const course = await createCourse(t, someoneElse);
      const [rowsBefore, filesBefore] = [await mediaCount(), storedFiles()];
      const response = await instructor
        .post(ApiPath.media)
        .attach('file', SAMPLES.pdf, { filename: 'a.pdf', contentType: 'application/pdf' })
        .field('courseId', course.id)
        .expect(404);
      expect(response.body.code).toBe(ErrorCode.NotFound);
      expect(await mediaCount()).toBe(rowsBefore);
      expect(storedFiles()).toEqual(filesBefore);
    });

    it('lets an admin upload for any course, but not for one that does not exist', async () => {
      const course = await createCourse(t, instructorUser);
      await upload(admin, SAMPLES.png, 'cover.png', 'image/png', course.id);
      await admin
        .post(ApiPath.media)
        .attach('file', SAMPLES.png, { filename: 'cover.png', contentType: 'image/png' })
        .field('courseId', '0b7f3a52-2c1e-4f3e-9a6b-5d4c3b2a1f0e')
        .expect(404);
    });

    it('refuses a courseId that is not a uuid with 422, keeping nothing', async () => {
      const response = await instructor
        .post(ApiPath.media)
        .field('courseId', 'course-1')
        .attach('file', SAMPLES.pdf, { filename: 'a.pdf', contentType: 'application/pdf' })
        .expect(422);
      expect(response.body.fields).toEqual({ courseId: { code: 'invalidValue' } });
      // multer's clean-up after a pipe refusal runs once the response is sent.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(tempFiles()).toEqual([]);
    });

    it('refuses learners (403) and signed-out callers (401)', async () => {
      const asLearner = await learner
        .post(ApiPath.media)
        .attach('file', SAMPLES.png, { filename: 'a.png', contentType: 'image/png' })
        .expect(403);
      expect(asLearner.body.code).toBe(ErrorCode.Forbidden);
      const signedOut = await t
        .http()
        .post(ApiPath.media)
        .attach('file', SAMPLES.png, { filename: 'a.png', contentType: 'image/png' })
        .expect(401);
      expect(signedOut.body.code).toBe(ErrorCode.AuthRequired);
    });
  });

  describe('GET /api/media/limits', () => {
    it('answers the configured limits in bytes to anyone signed in', async () => {
      const response = await learner.get(ApiPath.mediaLimits).expect(200);
      expect(response.body).toEqual({ image: MB, video: 2 * MB, pdf: MB });
      await t.http().get(ApiPath.mediaLimits).expect(401);
    });
  });

  describe('GET /api/media/:id', () => {
    let pdf: MediaResponse;

    beforeAll(async () => {
      pdf = await upload(instructor, SAMPLES.pdf, 'Бюджет "2026".pdf', 'application/pdf');
    });

    it('serves the uploader the bytes with their type, no sniffing, ranges and a private cache', async () => {
      const response = await instructor.get(pdf.url).buffer(true).parse(binary).expect(200);
      expect(response.body).toEqual(SAMPLES.pdf);
      expect(response.headers).toMatchObject({
        'content-type': 'application/pdf',
        'x-content-type-options': 'nosniff',
        'accept-ranges': 'bytes',
        'cache-control': 'private, max-age=3600',
      });
      expect(response.headers['content-disposition']).toBe(
        `inline; filename="______ _2026_.pdf"; filename*=UTF-8''${encodeURIComponent('Бюджет "2026".pdf')}`,
      );
      expect(response.headers.etag).toBeTruthy();
      expect(response.headers['last-modified']).toBeTruthy();
    });

    it('answers a range request with 206 and just those bytes', async () => {
      const response = await instructor.get(pdf.url).set('Range', 'bytes=0-9').buffer(true).parse(binary).expect(206);
      expect(response.body).toEqual(SAMPLES.pdf.subarray(0, 10));
      expect(response.headers['content-range']).toBe(`bytes 0-9/${SAMPLES.pdf.length}`);
      expect(response.headers['content-type']).toBe('application/pdf');
    });

    it('answers a range past the end with 416 in JSON', async () => {
      const response = await instructor.get(pdf.url).set('Range', 'bytes=100000-').expect(416);
      expect(response.headers['content-range']).toBe(`bytes */${SAMPLES.pdf.length}`);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.headers['content-disposition']).toBeUndefined();
      expect(response.body.code).toBe(ErrorCode.BadRequest);
    });

    it('answers 304 when the browser already has this version', async () => {
      const first = await instructor.get(pdf.url).buffer(true).parse(binary).expect(200);
      await instructor
        .get(pdf.url)
        .set('If-None-Match', first.headers.etag as string)
        .expect(304);
    });

    it('hides an unpublished file from another learner (404) until it is published', async () => {
      const hidden = await learner.get(pdf.url).expect(404);
      expect(hidden.body.code).toBe(ErrorCode.NotFound);
      await t.app.get(MediaService).markPublished([pdf.id]);
      const shown = await learner.get(pdf.url).buffer(true).parse(binary).expect(200);
      expect(shown.body).toEqual(SAMPLES.pdf);
    });

    it("shows a course's files to its co-authors, not to other instructors", async () => {
      const coauthorUser = await createUser(t, { roles: ['instructor'] });
      const course = await createCourse(t, instructorUser, [coauthorUser]);
      const video = await upload(instructor, SAMPLES.webm, 'a.webm', 'video/webm', course.id);
      const coauthor = await signIn(t, coauthorUser);
      await coauthor.get(video.url).expect(200).expect('Content-Type', 'video/webm');
      const outsider = await signIn(t, await createUser(t, { roles: ['instructor'] }));
      await outsider.get(video.url).expect(404);
    });

    it("shows a provider's logo to everyone signed in, and anything to admins", async () => {
      const logo = await upload(admin, SAMPLES.png, 'logo.png', 'image/png');
      await learner.get(logo.url).expect(404);
      await createProvider(t, logo.id);
      await learner.get(logo.url).expect(200).expect('Content-Type', 'image/png');

      const draft = await upload(instructor, SAMPLES.jpeg, 'draft.jpg', 'image/jpeg');
      await admin.get(draft.url).expect(200).expect('Content-Type', 'image/jpeg');
    });

    it('answers 404 for an unknown id, an id that is not a uuid, and a row whose file is gone', async () => {
      await instructor.get(ApiPath.mediaFile('0b7f3a52-2c1e-4f3e-9a6b-5d4c3b2a1f0e')).expect(404);
      await instructor.get(ApiPath.mediaFile('not-a-uuid')).expect(404);

      const lost = await upload(instructor, SAMPLES.png, 'lost.png', 'image/png');
      const row = await t.dataSource.getRepository(MediaEntity).findOneByOrFail({ id: lost.id });
      rmSync(join(storage.storageDir, row.storageKey));
      const response = await instructor.get(lost.url).expect(404);
      expect(response.body.code).toBe(ErrorCode.NotFound);
    });

    it('answers 401 to a signed-out caller', async () => {
      await t.http().get(pdf.url).expect(401);
    });
  });
});
