import type {
  CourseDraftResponse,
  CourseListItem,
  CourseVersionResponse,
  LessonResponse,
  ModuleResponse,
  ProviderResponse,
} from '@bilikti/contracts';

export const provider: ProviderResponse = {
  id: 'p-academy',
  name: { kk: 'Мемлекеттік басқару академиясы', ru: 'Академия государственного управления' },
  logoMediaId: null,
  courseCount: 3,
};

export function buildLesson(overrides: Partial<LessonResponse> = {}): LessonResponse {
  return {
    id: 'l-1',
    moduleId: 'm-1',
    courseId: 'c-1',
    position: 0,
    type: 'text',
    title: { kk: 'Бюджет деген не', ru: 'Что такое бюджет' },
    content: {
      kk: { body: '<p>Бюджет — жоспар.</p>', mediaId: null, externalUrl: null },
      ru: { body: '<p>Бюджет — это план.</p>', mediaId: null, externalUrl: null },
    },
    media: [],
    durationMinutes: 15,
    needsReview: { kk: false, ru: false },
    quiz: null,
    version: 3,
    updatedAt: '2026-02-01T10:00:00.000Z',
    ...overrides,
  };
}

export function buildModule(overrides: Partial<ModuleResponse> = {}): ModuleResponse {
  return {
    id: 'm-1',
    courseId: 'c-1',
    position: 0,
    title: { kk: 'Жергілікті бюджет', ru: 'Местный бюджет' },
    version: 1,
    lessons: [buildLesson()],
    ...overrides,
  };
}

export function buildDraft(overrides: Partial<CourseDraftResponse> = {}): CourseDraftResponse {
  return {
    id: 'c-1',
    code: 'AKIM-101',
    title: { kk: 'Ауыл бюджеті', ru: 'Бюджет села' },
    summary: { kk: 'Ауыл әкімдеріне арналған курс.', ru: 'Курс для акимов сёл.' },
    audience: 'rural_akims',
    academicHours: 12,
    topics: ['local_budget'],
    coverMediaId: null,
    provider,
    status: 'draft',
    authors: [
      {
        id: 'u-instructor',
        fullName: 'Сәуле Омарова',
        email: 'saule@example.kz',
        role: 'owner',
        addedAt: '2026-01-20T08:00:00.000Z',
      },
    ],
    modules: [buildModule()],
    parity: { complete: true, total: 6, filled: { kk: 6, ru: 6 }, gaps: [] },
    publishedVersion: null,
    hasUnpublishedChanges: true,
    canManageAuthors: true,
    selfEnrolment: true,
    version: 5,
    createdAt: '2026-01-20T08:00:00.000Z',
    updatedAt: '2026-02-01T10:00:00.000Z',
    ...overrides,
  };
}

export function buildListItem(overrides: Partial<CourseListItem> = {}): CourseListItem {
  return {
    id: 'c-1',
    code: 'AKIM-101',
    title: { kk: 'Ауыл бюджеті', ru: 'Бюджет села' },
    summary: { kk: '', ru: '' },
    audience: 'rural_akims',
    academicHours: 12,
    topics: [],
    coverMediaId: null,
    provider: { id: provider.id, name: provider.name },
    status: 'published',
    languages: ['kk', 'ru'],
    moduleCount: 2,
    lessonCount: 7,
    versionNumber: 2,
    publishedAt: '2026-02-01T10:00:00.000Z',
    parityComplete: false,
    hasUnpublishedChanges: true,
    updatedAt: '2026-02-03T10:00:00.000Z',
    ...overrides,
  };
}

export function buildVersion(overrides: Partial<CourseVersionResponse> = {}): CourseVersionResponse {
  return {
    id: 'v-2',
    number: 2,
    changeNote: { kk: 'Жаңа модуль қосылды.', ru: 'Добавлен новый модуль.' },
    publishedAt: '2026-02-01T10:00:00.000Z',
    publishedBy: { id: 'u-instructor', fullName: 'Сәуле Омарова' },
    ...overrides,
  };
}
