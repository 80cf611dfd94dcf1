import type {
  CourseLessonOutline,
  CourseModuleOutline,
  LessonContent,
  LessonViewResponse,
  Locale,
} from '@bilikti/contracts';

import { otherLocale } from '../../../components/content/localized-text';

export interface OutlineEntry {
  lesson: CourseLessonOutline;
  module: CourseModuleOutline;
  moduleIndex: number;
}

/** The course's lessons in reading order, each with its module. */
export function flattenSyllabus(modules: CourseModuleOutline[]): OutlineEntry[] {
  return modules.flatMap((module, moduleIndex) => module.lessons.map((lesson) => ({ lesson, module, moduleIndex })));
}

function isEmpty(lesson: LessonViewResponse, locale: Locale): boolean {
  const content: LessonContent = lesson.content[locale];
  const hasContent = content.body.trim() !== '' || content.mediaId !== null || content.externalUrl !== null;
  return lesson.title[locale].trim() === '' || (!hasContent && lesson.type !== 'assessment');
}

/**
 * The language to show a lesson in: the preferred one, unless the lesson is empty in it.
 * Published lessons are complete in both; this only guards against a gap in old data.
 */
export function lessonLocale(lesson: LessonViewResponse, preferred: Locale): Locale {
  const other = otherLocale(preferred);
  return isEmpty(lesson, preferred) && !isEmpty(lesson, other) ? other : preferred;
}
