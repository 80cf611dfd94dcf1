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
import { SAMPLES } from '../support/sample-files';
import type { TestApp } from '../support/test-app';

export { SAMPLES };

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
