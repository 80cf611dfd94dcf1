import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { foldSearchText, hasRole, questionCompleteness, type QuestionContent } from '@bilikti/contracts';
import type { RequestUser } from '../../common/authenticated-request';
import { DomainError } from '../../common/domain-error';
import type { MediaEntity } from '../media/entities/media.entity';
import { MediaService } from '../media/media.service';
import { CourseAuthorEntity } from './entities/course-author.entity';
import { CourseModuleEntity } from './entities/course-module.entity';
import { CourseEntity } from './entities/course.entity';
import { LessonEntity } from './entities/lesson.entity';
import { type BankQuestion, parityReport } from './parity';

/** A course draft with everything in it, modules and lessons in order. */
export interface DraftAggregate {
  course: CourseEntity;
  modules: CourseModuleEntity[];
  lessons: LessonEntity[];
  media: Map<string, MediaEntity>;
  /** The question bank, loaded when the course has assessment lessons. */
  bank: BankQuestion[];
}

export interface AuthoredCourse {
  course: CourseEntity;
  /** null for an admin who is not an author. */
  role: CourseAuthorEntity['role'] | null;
}

/**
 * Loading course drafts for their authors, and keeping the course row's derived columns (parity,
 * search text, draft revision) right after every change. Every change to a course's content runs
 * in a transaction that first locks the course row, so concurrent edits of one course serialise.
 */
@Injectable()
export class CourseDrafts {
  constructor(private readonly media: MediaService) {}

  /**
   * The course, if the caller may change it: an author, or an admin. Anyone else gets 404, so
   * a draft's existence is not revealed. With `lock` the course row is locked for the transaction.
   */
  async authored(caller: RequestUser, courseId: string, manager: EntityManager, lock = true): Promise<AuthoredCourse> {
    const course = await manager.findOne(CourseEntity, {
      where: { id: courseId },
      ...(lock && { lock: { mode: 'pessimistic_write' as const } }),
    });
    if (!course) throw DomainError.notFound('Course');
    const author = await manager.findOneBy(CourseAuthorEntity, { courseId, userId: caller.id });
    if (!author && !hasRole(caller, 'admin')) throw DomainError.notFound('Course');
    return { course, role: author?.role ?? null };
  }

  async load(course: CourseEntity, manager: EntityManager): Promise<DraftAggregate> {
    const modules = await manager.find(CourseModuleEntity, {
      where: { courseId: course.id },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
    const position = new Map(modules.map((m, index) => [m.id, index]));
    const lessons = (await manager.find(LessonEntity, { where: { courseId: course.id } })).sort(
      (a, b) =>
        (position.get(a.moduleId) ?? 0) - (position.get(b.moduleId) ?? 0) ||
        a.position - b.position ||
        a.createdAt.getTime() - b.createdAt.getTime(),
    );
    const mediaIds = new Set<string>();
    if (course.coverMediaId) mediaIds.add(course.coverMediaId);
    for (const lesson of lessons) {
      if (lesson.mediaKkId) mediaIds.add(lesson.mediaKkId);
      if (lesson.mediaRuId) mediaIds.add(lesson.mediaRuId);
    }
    const media = await this.media.findByIds([...mediaIds], manager);
    const bank = lessons.some((l) => l.type === 'assessment') ? await this.bank(course.id, manager) : [];
    return { course, modules, lessons, media: new Map(media.map((m) => [m.id, m])), bank };
  }

  /** The course's question bank as the parity gate needs it. */
  private async bank(courseId: string, manager: EntityManager): Promise<BankQuestion[]> {
    const rows: { id: string; prompt_kk: string; prompt_ru: string; content: QuestionContent; tags: string[] }[] =
      await manager.query(
        'SELECT id, prompt_kk, prompt_ru, content, tags FROM questions WHERE course_id = $1 AND deleted_at IS NULL',
        [courseId],
      );
    return rows.map((row) => ({
      id: row.id,
      tags: row.tags,
      complete: questionCompleteness({ kk: row.prompt_kk, ru: row.prompt_ru }, row.content),
    }));
  }

  /**
   * After a change to the draft: recompute parity and the search text, and bump the draft
   * revision (which tells whether the draft differs from the published version).
   */
  async touch(course: CourseEntity, manager: EntityManager): Promise<DraftAggregate> {
    const draft = await this.load(course, manager);
    course.parityComplete = parityReport(draft).complete;
    course.searchText = searchText(course.code, course.titleKk, course.titleRu);
    course.draftRevision += 1;
    await manager.update(
      CourseEntity,
      { id: course.id },
      {
        parityComplete: course.parityComplete,
        searchText: course.searchText,
        draftRevision: course.draftRevision,
        updatedAt: () => 'now()',
      },
    );
    return draft;
  }

  /** Media among `ids` that nothing uses any more (and was never published) is deleted. */
  async releaseMedia(ids: (string | null | undefined)[], manager: EntityManager): Promise<void> {
    const present = [...new Set(ids.filter((id): id is string => !!id))];
    if (present.length) await this.media.deleteUnused(present, manager);
  }

  /** Renumbers siblings 0..n-1 in the given order. */
  async renumber(entity: typeof CourseModuleEntity | typeof LessonEntity, ids: string[], manager: EntityManager) {
    if (!ids.length) return;
    const table = entity === CourseModuleEntity ? 'course_modules' : 'lessons';
    await manager.query(
      `UPDATE ${table} AS t SET position = o.position - 1
         FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position)
        WHERE t.id = o.id AND t.position <> o.position - 1`,
      [ids],
    );
  }

  async lessonsOf(moduleIds: string[], manager: EntityManager): Promise<LessonEntity[]> {
    if (!moduleIds.length) return [];
    return manager.find(LessonEntity, { where: { moduleId: In(moduleIds) }, order: { position: 'ASC' } });
  }
}

export function searchText(code: string, titleKk: string, titleRu: string): string {
  return foldSearchText(`${code} ${titleKk} ${titleRu}`);
}

/** Moves `id` to `position` (clamped) within `ids`, returning the new order. */
export function reorder(ids: string[], id: string, position: number): string[] {
  const rest = ids.filter((other) => other !== id);
  const at = Math.max(0, Math.min(position, rest.length));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}
