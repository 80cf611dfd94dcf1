import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  coursePercent,
  type EnrolmentLessonProgress,
  type EnrolmentResponse,
  type EnrolmentSummary,
  ErrorCode,
  hasRole,
  type MyEnrolmentsResponse,
} from '@bilikti/contracts';
import type { RequestUser } from '../../common/authenticated-request';
import { DomainError } from '../../common/domain-error';
import { CourseVersionEntity } from '../courses/entities/course-version.entity';
import { CourseEntity } from '../courses/entities/course.entity';
import { recountEnrolment } from './enrolment-counts';
import { EnrolmentEntity } from './entities/enrolment.entity';

interface SummaryRow {
  id: string;
  status: EnrolmentSummary['status'];
  source: EnrolmentSummary['source'];
  course_id: string;
  code: string;
  title_kk: string;
  title_ru: string;
  cover_media_id: string | null;
  academic_hours: number;
  provider_id: string;
  provider_name_kk: string;
  provider_name_ru: string;
  number: number;
  completed_lessons: number;
  total_lessons: number;
  due_at: Date | null;
  enrolled_at: Date;
  completed_at: Date | null;
  last_activity_at: Date | null;
  continue_lesson_id: string | null;
}

/** The learner's side of enrolment: joining, leaving, and what they are learning. */
@Injectable()
export class EnrolmentsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Self-enrolment in a published course that allows it. Enrolling again is harmless (200 with the
   * same enrolment); after withdrawing, the old enrolment comes back with its progress.
   */
  async enrol(caller: RequestUser, courseId: string): Promise<{ created: boolean; enrolment: EnrolmentResponse }> {
    const { id, created } = await this.dataSource.transaction(async (manager) => {
      const course = await manager.findOne(CourseEntity, {
        where: { id: courseId },
        lock: { mode: 'pessimistic_read' },
      });
      if (!course?.publishedVersionId || course.status !== 'published') throw DomainError.notFound('Course');
      const existing = await manager.findOne(EnrolmentEntity, {
        where: { userId: caller.id, courseId },
        lock: { mode: 'pessimistic_write' },
      });
      if (existing && existing.status !== 'withdrawn') return { id: existing.id, created: false };
      if (!course.selfEnrolment) {
        throw new DomainError(
          ErrorCode.EnrolmentClosed,
          HttpStatus.CONFLICT,
          'The course is not open for self-enrolment',
        );
      }
      if (existing) {
        await manager.update(
          EnrolmentEntity,
          { id: existing.id },
          { status: 'active', withdrawnAt: null, completedAt: null, versionId: course.publishedVersionId },
        );
        await recountEnrolment(manager, existing.id);
        return { id: existing.id, created: false };
      }
      const enrolment = await manager.save(
        manager.create(EnrolmentEntity, {
          userId: caller.id,
          courseId,
          versionId: course.publishedVersionId,
          status: 'active',
          source: 'self',
        }),
      );
      await recountEnrolment(manager, enrolment.id);
      return { id: enrolment.id, created: true };
    });
    return { created, enrolment: await this.get(caller, id) };
  }

  async mine(caller: RequestUser): Promise<MyEnrolmentsResponse> {
    const rows = await this.summaries(this.dataSource.manager, 'e.user_id = $1', [caller.id]);
    const summaries = rows.map(toSummary);
    return {
      active: summaries.filter((s) => s.status === 'active'),
      completed: summaries
        .filter((s) => s.status === 'completed')
        .sort((a, b) => (b.completedAt ?? '').localeCompare(a.completedAt ?? '')),
    };
  }

  /**
   * One enrolment with its outline and lesson progress. An active learner moves to the course's
   * latest version when it changed; progress follows the lessons, whose ids stay the same.
   */
  async get(caller: RequestUser, id: string): Promise<EnrolmentResponse> {
    return this.dataSource.transaction(async (manager) => {
      const enrolment = await manager.findOne(EnrolmentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!enrolment || (enrolment.userId !== caller.id && !hasRole(caller, 'admin'))) {
        throw DomainError.notFound('Enrolment');
      }
      if (enrolment.status === 'active') {
        const course = await manager.findOneByOrFail(CourseEntity, { id: enrolment.courseId });
        if (course.publishedVersionId && course.publishedVersionId !== enrolment.versionId) {
          enrolment.versionId = course.publishedVersionId;
          await manager.update(EnrolmentEntity, { id }, { versionId: enrolment.versionId });
          await recountEnrolment(manager, id);
        }
      }
      const [row] = await this.summaries(manager, 'e.id = $1', [id]);
      const version = await manager.findOneByOrFail(CourseVersionEntity, { id: enrolment.versionId });
      const lessons: {
        lesson_id: string;
        type: EnrolmentLessonProgress['type'];
        status: EnrolmentLessonProgress['status'] | null;
        time_spent_seconds: number | null;
        position_seconds: number | null;
        completed_at: Date | null;
      }[] = await manager.query(
        `SELECT vl.lesson_id, vl.type, p.status, p.time_spent_seconds, p.position_seconds, p.completed_at
           FROM course_version_lessons vl
           LEFT JOIN lesson_progress p ON p.enrolment_id = $1 AND p.lesson_id = vl.lesson_id
          WHERE vl.version_id = $2
          ORDER BY vl.position`,
        [id, version.id],
      );
      return {
        ...toSummary(row),
        languages: version.languages,
        modules: version.snapshot.modules.map((m) => ({
          id: m.id,
          title: m.title,
          lessons: m.lessons.map((l) => ({
            id: l.id,
            type: l.type,
            title: l.title,
            durationMinutes: l.durationMinutes,
          })),
        })),
        lessons: lessons.map((l) => ({
          lessonId: l.lesson_id,
          type: l.type,
          status: l.status ?? 'not_started',
          timeSpentSeconds: l.time_spent_seconds ?? 0,
          positionSeconds: l.position_seconds ?? 0,
          completedAt: l.completed_at ? l.completed_at.toISOString() : null,
        })),
      };
    });
  }

  /** The learner leaves a course they enrolled in themselves; progress is kept for a return. */
  async withdraw(caller: RequestUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const enrolment = await manager.findOne(EnrolmentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!enrolment || enrolment.userId !== caller.id || enrolment.status === 'withdrawn') {
        throw DomainError.notFound('Enrolment');
      }
      if (enrolment.source !== 'self') {
        throw new DomainError(ErrorCode.Forbidden, HttpStatus.FORBIDDEN, 'An assigned course cannot be left');
      }
      await manager.update(EnrolmentEntity, { id }, { status: 'withdrawn', withdrawnAt: new Date() });
    });
  }

  /**
   * Enrolment rows with their course (as in the learner's version) and where to continue: the last
   * lesson if not done, else the next one not done after it, else any not done.
   */
  private summaries(manager: EntityManager, where: string, params: unknown[]): Promise<SummaryRow[]> {
    return manager.query(
      `SELECT e.id, e.status, e.source, e.course_id, v.code, v.title_kk, v.title_ru, v.cover_media_id, v.academic_hours,
              p.id AS provider_id, p.name_kk AS provider_name_kk, p.name_ru AS provider_name_ru, v.number,
              e.completed_lessons, e.total_lessons, e.due_at, e.enrolled_at, e.completed_at, e.last_activity_at,
              (SELECT vl.lesson_id
                 FROM course_version_lessons vl
                 LEFT JOIN lesson_progress lp ON lp.enrolment_id = e.id AND lp.lesson_id = vl.lesson_id
                WHERE vl.version_id = e.version_id
                ORDER BY (vl.lesson_id = e.last_lesson_id AND lp.status IS DISTINCT FROM 'completed') DESC,
                         (lp.status IS NOT DISTINCT FROM 'completed') ASC,
                         (vl.position >= coalesce((SELECT x.position FROM course_version_lessons x
                                                    WHERE x.version_id = e.version_id AND x.lesson_id = e.last_lesson_id), 0)) DESC,
                         vl.position
                LIMIT 1) AS continue_lesson_id
         FROM enrolments e
         JOIN course_versions v ON v.id = e.version_id
         JOIN providers p ON p.id = v.provider_id
        WHERE ${where} AND e.status <> 'withdrawn'
        ORDER BY (e.status = 'active' AND e.due_at < now()) DESC, e.due_at ASC NULLS LAST,
                 e.last_activity_at DESC NULLS LAST, e.enrolled_at DESC`,
      params,
    );
  }
}

function toSummary(row: SummaryRow): EnrolmentSummary {
  const overdue = row.status === 'active' && row.due_at !== null && row.due_at.getTime() < Date.now();
  return {
    id: row.id,
    status: row.status,
    source: row.source,
    course: {
      id: row.course_id,
      code: row.code,
      title: { kk: row.title_kk, ru: row.title_ru },
      coverMediaId: row.cover_media_id,
      provider: { id: row.provider_id, name: { kk: row.provider_name_kk, ru: row.provider_name_ru } },
      academicHours: row.academic_hours,
    },
    versionNumber: row.number,
    percent: coursePercent(row.completed_lessons, row.total_lessons),
    completedLessons: row.completed_lessons,
    totalLessons: row.total_lessons,
    dueAt: row.due_at ? row.due_at.toISOString() : null,
    overdue,
    enrolledAt: row.enrolled_at.toISOString(),
    completedAt: row.completed_at ? row.completed_at.toISOString() : null,
    lastActivityAt: row.last_activity_at ? row.last_activity_at.toISOString() : null,
    continueLessonId: row.continue_lesson_id,
  };
}
