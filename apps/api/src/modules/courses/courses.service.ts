import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { poolOf } from '../../database/pool';
import {
  COURSE_LIMITS,
  coursePercent,
  type CourseAuthorResponse,
  type CourseDraftResponse,
  type CourseResponse,
  type CourseVersionResponse,
  ErrorCode,
  FieldErrorCode,
  hasRole,
  LOCALES,
  type LessonViewResponse,
  normaliseCourseCode,
} from '@bilikti/contracts';
import type { RequestUser } from '../../common/authenticated-request';
import { isUniqueViolation } from '../../common/database-errors';
import { DomainError } from '../../common/domain-error';
import { MediaService } from '../media/media.service';
import { ProvidersService } from '../providers/providers.service';
import { UserEntity } from '../users/entities/user.entity';
import { CourseDrafts, searchText } from './course-drafts';
import {
  snapshotMediaIds,
  toCourseResponse,
  toDraftResponse,
  toLessonView,
  toSnapshot,
  toVersionResponse,
  versionLessons,
} from './course.mapper';
import type { SnapshotLesson } from './course-snapshot';
import type { AddCourseAuthorDto, CreateCourseDto, PublishCourseDto, UpdateCourseDto } from './dto/course.dto';
import { CourseAuthorEntity } from './entities/course-author.entity';
import { CourseVersionLessonEntity } from './entities/course-version-lesson.entity';
import { CourseVersionEntity } from './entities/course-version.entity';
import { CourseEntity } from './entities/course.entity';
import { parityReport } from './parity';

