import {
  COURSE_LIMITS,
  FieldErrorCode,
  LOCALES,
  type Bilingual,
  type LessonContent,
  type LessonResponse,
  type LessonType,
  type Locale,
  type UpdateLessonRequest,
} from '@bilikti/contracts';

import type { FieldErrors } from '../../../lib/form-errors';
import { checkLength } from '../../../lib/validation';
import { quizFormValuesOf, toQuizSettings, validateQuiz, type QuizFormValues } from './quiz-form-values';

/** A video comes from an upload or from an external https link. */
export type VideoSource = 'upload' | 'link';

export interface LessonLanguageValues {
  /** HTML from the rich-text editor ('' when empty). */
  body: string;
  mediaId: string | null;
  externalUrl: string;
  videoSource: VideoSource;
}

export interface LessonFormValues {
  title: Bilingual;
  /** As typed; empty for "not set". */
  durationMinutes: string;
  content: Record<Locale, LessonLanguageValues>;
  /** Assessment lessons only; a quiz never set up shows the defaults. */
  quiz: QuizFormValues | null;
}

const HTTPS_URL = /^https:\/\/[^\s/$.?#][^\s]*$/i;

export function lessonFormValuesOf(lesson: LessonResponse): LessonFormValues {
  const language = (content: LessonContent): LessonLanguageValues => ({
    body: content.body,
    mediaId: content.mediaId,
    externalUrl: content.externalUrl ?? '',
    videoSource: content.externalUrl ? 'link' : 'upload',
  });
  return {
    title: { ...lesson.title },
    durationMinutes: lesson.durationMinutes === null ? '' : String(lesson.durationMinutes),
    content: { kk: language(lesson.content.kk), ru: language(lesson.content.ru) },
    quiz: lesson.type === 'assessment' ? quizFormValuesOf(lesson.quiz) : null,
  };
}

export function validateLesson(values: LessonFormValues, type: LessonType): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.title.kk.trim() && !values.title.ru.trim()) errors['title.kk'] = { code: FieldErrorCode.Required };
  checkLength(errors, 'title.kk', values.title.kk, 0, COURSE_LIMITS.titleMax);
  checkLength(errors, 'title.ru', values.title.ru, 0, COURSE_LIMITS.titleMax);
  if (values.durationMinutes.trim()) {
    const minutes = Number(values.durationMinutes);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > COURSE_LIMITS.durationMinutesMax) {
      errors.durationMinutes = {
        code: FieldErrorCode.OutOfRange,
        params: { min: 1, max: COURSE_LIMITS.durationMinutesMax },
      };
    }
  }
  for (const locale of LOCALES) {
    const content = values.content[locale];
    if (content.body.length > COURSE_LIMITS.bodyMax) {
      errors[`content.${locale}.body`] = { code: FieldErrorCode.TooLong, params: { max: COURSE_LIMITS.bodyMax } };
    }
    if (type === 'video' && content.videoSource === 'link' && content.externalUrl.trim()) {
      const url = content.externalUrl.trim();
      if (!HTTPS_URL.test(url)) errors[`content.${locale}.externalUrl`] = { code: FieldErrorCode.InvalidUrl };
      else checkLength(errors, `content.${locale}.externalUrl`, url, 0, COURSE_LIMITS.externalUrlMax);
    }
  }
  if (values.quiz) validateQuiz(values.quiz, errors);
  return errors;
}

/** What one language sends for a lesson type: text has only a body; the others a file or link too. */
function contentOf(values: LessonLanguageValues, type: LessonType): Partial<LessonContent> {
  switch (type) {
    case 'text':
    case 'assessment':
      return { body: values.body };
    case 'document':
      return { body: values.body, mediaId: values.mediaId };
    case 'video':
      return {
        body: values.body,
        mediaId: values.videoSource === 'upload' ? values.mediaId : null,
        externalUrl: values.videoSource === 'link' ? values.externalUrl.trim() || null : null,
      };
  }
}

const minutesOf = (value: string) => (value.trim() ? Number(value) : null);
const trimBoth = (value: Bilingual): Bilingual => ({ kk: value.kk.trim(), ru: value.ru.trim() });

/**
 * Only what changed since the server's copy: the API flags the other language for review when a
 * language's content changes after publishing, so untouched content must not be sent.
 */
export function toUpdateLessonRequest(
  values: LessonFormValues,
  base: LessonFormValues,
  version: number,
  type: LessonType,
): UpdateLessonRequest {
  const request: UpdateLessonRequest = { version };
  const title = trimBoth(values.title);
  if (title.kk !== base.title.kk || title.ru !== base.title.ru) request.title = title;
  const minutes = minutesOf(values.durationMinutes);
  if (minutes !== minutesOf(base.durationMinutes)) request.durationMinutes = minutes;
  for (const locale of LOCALES) {
    const next = contentOf(values.content[locale], type);
    const previous = contentOf(base.content[locale], type);
    const changed = Object.fromEntries(
      Object.entries(next).filter(([field, value]) => previous[field as keyof LessonContent] !== value),
    ) as Partial<LessonContent>;
    if (Object.keys(changed).length > 0) request.content = { ...request.content, [locale]: changed };
  }
  if (values.quiz && base.quiz) {
    const quiz = toQuizSettings(values.quiz);
    if (JSON.stringify(quiz) !== JSON.stringify(toQuizSettings(base.quiz))) request.quiz = quiz;
  }
  return request;
}
