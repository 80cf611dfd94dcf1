import type { Bilingual, Locale } from './i18n';
import type { MaslikhatLevel, Position, Role } from './roles';

/** Paths of the API, relative to the server origin. */
export const ApiPath = {
  health: '/api/health',
  login: '/api/auth/login',
  logout: '/api/auth/logout',
  me: '/api/me',
  mePassword: '/api/me/password',
  users: '/api/users',
  user: (id: string) => `/api/users/${encodeURIComponent(id)}`,
  regions: '/api/regions',
  parties: '/api/parties',
  docs: '/api/docs',
  courses: '/api/courses',
  course: (id: string) => `/api/courses/${encodeURIComponent(id)}`,
  coursePublish: (id: string) => `/api/courses/${encodeURIComponent(id)}/publish`,
  courseVersions: (id: string) => `/api/courses/${encodeURIComponent(id)}/versions`,
  courseAuthors: (id: string) => `/api/courses/${encodeURIComponent(id)}/authors`,
  courseAuthor: (id: string, userId: string) =>
    `/api/courses/${encodeURIComponent(id)}/authors/${encodeURIComponent(userId)}`,
  courseModules: (id: string) => `/api/courses/${encodeURIComponent(id)}/modules`,
  module: (id: string) => `/api/modules/${encodeURIComponent(id)}`,
  moduleLessons: (id: string) => `/api/modules/${encodeURIComponent(id)}/lessons`,
  lesson: (id: string) => `/api/lessons/${encodeURIComponent(id)}`,
  media: '/api/media',
  mediaLimits: '/api/media/limits',
  mediaFile: (id: string) => `/api/media/${encodeURIComponent(id)}`,
  courseEnrolments: (id: string) => `/api/courses/${encodeURIComponent(id)}/enrolments`,
  myEnrolments: '/api/me/enrolments',
  enrolment: (id: string) => `/api/enrolments/${encodeURIComponent(id)}`,
  lessonProgress: (id: string) => `/api/lessons/${encodeURIComponent(id)}/progress`,
  progressBatch: '/api/progress/batch',
  courseQuestions: (id: string) => `/api/courses/${encodeURIComponent(id)}/questions`,
  question: (id: string) => `/api/questions/${encodeURIComponent(id)}`,
  lessonQuiz: (id: string) => `/api/lessons/${encodeURIComponent(id)}/quiz`,
  lessonAttempts: (id: string) => `/api/lessons/${encodeURIComponent(id)}/attempts`,
  /** The export's headings and labels are in `locale`; it holds the attempts the filters let through. */
  lessonAttemptsExport: (
    id: string,
    format: 'csv' | 'xlsx',
    locale: Locale,
    filters: { status?: string; q?: string } = {},
  ) => {
    const query = Object.entries({ format, locale, ...filters })
      .filter(([, value]) => value)
      .map(([key, value]) => `${key}=${encodeURIComponent(value ?? '')}`)
      .join('&');
    return `/api/lessons/${encodeURIComponent(id)}/attempts/export?${query}`;
  },
  lessonItemStats: (id: string) => `/api/lessons/${encodeURIComponent(id)}/item-stats`,
  attempt: (id: string) => `/api/attempts/${encodeURIComponent(id)}`,
  attemptAnswer: (id: string, questionId: string) =>
    `/api/attempts/${encodeURIComponent(id)}/answers/${encodeURIComponent(questionId)}`,
  attemptSubmit: (id: string) => `/api/attempts/${encodeURIComponent(id)}/submit`,
  attemptGrades: (id: string) => `/api/attempts/${encodeURIComponent(id)}/grades`,
  gradingQueue: '/api/grading-queue',
  providers: '/api/providers',
  provider: (id: string) => `/api/providers/${encodeURIComponent(id)}`,
} as const;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface HealthResponse {
  status: 'ok';
  database: 'up';
  version: string;
}

export type RegionType = 'oblast' | 'city';

export interface RegionResponse {
  code: string;
  type: RegionType;
  name: Bilingual;
  centre: Bilingual | null;
}

export interface PartyResponse {
  code: string;
  name: Bilingual;
}

/** Where a learner works in local government. */
export interface LearnerProfile {
  position: Position;
  regionCode: string;
  /** Only for maslikhat deputies. */
  maslikhatLevel: MaslikhatLevel | null;
  organisation: string;
  /** Party code, or null for non-partisan. */
  partyCode: string | null;
}

export interface UserResponse {
  id: string;
  email: string;
  fullName: string;
  locale: Locale;
  roles: Role[];
  isActive: boolean;
  /** Present when the user holds the learner role. */
  profile: LearnerProfile | null;
  /** The organisation an instructor authors courses for. */
  providerId: string | null;
  createdAt: string;
  lastLoginAt: string | null;
}

export type MeResponse = UserResponse;

export interface LoginRequest {
  email: string;
  password: string;
}

export interface UpdateMeRequest {
  fullName?: string;
  locale?: Locale;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface CreateUserRequest {
  email: string;
  fullName: string;
  password: string;
  locale: Locale;
  roles: Role[];
  profile?: LearnerProfile | null;
  providerId?: string | null;
}

export interface UpdateUserRequest {
  email?: string;
  fullName?: string;
  locale?: Locale;
  roles?: Role[];
  isActive?: boolean;
  profile?: LearnerProfile | null;
  providerId?: string | null;
  /** Sets a new password (the user's sessions end). */
  password?: string;
}

export interface ListUsersQuery {
  q?: string;
  role?: Role;
  regionCode?: string;
  position?: Position;
  isActive?: boolean;
  page?: number;
  pageSize?: number;
}