/** Courses as a whole: creating, editing the course's own fields, publishing, versions, authors. */
@Injectable()
export class CoursesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly drafts: CourseDrafts,
    private readonly media: MediaService,
    private readonly providers: ProvidersService,
  ) {}

  async create(caller: RequestUser, body: CreateCourseDto): Promise<CourseDraftResponse> {
    const code = this.checkCode(body.code);
    if (!body.title.kk && !body.title.ru) throw DomainError.validation({ title: { code: FieldErrorCode.Required } });
    const id = await this.write(async (manager) => {
      const providerId = await this.providerFor(caller, body.providerId, manager);
      const course = manager.create(CourseEntity, {
        code,
        titleKk: body.title.kk,
        titleRu: body.title.ru,
        summaryKk: body.summary?.kk ?? '',
        summaryRu: body.summary?.ru ?? '',
        audience: body.audience,
        academicHours: body.academicHours,
        topics: body.topics ?? [],
        providerId,
        createdBy: caller.id,
        status: 'draft',
        selfEnrolment: body.selfEnrolment ?? true,
        searchText: searchText(code, body.title.kk, body.title.ru),
      });
      await manager.save(course);
      await manager.insert(CourseAuthorEntity, { courseId: course.id, userId: caller.id, role: 'owner' });
      if (body.coverMediaId) {
        await this.media.assertUsable(caller, body.coverMediaId, ['image'], null, 'coverMediaId', manager);
        await manager.update(CourseEntity, { id: course.id }, { coverMediaId: body.coverMediaId });
        await manager.query('UPDATE media SET course_id = $2 WHERE id = $1 AND course_id IS NULL', [
          body.coverMediaId,
          course.id,
        ]);
      }
      return course.id;
    });
    return this.getDraft(caller, id);
  }

  async getDraft(caller: RequestUser, courseId: string, manager: EntityManager = this.dataSource.manager) {
    const { course, role } = await this.drafts.authored(caller, courseId, manager, false);
    const draft = await this.drafts.load(course, manager);
    const [provider, authors, publishedVersion] = await Promise.all([
      this.providers.get(course.providerId),
      this.authors(courseId, manager),
      this.publishedVersionOf(course, manager),
    ]);
    return toDraftResponse(draft, {
      provider,
      authors,
      publishedVersion,
      canManageAuthors: role === 'owner' || hasRole(caller, 'admin'),
      toMedia: (m) => this.media.toResponse(m),
    });
  }

  async update(caller: RequestUser, courseId: string, body: UpdateCourseDto): Promise<CourseDraftResponse> {
    await this.write(async (manager) => {
      const { course } = await this.drafts.authored(caller, courseId, manager);
      if (course.version !== body.version) throw DomainError.staleVersion(course.version);
      const previousCover = course.coverMediaId;
      if (body.code !== undefined) course.code = this.checkCode(body.code);
      if (body.title) [course.titleKk, course.titleRu] = [body.title.kk, body.title.ru];
      if (body.summary) [course.summaryKk, course.summaryRu] = [body.summary.kk, body.summary.ru];
      if (body.audience !== undefined) course.audience = body.audience;
      if (body.academicHours !== undefined) course.academicHours = body.academicHours;
      if (body.topics !== undefined) course.topics = body.topics;
      if (body.selfEnrolment !== undefined) course.selfEnrolment = body.selfEnrolment;
      if (body.providerId !== undefined && body.providerId !== course.providerId) {
        course.providerId = await this.providerFor(caller, body.providerId, manager);
      }
      if (body.coverMediaId !== undefined && body.coverMediaId !== course.coverMediaId) {
        if (body.coverMediaId) {
          await this.media.assertUsable(caller, body.coverMediaId, ['image'], course.id, 'coverMediaId', manager);
        }
        course.coverMediaId = body.coverMediaId;
      }
      course.version += 1;
      await manager.save(course);
      await this.drafts.touch(course, manager);
      if (previousCover !== course.coverMediaId) await this.drafts.releaseMedia([previousCover], manager);
    });
    return this.getDraft(caller, courseId);
  }

  /** A never-published draft is deleted with its files; a published course leaves the catalog. */
  async remove(caller: RequestUser, courseId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { course, role } = await this.drafts.authored(caller, courseId, manager);
      if (role !== 'owner' && !hasRole(caller, 'admin')) throw forbidden('Only the owner can delete a course');
      if (course.publishedVersionId) {
        await manager.update(CourseEntity, { id: courseId }, { status: 'archived' });
        return;
      }
      const media: { id: string }[] = await manager.query('SELECT id FROM media WHERE course_id = $1', [courseId]);
      const draft = await this.drafts.load(course, manager);
      const used = [course.coverMediaId, ...draft.lessons.flatMap((l) => [l.mediaKkId, l.mediaRuId])];
      await manager.delete(CourseEntity, { id: courseId });
      await this.drafts.releaseMedia([...media.map((m) => m.id), ...used], manager);
    });
  }

  /**
   * Publishes the draft as a new immutable version. Refused with every gap listed when the course is
   * not complete in both languages, and when nothing changed since the last version.
   */
  async publish(caller: RequestUser, courseId: string, body: PublishCourseDto): Promise<CourseVersionResponse> {
    return this.dataSource.transaction((manager) => this.publishIn(manager, caller, courseId, body));
  }

  /** Publishing inside the caller's transaction (the demo seed builds and publishes in one). */
  async publishIn(
    manager: EntityManager,
    caller: RequestUser,
    courseId: string,
    body: PublishCourseDto,
  ): Promise<CourseVersionResponse> {
    {
      const { course } = await this.drafts.authored(caller, courseId, manager);
      const draft = await this.drafts.load(course, manager);
      const parity = parityReport(draft);
      if (!parity.complete) {
        throw new DomainError(
          ErrorCode.CourseIncomplete,
          HttpStatus.UNPROCESSABLE_ENTITY,
          `The course is not complete in both languages (${parity.gaps.length} gaps)`,
          { gapCount: parity.gaps.length },
          undefined,
          undefined,
          parity.gaps,
        );
      }
      if (course.status === 'published' && course.publishedRevision === course.draftRevision) {
        throw new DomainError(
          ErrorCode.NothingToPublish,
          HttpStatus.CONFLICT,
          'Nothing changed since the last version',
        );
      }
      const authors = (await this.authors(courseId, manager)).map(({ id, fullName }) => ({ id, fullName }));
      const snapshot = toSnapshot(draft, authors);
      const [{ next }]: { next: number }[] = await manager.query(
        'SELECT coalesce(max(number), 0) + 1 AS next FROM course_versions WHERE course_id = $1',
        [courseId],
      );
      const version = await manager.save(
        manager.create(CourseVersionEntity, {
          courseId,
          number: next,
          changeNoteKk: body.changeNote.kk,
          changeNoteRu: body.changeNote.ru,
          publishedBy: caller.id,
          snapshot,
          code: course.code,
          titleKk: course.titleKk,
          titleRu: course.titleRu,
          summaryKk: course.summaryKk,
          summaryRu: course.summaryRu,
          audience: course.audience,
          academicHours: course.academicHours,
          topics: course.topics,
          coverMediaId: course.coverMediaId,
          providerId: course.providerId,
          languages: [...LOCALES],
          moduleCount: draft.modules.length,
          lessonCount: draft.lessons.length,
          searchText: searchText(course.code, course.titleKk, course.titleRu),
        }),
      );
      await manager.insert(CourseVersionLessonEntity, versionLessons(courseId, version.id, snapshot));
      await this.media.markPublished(snapshotMediaIds(snapshot), manager);
      await manager.update(
        CourseEntity,
        { id: courseId },
        { status: 'published', publishedVersionId: version.id, publishedRevision: course.draftRevision },
      );
      const publisher = await manager.findOneByOrFail(UserEntity, { id: caller.id });
      return toVersionResponse(version, publisher.fullName);
    }
  }

  async versions(caller: RequestUser, courseId: string): Promise<CourseVersionResponse[]> {
    await this.drafts.authored(caller, courseId, this.dataSource.manager, false);
    const rows = await this.dataSource
      .getRepository(CourseVersionEntity)
      .createQueryBuilder('v')
      .leftJoinAndMapOne('v.publisher', UserEntity, 'u', 'u.id = v.published_by')
      .select([
        'v.id',
        'v.number',
        'v.changeNoteKk',
        'v.changeNoteRu',
        'v.publishedAt',
        'v.publishedBy',
        'u.id',
        'u.fullName',
      ])
      .where('v.course_id = :courseId', { courseId })
      .orderBy('v.number', 'DESC')
      .getMany();
    return rows.map((v) => toVersionResponse(v, v.publisher?.fullName ?? ''));
  }

  /** The published course as learners see it, with the caller's enrolment; 404 when unpublished. */
  async getPublished(caller: RequestUser, courseId: string): Promise<CourseResponse> {
    const course = await this.dataSource.getRepository(CourseEntity).findOneBy({ id: courseId });
    if (!course?.publishedVersionId) throw DomainError.notFound('Course');
    const version = await this.dataSource.getRepository(CourseVersionEntity).findOneByOrFail({
      id: course.publishedVersionId,
    });
    const [enrolment]: {
      id: string;
      status: 'active' | 'completed' | 'withdrawn';
      completed_lessons: number;
      total_lessons: number;
    }[] = await this.dataSource.query(
      'SELECT id, status, completed_lessons, total_lessons FROM enrolments WHERE user_id = $1 AND course_id = $2',
      [caller.id, courseId],
    );
    return toCourseResponse(courseId, version, await this.providers.get(version.providerId), {
      selfEnrolment: course.selfEnrolment && course.status === 'published',
      enrolment: enrolment
        ? {
            id: enrolment.id,
            status: enrolment.status,
            percent: coursePercent(enrolment.completed_lessons, enrolment.total_lessons),
          }
        : null,
    });
  }

  /**
   * A published lesson, for anyone signed in: from the version the caller is enrolled on, else
   * from the course's current version. One indexed row, not the whole snapshot.
   */
  async getPublishedLesson(caller: RequestUser, lessonId: string): Promise<LessonViewResponse> {
    const pool = poolOf(this.dataSource);
    const {
      rows: [row],
    } = await pool.query<{ lesson: SnapshotLesson; course_id: string; module_id: string; number: number }>({
      name: 'published-lesson',
      text: `SELECT vl.lesson, vl.course_id, vl.module_id, v.number
               FROM course_version_lessons vl
               JOIN course_versions v ON v.id = vl.version_id
               JOIN courses c ON c.id = vl.course_id
               LEFT JOIN enrolments e ON e.course_id = c.id AND e.user_id = $2 AND e.status <> 'withdrawn'
              WHERE vl.lesson_id = $1 AND vl.version_id = coalesce(e.version_id, c.published_version_id)
              LIMIT 1`,
      values: [lessonId, caller.id],
    });
    if (!row) throw DomainError.notFound('Lesson');
    const ids = Object.values(row.lesson.content).flatMap((c) => (c.mediaId ? [c.mediaId] : []));
    const media = (await this.media.findByIds(ids)).map((m) => this.media.toResponse(m));
    return toLessonView(row.course_id, row.module_id, row.lesson, row.number, media);
  }

  async addAuthor(caller: RequestUser, courseId: string, body: AddCourseAuthorDto): Promise<CourseAuthorResponse[]> {
    return this.dataSource.transaction(async (manager) => {
      await this.mustManageAuthors(caller, courseId, manager);
      const user = await manager.findOneBy(UserEntity, { email: body.email.toLowerCase() });
      if (!user || !user.isActive || !user.roles.includes('instructor')) {
        throw DomainError.validation({ email: { code: FieldErrorCode.NotInstructor } });
      }
      if (await manager.existsBy(CourseAuthorEntity, { courseId, userId: user.id })) {
        throw new DomainError(ErrorCode.AlreadyAuthor, HttpStatus.CONFLICT, 'Already an author', undefined, {
          email: { code: FieldErrorCode.InvalidValue },
        });
      }
      if ((await manager.countBy(CourseAuthorEntity, { courseId })) >= COURSE_LIMITS.authorsMax) {
        throw DomainError.validation({
          email: { code: FieldErrorCode.OutOfRange, params: { max: COURSE_LIMITS.authorsMax } },
        });
      }
      await manager.insert(CourseAuthorEntity, { courseId, userId: user.id, role: 'coauthor' });
      return this.authors(courseId, manager);
    });
  }

  /** The owner (or an admin) removes a co-author; a co-author may also step down themselves. */
  async removeAuthor(caller: RequestUser, courseId: string, userId: string): Promise<CourseAuthorResponse[]> {
    return this.dataSource.transaction(async (manager) => {
      const { role } = await this.drafts.authored(caller, courseId, manager);
      const target = await manager.findOneBy(CourseAuthorEntity, { courseId, userId });
      if (!target) throw DomainError.notFound('Author');
      if (target.role === 'owner') {
        throw new DomainError(ErrorCode.CannotRemoveOwner, HttpStatus.CONFLICT, 'The owner cannot be removed');
      }
      if (role !== 'owner' && !hasRole(caller, 'admin') && userId !== caller.id) {
        throw forbidden('Only the owner manages authors');
      }
      await manager.delete(CourseAuthorEntity, { courseId, userId });
      return this.authors(courseId, manager);
    });
  }

  async authors(courseId: string, manager: EntityManager = this.dataSource.manager): Promise<CourseAuthorResponse[]> {
    const rows: { id: string; full_name: string; email: string; role: 'owner' | 'coauthor'; added_at: Date }[] =
      await manager.query(
        `SELECT u.id, u.full_name, u.email, a.role, a.added_at
           FROM course_authors a JOIN users u ON u.id = a.user_id
          WHERE a.course_id = $1
          ORDER BY a.role DESC, a.added_at`,
        [courseId],
      );
    return rows.map((r) => ({
      id: r.id,
      fullName: r.full_name,
      email: r.email,
      role: r.role,
      addedAt: r.added_at.toISOString(),
    }));
  }

  private async mustManageAuthors(caller: RequestUser, courseId: string, manager: EntityManager) {
    const { role } = await this.drafts.authored(caller, courseId, manager);
    if (role !== 'owner' && !hasRole(caller, 'admin')) throw forbidden('Only the owner manages authors');
  }

  private async publishedVersionOf(course: CourseEntity, manager: EntityManager) {
    if (!course.publishedVersionId) return null;
    const version = await manager.findOneByOrFail(CourseVersionEntity, { id: course.publishedVersionId });
    const publisher = await manager.findOneBy(UserEntity, { id: version.publishedBy });
    return toVersionResponse(version, publisher?.fullName ?? '');
  }

  /** Instructors write for their own provider (any, if they have none yet); admins choose. */
  private async providerFor(caller: RequestUser, requested: string | undefined, manager: EntityManager) {
    const user = await manager.findOneByOrFail(UserEntity, { id: caller.id });
    if (!hasRole(caller, 'admin') && user.providerId) {
      if (requested && requested !== user.providerId) {
        throw DomainError.validation({ providerId: { code: FieldErrorCode.InvalidValue } });
      }
      return user.providerId;
    }
    if (!requested) throw DomainError.validation({ providerId: { code: FieldErrorCode.Required } });
    const exists: unknown[] = await manager.query('SELECT 1 FROM providers WHERE id = $1', [requested]);
    if (!exists.length) throw DomainError.validation({ providerId: { code: FieldErrorCode.InvalidValue } });
    return requested;
  }

  private checkCode(raw: string): string {
    const code = normaliseCourseCode(raw);
    if (!new RegExp(COURSE_LIMITS.codePattern).test(code)) {
      throw DomainError.validation({ code: { code: FieldErrorCode.InvalidCode } });
    }
    return code;
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error, 'courses_code_key')) {
        throw new DomainError(ErrorCode.CourseCodeTaken, HttpStatus.CONFLICT, 'Course code taken', undefined, {
          code: { code: FieldErrorCode.InvalidValue },
        });
      }
      throw error;
    }
  }
}

function forbidden(message: string): DomainError {
  return new DomainError(ErrorCode.Forbidden, HttpStatus.FORBIDDEN, message);
}
