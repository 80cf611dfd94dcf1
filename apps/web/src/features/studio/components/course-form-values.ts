import {
  COURSE_LIMITS,
  FieldErrorCode,
  type Audience,
  type Bilingual,
  type CourseDraftResponse,
  type CreateCourseRequest,
  type Topic,
  type UpdateCourseRequest,
} from '@bilikti/contracts';

import type { FieldErrors } from '../../../lib/form-errors';
import { checkLength, checkRequired } from '../../../lib/validation';

const CODE_PATTERN = new RegExp(COURSE_LIMITS.codePattern);

export interface NewCourseFormValues {
  code: string;
  title: Bilingual;
  audience: Audience | '';
  /** As typed; a number only when sent. */
  academicHours: string;
  /** Admins only; empty for instructors, whose courses go to their provider. */
  providerId: string;
}

export interface CourseFormValues {
  code: string;
  title: Bilingual;
  summary: Bilingual;
  audience: Audience;
  academicHours: string;
  topics: Topic[];
  coverMediaId: string | null;
  /** Learners may enrol themselves; otherwise a coordinator assigns the course. */
  selfEnrolment: boolean;
}

export const emptyNewCourseFormValues = (): NewCourseFormValues => ({
  code: '',
  title: { kk: '', ru: '' },
  audience: '',
  academicHours: '',
  providerId: '',
});

export function courseFormValuesOf(draft: CourseDraftResponse): CourseFormValues {
  return {
    code: draft.code,
    title: { ...draft.title },
    summary: { ...draft.summary },
    audience: draft.audience,
    academicHours: String(draft.academicHours),
    topics: [...draft.topics],
    coverMediaId: draft.coverMediaId,
    selfEnrolment: draft.selfEnrolment,
  };
}

function checkCode(errors: FieldErrors, code: string) {
  checkRequired(errors, 'code', code);
  if (!errors.code && !CODE_PATTERN.test(code.trim())) errors.code = { code: FieldErrorCode.InvalidCode };
}

/** A draft may lack one language for now (the parity meter says so), but not both. */
function checkTitle(errors: FieldErrors, title: Bilingual) {
  if (!title.kk.trim() && !title.ru.trim()) errors['title.kk'] = { code: FieldErrorCode.Required };
  checkLength(errors, 'title.kk', title.kk, 0, COURSE_LIMITS.titleMax);
  checkLength(errors, 'title.ru', title.ru, 0, COURSE_LIMITS.titleMax);
}

function checkHours(errors: FieldErrors, hours: string) {
  checkRequired(errors, 'academicHours', hours);
  const value = Number(hours);
  if (
    !errors.academicHours &&
    (!Number.isInteger(value) || value < COURSE_LIMITS.academicHoursMin || value > COURSE_LIMITS.academicHoursMax)
  ) {
    errors.academicHours = {
      code: FieldErrorCode.OutOfRange,
      params: { min: COURSE_LIMITS.academicHoursMin, max: COURSE_LIMITS.academicHoursMax },
    };
  }
}

/** Same field paths as the API, so both kinds of error show in the same place. */
export function validateNewCourse(values: NewCourseFormValues, chooseProvider: boolean): FieldErrors {
  const errors: FieldErrors = {};
  checkCode(errors, values.code);
  checkTitle(errors, values.title);
  checkRequired(errors, 'audience', values.audience);
  checkHours(errors, values.academicHours);
  if (chooseProvider) checkRequired(errors, 'providerId', values.providerId);
  return errors;
}

export function validateCourse(values: CourseFormValues): FieldErrors {
  const errors: FieldErrors = {};
  checkCode(errors, values.code);
  checkTitle(errors, values.title);
  checkLength(errors, 'summary.kk', values.summary.kk, 0, COURSE_LIMITS.summaryMax);
  checkLength(errors, 'summary.ru', values.summary.ru, 0, COURSE_LIMITS.summaryMax);
  checkHours(errors, values.academicHours);
  if (values.topics.length > COURSE_LIMITS.topicsMax) {
    errors.topics = { code: FieldErrorCode.OutOfRange, params: { max: COURSE_LIMITS.topicsMax } };
  }
  return errors;
}

const trimBoth = (value: Bilingual): Bilingual => ({ kk: value.kk.trim(), ru: value.ru.trim() });

export function toCreateCourseRequest(values: NewCourseFormValues, chooseProvider: boolean): CreateCourseRequest {
  return {
    code: values.code.trim(),
    title: trimBoth(values.title),
    audience: values.audience as Audience,
    academicHours: Number(values.academicHours),
    ...(chooseProvider ? { providerId: values.providerId } : {}),
  };
}

export function toUpdateCourseRequest(values: CourseFormValues, version: number): UpdateCourseRequest {
  return {
    version,
    code: values.code.trim(),
    title: trimBoth(values.title),
    summary: trimBoth(values.summary),
    audience: values.audience,
    academicHours: Number(values.academicHours),
    topics: values.topics,
    coverMediaId: values.coverMediaId,
    selfEnrolment: values.selfEnrolment,
  };
}
