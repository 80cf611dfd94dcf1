import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Response } from 'superagent';
import { CourseAuthorEntity } from '../../src/modules/courses/entities/course-author.entity';
import { CourseModuleEntity } from '../../src/modules/courses/entities/course-module.entity';
import { CourseEntity } from '../../src/modules/courses/entities/course.entity';
import { LessonEntity } from '../../src/modules/courses/entities/lesson.entity';
import { ProviderEntity } from '../../src/modules/providers/entities/provider.entity';
import type { TestApp } from '../support/test-app';

const be32 = (n: number) => Buffer.from([(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);

/** Small but well-formed files of every accepted type. */
export const SAMPLES = {
  /** A 1×1 transparent PNG. */
  png: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
  jpeg: Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    Buffer.from('JFIF\0', 'latin1'),
    Buffer.from([0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9]),
  ]),
  webp: Buffer.concat([
    Buffer.from('RIFF', 'latin1'),
    be32(0x1a000000),
    Buffer.from('WEBPVP8L', 'latin1'),
    Buffer.from([0x0d, 0, 0, 0, 0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07, 0x00]),
  ]),
  /** An `ftyp` box (isom, compatible with isom and mp41), then an empty `mdat`. */
  mp4: Buffer.concat([
    be32(24),
    Buffer.from('ftypisom', 'latin1'),
    be32(0x200),
    Buffer.from('isommp41', 'latin1'),
    be32(8),
    Buffer.from('mdat', 'latin1'),
  ]),
  /** An EBML header with DocType `webm`, then the start of a Segment. */
  webm: Buffer.from([
    0x1a, 0x45, 0xdf, 0xa3, 0x93, 0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01, 0x42, 0x82, 0x84, 0x77, 0x65, 0x62,
    0x6d, 0x42, 0x87, 0x81, 0x04, 0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
  ]),
  pdf: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'),
  html: Buffer.from('<!DOCTYPE html><html><body><script>fetch("/api/me")</script></body></html>', 'utf8'),
  exe: Buffer.concat([
    Buffer.from('MZ', 'latin1'),
    Buffer.alloc(58),
    Buffer.from('This program cannot be run in DOS mode'),
  ]),
};

/** A PDF of `bytes` bytes (valid header, padding after it). */
export function pdfOfSize(bytes: number): Buffer {
  const pdf = Buffer.alloc(bytes, 0x20);
  SAMPLES.pdf.copy(pdf);
  return pdf;
}

/** A storage folder of the test file's own, inside a dot-folder like the default `.data/storage`. */
export function createStorageDir(): { storageDir: string; cleanUp(): void } {
  const parent = mkdtempSync(join(tmpdir(), 'bilikti-media-'));
  return { storageDir: join(parent, '.storage'), cleanUp: () => rmSync(parent, { recursive: true, force: true }) };
}

/** Every file under the folder, as paths relative to it. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => relative(dir, path))
    .sort();
}

/** Reads a supertest body as raw bytes, whatever its content type. */
export function binary(res: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

export async function createProvider(t: TestApp, logoMediaId: string | null = null): Promise<ProviderEntity> {
  const suffix = randomBytes(4).toString('hex');
  const repository = t.dataSource.getRepository(ProviderEntity);
  return repository.save(
    repository.create({ nameKk: `Академия ${suffix}`, nameRu: `Академия ${suffix} (ru)`, logoMediaId }),
  );
}

/** A draft course with its creator as owner and the others as co-authors. */
export async function createCourse(
  t: TestApp,
  owner: { id: string },
  coauthors: { id: string }[] = [],
): Promise<CourseEntity> {
  const provider = await createProvider(t);
  const courses = t.dataSource.getRepository(CourseEntity);
  const course = await courses.save(
    courses.create({
      code: `MEDIA-${randomBytes(3).toString('hex').toUpperCase()}`,
      titleKk: 'Жергілікті бюджет',
      titleRu: 'Местный бюджет',
      audience: 'both',
      academicHours: 12,
      providerId: provider.id,
      createdBy: owner.id,
    }),
  );
  const authors = t.dataSource.getRepository(CourseAuthorEntity);
  await authors.save([
    authors.create({ courseId: course.id, userId: owner.id, role: 'owner' }),
    ...coauthors.map((user) => authors.create({ courseId: course.id, userId: user.id, role: 'coauthor' })),
  ]);
  return course;
}

/** A video lesson in a new module of the course, showing these files. */
export async function createLesson(
  t: TestApp,
  course: CourseEntity,
  media: { kk?: string | null; ru?: string | null },
): Promise<LessonEntity> {
  const modules = t.dataSource.getRepository(CourseModuleEntity);
  const module = await modules.save(
    modules.create({ courseId: course.id, position: 0, titleKk: 'Модуль', titleRu: 'Модуль' }),
  );
  const lessons = t.dataSource.getRepository(LessonEntity);
  return lessons.save(
    lessons.create({
      moduleId: module.id,
      courseId: course.id,
      position: 0,
      type: 'video',
      mediaKkId: media.kk ?? null,
      mediaRuId: media.ru ?? null,
    }),
  );
}
