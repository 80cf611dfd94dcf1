import { LOCALES, type Locale, type ParityGap, type ParityReport, type QuizSettings } from '@bilikti/contracts';
import type { CourseModuleEntity } from './entities/course-module.entity';
import type { CourseEntity } from './entities/course.entity';
import type { LessonEntity } from './entities/lesson.entity';
import { isBlankHtml } from './rich-text';

/** The parts of a course draft the parity gate reads. */
export interface ParityInput {
  course: Pick<CourseEntity, 'id' | 'titleKk' | 'titleRu' | 'summaryKk' | 'summaryRu'>;
  modules: Pick<CourseModuleEntity, 'id' | 'titleKk' | 'titleRu'>[];
  lessons: Pick<
    LessonEntity,
    | 'id'
    | 'moduleId'
    | 'type'
    | 'titleKk'
    | 'titleRu'
    | 'bodyKk'
    | 'bodyRu'
    | 'mediaKkId'
    | 'mediaRuId'
    | 'externalUrlKk'
    | 'externalUrlRu'
    | 'needsReviewKk'
    | 'needsReviewRu'
    | 'quiz'
  >[];
  /** The course's question bank, for assessment lessons (what each question is complete in). */
  bank?: BankQuestion[];
}

export interface BankQuestion {
  id: string;
  tags: string[];
  complete: Record<Locale, boolean>;
}

type Slot = { entity: ParityGap['entity']; id: string; field: ParityGap['field']; filled: Record<Locale, boolean> };

const bilingual = (kk: string, ru: string): Record<Locale, boolean> => ({
  kk: kk.trim().length > 0,
  ru: ru.trim().length > 0,
});

/**
 * Which required parts of a course are filled in each language. A course may be published only
 * when the report is complete: every slot filled in both languages, no lesson waiting for review
 * of its translation, and at least one module with at least one lesson.
 */
export function parityReport(input: ParityInput): ParityReport {
  const slots: Slot[] = [];
  const gaps: ParityGap[] = [];
  const { course } = input;
  slots.push({ entity: 'course', id: course.id, field: 'title', filled: bilingual(course.titleKk, course.titleRu) });
  slots.push({
    entity: 'course',
    id: course.id,
    field: 'summary',
    filled: bilingual(course.summaryKk, course.summaryRu),
  });
  if (!input.modules.length)
    gaps.push({ entity: 'course', id: course.id, field: 'modules', locale: null, reason: 'empty' });

  for (const courseModule of input.modules) {
    slots.push({
      entity: 'module',
      id: courseModule.id,
      field: 'title',
      filled: bilingual(courseModule.titleKk, courseModule.titleRu),
    });
    if (!input.lessons.some((lesson) => lesson.moduleId === courseModule.id)) {
      gaps.push({ entity: 'module', id: courseModule.id, field: 'lessons', locale: null, reason: 'empty' });
    }
  }

  const reviewGaps: ParityGap[] = [];
  for (const lesson of input.lessons) {
    slots.push({ entity: 'lesson', id: lesson.id, field: 'title', filled: bilingual(lesson.titleKk, lesson.titleRu) });
    if (lesson.type === 'text') {
      slots.push({
        entity: 'lesson',
        id: lesson.id,
        field: 'body',
        filled: { kk: !isBlankHtml(lesson.bodyKk), ru: !isBlankHtml(lesson.bodyRu) },
      });
    } else if (lesson.type === 'video') {
      slots.push({
        entity: 'lesson',
        id: lesson.id,
        field: 'media',
        filled: { kk: !!(lesson.mediaKkId || lesson.externalUrlKk), ru: !!(lesson.mediaRuId || lesson.externalUrlRu) },
      });
    } else if (lesson.type === 'document') {
      slots.push({
        entity: 'lesson',
        id: lesson.id,
        field: 'media',
        filled: { kk: !!lesson.mediaKkId, ru: !!lesson.mediaRuId },
      });
    }
    if (lesson.type === 'assessment') slots.push(...quizParity(lesson.id, lesson.quiz, input.bank ?? [], gaps));
    if (lesson.needsReviewKk) reviewGaps.push(reviewGap(lesson.id, 'kk'));
    if (lesson.needsReviewRu) reviewGaps.push(reviewGap(lesson.id, 'ru'));
  }

  const filled = { kk: 0, ru: 0 };
  for (const slot of slots) {
    for (const locale of LOCALES) {
      if (slot.filled[locale]) filled[locale] += 1;
      else gaps.push({ entity: slot.entity, id: slot.id, field: slot.field, locale, reason: 'missing' });
    }
  }
  // A lesson waiting for review is not complete in that language.
  for (const gap of reviewGaps) {
    if (gap.locale) filled[gap.locale] = Math.max(0, filled[gap.locale] - 1);
    gaps.push(gap);
  }
  return { complete: gaps.length === 0, total: slots.length, filled, gaps };
}

function reviewGap(lessonId: string, locale: Locale): ParityGap {
  return { entity: 'lesson', id: lessonId, field: 'body', locale, reason: 'needsReview' };
}

/**
 * An assessment lesson is complete when its quiz is set up, every fixed question is in the bank
 * and complete in the language, and every pool has enough questions complete in both languages.
 */
function quizParity(lessonId: string, quiz: QuizSettings | null, bank: BankQuestion[], gaps: ParityGap[]): Slot[] {
  if (!quiz) {
    gaps.push({ entity: 'lesson', id: lessonId, field: 'quiz', locale: null, reason: 'missing' });
    return [];
  }
  if (quiz.mode === 'fixed') {
    const byId = new Map(bank.map((q) => [q.id, q]));
    const questions = quiz.questionIds.map((id) => byId.get(id));
    if (!questions.length || questions.some((q) => !q)) {
      gaps.push({ entity: 'lesson', id: lessonId, field: 'quiz', locale: null, reason: 'missing' });
    }
    const present = questions.filter((q): q is BankQuestion => !!q);
    return [
      {
        entity: 'lesson',
        id: lessonId,
        field: 'quiz',
        filled: { kk: present.every((q) => q.complete.kk), ru: present.every((q) => q.complete.ru) },
      },
    ];
  }
  for (const pool of quiz.pools) {
    const available = bank.filter((q) => q.tags.includes(pool.tag) && q.complete.kk && q.complete.ru).length;
    if (available < pool.count) {
      gaps.push({
        entity: 'lesson',
        id: lessonId,
        field: 'quiz',
        locale: null,
        reason: 'poolTooSmall',
        params: { tag: pool.tag, count: pool.count, available },
      });
    }
  }
  return [];
}
