import type {
  CourseListItem,
  CourseResponse,
  EnrolmentLessonProgress,
  EnrolmentResponse,
  EnrolmentSummary,
  LessonProgressResponse,
  LessonViewResponse,
  MediaResponse,
  Page,
  ProviderResponse,
} from '@bilikti/contracts';

import { CATALOG_PAGE_SIZE } from '../hooks/use-catalog-filters';

export const providers: ProviderResponse[] = [
  {
    id: 'p-academy',
    name: { kk: 'Мемлекеттік басқару академиясы', ru: 'Академия государственного управления' },
    logoMediaId: null,
    courseCount: 4,
  },
  {
    id: 'p-empty',
    name: { kk: 'Жаңа ұйым', ru: 'Новая организация' },
    logoMediaId: null,
    courseCount: 0,
  },
  {
    id: 'p-center',
    name: { kk: 'Аймақтық оқу орталығы', ru: 'Региональный учебный центр' },
    logoMediaId: null,
    courseCount: 2,
  },
];

export function buildCourseListItem(overrides: Partial<CourseListItem> = {}): CourseListItem {
  return {
    id: 'c-budget',
    code: 'BUDGET-101',
    title: { kk: 'Жергілікті бюджет негіздері', ru: 'Основы местного бюджета' },
    summary: {
      kk: 'Аудандық бюджет қалай құрылады және депутат оны қалай бақылайды.',
      ru: 'Как формируется районный бюджет и как депутат его контролирует.',
    },
    audience: 'deputies',
    academicHours: 24,
    topics: ['local_budget', 'public_procurement'],
    coverMediaId: 'm-cover',
    provider: { id: 'p-academy', name: providers[0]!.name },
    status: 'published',
    languages: ['kk', 'ru'],
    moduleCount: 3,
    lessonCount: 12,
    versionNumber: 2,
    publishedAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    ...overrides,
  };
}

export function coursePage(items: CourseListItem[], total = items.length, page = 1): { body: Page<CourseListItem> } {
  return { body: { items, total, page, pageSize: CATALOG_PAGE_SIZE } };
}

export function buildCourse(overrides: Partial<CourseResponse> = {}): CourseResponse {
  return {
    id: 'c-budget',
    code: 'BUDGET-101',
    title: { kk: 'Жергілікті бюджет негіздері', ru: 'Основы местного бюджета' },
    summary: {
      kk: 'Аудандық бюджет қалай құрылады және депутат оны қалай бақылайды.',
      ru: 'Как формируется районный бюджет и как депутат его контролирует.',
    },
    audience: 'both',
    academicHours: 24,
    topics: ['local_budget'],
    coverMediaId: 'm-cover',
    provider: providers[0]!,
    authors: [
      { id: 'u-1', fullName: 'Асан Төлеуов' },
      { id: 'u-2', fullName: 'Мария Ким' },
    ],
    languages: ['kk', 'ru'],
    version: { id: 'v-3', number: 3, publishedAt: new Date(2026, 0, 5, 12, 0).toISOString() },
    modules: [
      {
        id: 'mod-1',
        title: { kk: 'Бюджет деген не', ru: 'Что такое бюджет' },
        lessons: [
          { id: 'l-intro', type: 'text', title: { kk: 'Кіріспе', ru: 'Введение' }, durationMinutes: 10 },
          { id: 'l-video', type: 'video', title: { kk: 'Бюджет циклі', ru: 'Бюджетный цикл' }, durationMinutes: 21 },
        ],
      },
      {
        id: 'mod-2',
        title: { kk: 'Бақылау', ru: 'Контроль' },
        lessons: [
          {
            id: 'l-code',
            type: 'document',
            title: { kk: 'Бюджет кодексі', ru: 'Бюджетный кодекс' },
            durationMinutes: null,
          },
          {
            id: 'l-test',
            type: 'assessment',
            title: { kk: 'Қорытынды тест', ru: 'Итоговый тест' },
            durationMinutes: 5,
          },
        ],
      },
    ],
    selfEnrolment: true,
    enrolment: null,
    ...overrides,
  };
}

