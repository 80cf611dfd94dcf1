import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  COURSE_LIMITS,
  type FieldError,
  FieldErrorCode,
  LOCALES,
  type LessonResponse,
  type Locale,
  type ModuleResponse,
  AUTHORABLE_LESSON_TYPES,
  type QuizSettings,
} from '@bilikti/contracts';
import type { RequestUser } from '../../common/authenticated-request';
import { DomainError } from '../../common/domain-error';
import { MediaService } from '../media/media.service';
import { CourseDrafts, reorder } from './course-drafts';
import { toLessonResponse, toModuleResponse } from './course.mapper';
import type {
  CreateLessonDto,
  CreateModuleDto,
  LessonContentPairDto,
  UpdateLessonDto,
  UpdateModuleDto,
} from './dto/content.dto';
import { CourseModuleEntity } from './entities/course-module.entity';
import type { CourseEntity } from './entities/course.entity';
import { LessonEntity } from './entities/lesson.entity';
import { checkQuizSettings } from './quiz-rules';
import { sanitizeLessonHtml } from './rich-text';

const SUFFIX: Record<Locale, 'Kk' | 'Ru'> = { kk: 'Kk', ru: 'Ru' };

/** Modules and lessons of a course draft. */
@Injectable()
export class CourseContentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly drafts: CourseDrafts,
    private readonly media: MediaService,
  ) {}

  async createModule(caller: RequestUser, courseId: string, body: CreateModuleDto): Promise<ModuleResponse> {
    return this.dataSource.transaction(async (manager) => {
      const { course } = await this.drafts.authored(caller, courseId, manager);
      const count = await manager.countBy(CourseModuleEntity, { courseId });
      if (count >= COURSE_LIMITS.modulesMax) {
        throw DomainError.validation({
          title: { code: FieldErrorCode.OutOfRange, params: { max: COURSE_LIMITS.modulesMax } },
        });
      }
      const module = await manager.save(
        manager.create(CourseModuleEntity, {
          courseId,
          position: count,
          titleKk: body.title.kk,
          titleRu: body.title.ru,
        }),
      );
      await this.drafts.touch(course, manager);
      return toModuleResponse(module, [], new Map(), (m) => this.media.toResponse(m));
    });
  }

  async updateModule(caller: RequestUser, moduleId: string, body: UpdateModuleDto): Promise<ModuleResponse> {
    return this.dataSource.transaction(async (manager) => {
      const { course, module } = await this.moduleForAuthor(caller, moduleId, manager);
      if (module.version !== body.version) throw DomainError.staleVersion(module.version);
      if (body.title) [module.titleKk, module.titleRu] = [body.title.kk, body.title.ru];
      module.version += 1;
      await manager.save(module);
      if (body.position !== undefined) {
        const siblings = await manager.find(CourseModuleEntity, {
          where: { courseId: course.id },
          order: { position: 'ASC', createdAt: 'ASC' },
        });
        await this.drafts.renumber(
          CourseModuleEntity,
          reorder(
            siblings.map((m) => m.id),
            module.id,
            body.position,
          ),
          manager,
        );
      }
      const draft = await this.drafts.touch(course, manager);
      const saved = draft.modules.find((m) => m.id === module.id) ?? module;
      return toModuleResponse(saved, draft.lessons, draft.media, (m) => this.media.toResponse(m));
    });
  }

  async removeModule(caller: RequestUser, moduleId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { course, module } = await this.moduleForAuthor(caller, moduleId, manager);
      const lessons = await this.drafts.lessonsOf([module.id], manager);
      await manager.delete(CourseModuleEntity, { id: module.id });
      const rest = await manager.find(CourseModuleEntity, {
        where: { courseId: course.id },
        order: { position: 'ASC' },
      });
      await this.drafts.renumber(
        CourseModuleEntity,
        rest.map((m) => m.id),
        manager,
      );
      await this.drafts.touch(course, manager);
      await this.drafts.releaseMedia(
        lessons.flatMap((l) => [l.mediaKkId, l.mediaRuId]),
        manager,
      );
    });
  }

  async createLesson(caller: RequestUser, moduleId: string, body: CreateLessonDto): Promise<LessonResponse> {
    if (!(AUTHORABLE_LESSON_TYPES as readonly string[]).includes(body.type)) {
      throw DomainError.validation({ type: { code: FieldErrorCode.InvalidValue } });
    }
    return this.dataSource.transaction(async (manager) => {
      const { course, module } = await this.moduleForAuthor(caller, moduleId, manager);
      const count = await manager.countBy(LessonEntity, { moduleId });
      if (count >= COURSE_LIMITS.lessonsPerModuleMax) {
        throw DomainError.validation({
          title: { code: FieldErrorCode.OutOfRange, params: { max: COURSE_LIMITS.lessonsPerModuleMax } },
        });
      }
      const lesson = manager.create(LessonEntity, {
        moduleId: module.id,
        courseId: course.id,
        position: count,
        type: body.type,
        titleKk: body.title.kk,
        titleRu: body.title.ru,
        durationMinutes: body.durationMinutes ?? null,
      });
      await this.applyContent(caller, course, lesson, body.content, manager);
      await manager.save(lesson);
      return this.respond(course, lesson.id, manager);
    });
  }

  /** The draft lesson, for its authors (`?view=draft`). */
  async getDraftLesson(caller: RequestUser, lessonId: string): Promise<LessonResponse> {
    const manager = this.dataSource.manager;
    const lesson = await manager.findOneBy(LessonEntity, { id: lessonId });
    if (!lesson) throw DomainError.notFound('Lesson');
    await this.drafts.authored(caller, lesson.courseId, manager, false);
    const media = await this.media.findByIds(
      [lesson.mediaKkId, lesson.mediaRuId].filter((id) => id !== null),
      manager,
    );
    return toLessonResponse(lesson, new Map(media.map((m) => [m.id, m])), (m) => this.media.toResponse(m));
  }

  /**
   * Saves a lesson. A stale `version` gets 409. When one language of a lesson that learners
   * already see changes alone, the other language is flagged for review; editing a flagged
   * language (or confirming it) clears its flag.
   */
  async updateLesson(caller: RequestUser, lessonId: string, body: UpdateLessonDto): Promise<LessonResponse> {
    return this.dataSource.transaction(async (manager) => {
      const { course, lesson } = await this.lessonForAuthor(caller, lessonId, manager);
      if (lesson.version !== body.version) throw DomainError.staleVersion(lesson.version);
      const before = fingerprint(lesson);
      const released: (string | null)[] = [lesson.mediaKkId, lesson.mediaRuId];
      if (body.title) [lesson.titleKk, lesson.titleRu] = [body.title.kk, body.title.ru];
      if (body.durationMinutes !== undefined) lesson.durationMinutes = body.durationMinutes;
      await this.applyContent(caller, course, lesson, body.content, manager);

      const after = fingerprint(lesson);
      const changed = { kk: before.kk !== after.kk, ru: before.ru !== after.ru };
      if ((changed.kk || changed.ru) && (await this.isPublished(course, lesson.id, manager))) {
        for (const locale of LOCALES) {
          const other: Locale = locale === 'kk' ? 'ru' : 'kk';
          if (!changed[locale] || changed[other]) continue;
          if (lesson[`needsReview${SUFFIX[locale]}`]) lesson[`needsReview${SUFFIX[locale]}`] = false;
          else lesson[`needsReview${SUFFIX[other]}`] = true;
        }
      }
      for (const locale of body.confirmReview ?? []) lesson[`needsReview${SUFFIX[locale]}`] = false;
      if (body.quiz !== undefined) lesson.quiz = await this.checkQuiz(course, lesson, body.quiz, manager);

      let moveTo = lesson.moduleId;
      if (body.moduleId !== undefined && body.moduleId !== lesson.moduleId) {
        const target = await manager.findOneBy(CourseModuleEntity, { id: body.moduleId, courseId: course.id });
        if (!target) throw DomainError.validation({ moduleId: { code: FieldErrorCode.InvalidValue } });
        moveTo = target.id;
      }
      const from = lesson.moduleId;
      lesson.moduleId = moveTo;
      lesson.version += 1;
      await manager.save(lesson);
      if (body.position !== undefined || moveTo !== from) {
        const siblings = await this.drafts.lessonsOf([moveTo], manager);
        const order = siblings.map((l) => l.id);
        await this.drafts.renumber(LessonEntity, reorder(order, lesson.id, body.position ?? order.length), manager);
        if (moveTo !== from) {
          await this.drafts.renumber(
            LessonEntity,
            (await this.drafts.lessonsOf([from], manager)).map((l) => l.id),
            manager,
          );
        }
      }
      const response = await this.respond(course, lesson.id, manager);
      await this.drafts.releaseMedia(
        released.filter((id) => id !== lesson.mediaKkId && id !== lesson.mediaRuId),
        manager,
      );
      return response;
    });
  }

  async removeLesson(caller: RequestUser, lessonId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { course, lesson } = await this.lessonForAuthor(caller, lessonId, manager);
      await manager.delete(LessonEntity, { id: lesson.id });
      await this.drafts.renumber(
        LessonEntity,
        (await this.drafts.lessonsOf([lesson.moduleId], manager)).map((l) => l.id),
        manager,
      );
      await this.drafts.touch(course, manager);
      // Files a published version still shows are kept (they were marked published).
      await this.drafts.releaseMedia([lesson.mediaKkId, lesson.mediaRuId], manager);
    });
  }

  private async respond(course: CourseEntity, lessonId: string, manager: EntityManager): Promise<LessonResponse> {
    const draft = await this.drafts.touch(course, manager);
    const lesson = draft.lessons.find((l) => l.id === lessonId);
    if (!lesson) throw DomainError.notFound('Lesson');
    return toLessonResponse(lesson, draft.media, (m) => this.media.toResponse(m));
  }

  /** Applies one or both languages' content, sanitizing HTML and checking files and links. */
  private async applyContent(
    caller: RequestUser,
    course: CourseEntity,
    lesson: LessonEntity,
    content: LessonContentPairDto | undefined,
    manager: EntityManager,
  ): Promise<void> {
    const errors: Record<string, FieldError> = {};
    for (const locale of LOCALES) {
      const part = content?.[locale];
      if (!part) continue;
      const suffix = SUFFIX[locale];
      if (part.body !== undefined) lesson[`body${suffix}`] = sanitizeLessonHtml(part.body);
      if (part.externalUrl !== undefined) {
        const url = part.externalUrl || null;
        if (url && (lesson.type !== 'video' || !isHttpsUrl(url))) {
          errors[`content.${locale}.externalUrl`] = {
            code: lesson.type === 'video' ? FieldErrorCode.InvalidUrl : FieldErrorCode.InvalidValue,
          };
        } else {
          lesson[`externalUrl${suffix}`] = url;
        }
      }
      if (part.mediaId !== undefined) {
        const field = `content.${locale}.mediaId`;
        if (part.mediaId && lesson.type !== 'video' && lesson.type !== 'document') {
          errors[field] = { code: FieldErrorCode.InvalidValue };
        } else if (part.mediaId && part.mediaId !== lesson[`media${suffix}Id`]) {
          try {
            const kinds = lesson.type === 'video' ? (['video'] as const) : (['pdf'] as const);
            await this.media.assertUsable(caller, part.mediaId, kinds, course.id, field, manager);
            lesson[`media${suffix}Id`] = part.mediaId;
          } catch (error) {
            if (!(error instanceof DomainError) || !error.fields) throw error;
            Object.assign(errors, error.fields);
          }
        } else if (!part.mediaId) {
          lesson[`media${suffix}Id`] = null;
        }
      }
    }
    if (Object.keys(errors).length) throw DomainError.validation(errors);
  }

  /** Quiz settings fit only assessment lessons, and a fixed quiz's questions must be in this course's bank. */
  private async checkQuiz(
    course: CourseEntity,
    lesson: LessonEntity,
    raw: unknown,
    manager: EntityManager,
  ): Promise<QuizSettings> {
    if (lesson.type !== 'assessment') throw DomainError.validation({ quiz: { code: FieldErrorCode.InvalidValue } });
    const { quiz, errors } = checkQuizSettings(raw);
    if (!quiz) throw DomainError.validation(errors);
    if (quiz.questionIds.length) {
      const found: { id: string }[] = await manager.query(
        'SELECT id FROM questions WHERE course_id = $1 AND deleted_at IS NULL AND id = ANY ($2::uuid[])',
        [course.id, quiz.questionIds],
      );
      if (found.length !== quiz.questionIds.length) {
        throw DomainError.validation({ 'quiz.questionIds': { code: FieldErrorCode.InvalidValue } });
      }
    }
    return quiz;
  }

  private async isPublished(course: CourseEntity, lessonId: string, manager: EntityManager): Promise<boolean> {
    if (!course.publishedVersionId) return false;
    const [row]: { found: boolean }[] = await manager.query(
      `SELECT jsonb_path_exists(snapshot, '$.modules[*].lessons[*].id ? (@ == $id)', jsonb_build_object('id', $2::text)) AS found
         FROM course_versions WHERE id = $1`,
      [course.publishedVersionId, lessonId],
    );
    return !!row?.found;
  }

  private async moduleForAuthor(caller: RequestUser, moduleId: string, manager: EntityManager) {
    const found = await manager.findOneBy(CourseModuleEntity, { id: moduleId });
    if (!found) throw DomainError.notFound('Module');
    const { course } = await this.drafts.authored(caller, found.courseId, manager);
    // Re-read after the course lock so the row is current.
    const module = await manager.findOneBy(CourseModuleEntity, { id: moduleId });
    if (!module) throw DomainError.notFound('Module');
    return { course, module };
  }

  private async lessonForAuthor(caller: RequestUser, lessonId: string, manager: EntityManager) {
    const found = await manager.findOneBy(LessonEntity, { id: lessonId });
    if (!found) throw DomainError.notFound('Lesson');
    const { course } = await this.drafts.authored(caller, found.courseId, manager);
    const lesson = await manager.findOneBy(LessonEntity, { id: lessonId });
    if (!lesson) throw DomainError.notFound('Lesson');
    return { course, lesson };
  }
}

function fingerprint(lesson: LessonEntity): Record<Locale, string> {
  return {
    kk: JSON.stringify([lesson.titleKk, lesson.bodyKk, lesson.mediaKkId, lesson.externalUrlKk]),
    ru: JSON.stringify([lesson.titleRu, lesson.bodyRu, lesson.mediaRuId, lesson.externalUrlRu]),
  };
}

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !!url.hostname && !url.username && !url.password;
  } catch {
    return false;
  }
}