export function buildEnrolmentSummary(overrides: Partial<EnrolmentSummary> = {}): EnrolmentSummary {
  const course = buildCourse();
  return {
    id: 'e-budget',
    status: 'active',
    source: 'self',
    course: {
      id: course.id,
      code: course.code,
      title: course.title,
      coverMediaId: course.coverMediaId,
      provider: { id: course.provider.id, name: course.provider.name },
      academicHours: course.academicHours,
    },
    versionNumber: 3,
    percent: 25,
    completedLessons: 1,
    totalLessons: 4,
    dueAt: null,
    overdue: false,
    enrolledAt: '2026-02-01T09:00:00.000Z',
    completedAt: null,
    lastActivityAt: '2026-02-03T09:00:00.000Z',
    continueLessonId: 'l-video',
    ...overrides,
  };
}

export function lessonProgress(
  lessonId: string,
  overrides: Partial<EnrolmentLessonProgress> = {},
): EnrolmentLessonProgress {
  const type = buildCourse()
    .modules.flatMap((module) => module.lessons)
    .find((lesson) => lesson.id === lessonId)?.type;
  return {
    lessonId,
    type: type ?? 'text',
    status: 'not_started',
    timeSpentSeconds: 0,
    positionSeconds: 0,
    completedAt: null,
    ...overrides,
  };
}

/** Enrolled in the course of {@link buildCourse}: the first lesson done, the video half watched. */
export function buildEnrolment(overrides: Partial<EnrolmentResponse> = {}): EnrolmentResponse {
  const course = buildCourse();
  return {
    ...buildEnrolmentSummary(),
    modules: course.modules,
    languages: course.languages,
    lessons: [
      lessonProgress('l-intro', {
        status: 'completed',
        timeSpentSeconds: 300,
        completedAt: '2026-02-02T09:00:00.000Z',
      }),
      lessonProgress('l-video', { status: 'in_progress', timeSpentSeconds: 700, positionSeconds: 640 }),
      lessonProgress('l-code'),
      lessonProgress('l-test'),
    ],
    ...overrides,
  };
}

/** The course as an enrolled learner gets it. */
export function buildEnrolledCourse(overrides: Partial<CourseResponse> = {}): CourseResponse {
  return buildCourse({ enrolment: { id: 'e-budget', status: 'active', percent: 25 }, ...overrides });
}

export function buildProgress(overrides: Partial<LessonProgressResponse> = {}): LessonProgressResponse {
  return {
    lessonId: 'l-intro',
    enrolmentId: 'e-budget',
    status: 'completed',
    timeSpentSeconds: 320,
    positionSeconds: 0,
    watchedSeconds: 0,
    durationSeconds: null,
    completedAt: '2026-02-04T09:00:00.000Z',
    updatedAt: '2026-02-04T09:00:00.000Z',
    coursePercent: 50,
    enrolmentStatus: 'active',
    ...overrides,
  };
}

export const videoFile: MediaResponse = {
  id: 'm-video',
  kind: 'video',
  contentType: 'video/webm',
  sizeBytes: 8_912_896,
  originalName: 'cycle.webm',
  url: '/api/media/m-video',
  createdAt: '2026-01-04T09:00:00.000Z',
};

export const pdfFile: MediaResponse = {
  id: 'm-pdf',
  kind: 'pdf',
  contentType: 'application/pdf',
  sizeBytes: 389_120,
  originalName: 'kodeks.pdf',
  url: '/api/media/m-pdf',
  createdAt: '2026-01-04T09:00:00.000Z',
};

export function buildLesson(overrides: Partial<LessonViewResponse> = {}): LessonViewResponse {
  return {
    id: 'l-intro',
    courseId: 'c-budget',
    moduleId: 'mod-1',
    type: 'text',
    title: { kk: 'Кіріспе', ru: 'Введение' },
    content: {
      kk: { body: '<p>Бюджет — <strong>ауданның</strong> қаржы жоспары.</p>', mediaId: null, externalUrl: null },
      ru: { body: '<p>Бюджет — <strong>финансовый</strong> план района.</p>', mediaId: null, externalUrl: null },
    },
    media: [],
    durationMinutes: 10,
    versionNumber: 3,
    ...overrides,
  };
}
