import type { Bilingual, Locale } from './i18n';

/** Who a course is written for. */
export const AUDIENCES = ['deputies', 'rural_akims', 'both'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * Topic tags, a fixed vocabulary so that filters work the same in both languages.
 * The web app translates `courses:topics.<code>`.
 */
export const TOPICS = [
  'public_policy',
  'citizen_dialogue',
  'reporting_to_voters',
  'legal_literacy',
  'local_budget',
  'public_procurement',
  'local_governance',
  'rural_development',
  'citizen_appeals',
  'national_reforms',
  'digital_government',
  'anti_corruption',
] as const;
export type Topic = (typeof TOPICS)[number];

/** `assessment` lessons are authored with the assessments feature; the others here. */
export const LESSON_TYPES = ['text', 'video', 'document', 'assessment'] as const;
export type LessonType = (typeof LESSON_TYPES)[number];
/** Lesson types an author can create in the course editor. */
export const AUTHORABLE_LESSON_TYPES = [
  'text',
  'video',
  'document',
  'assessment',
] as const satisfies readonly LessonType[];

/** When learners see correct answers and explanations: never, right after submitting, or after the window closes. */
export const FEEDBACK_POLICIES = ['none', 'after_submit', 'after_close'] as const;
export type FeedbackPolicy = (typeof FEEDBACK_POLICIES)[number];

export const QUIZ_LIMITS = {
  questionsMax: 100,
  poolsMax: 10,
  drawMax: 100,
  timeLimitMinutesMax: 600,
  attemptsMax: 20,
} as const;

/** A random draw of `count` questions tagged `tag` from the course's question bank. */
export interface QuizPool {
  tag: string;
  count: number;
}

/** The settings of an assessment lesson (a quiz or an exam). */
export interface QuizSettings {
  /** `fixed`: these questions, in this order; `pools`: random draws per tag. */
  mode: 'fixed' | 'pools';
  questionIds: string[];
  pools: QuizPool[];
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  /** null: no time limit. */
  timeLimitMinutes: number | null;
  /** null: unlimited attempts. */
  maxAttempts: number | null;
  /** Score needed to pass, in percent of the points. */
  passPercent: number;
  availableFrom: string | null;
  availableUntil: string | null;
  feedback: FeedbackPolicy;
}

/** `draft`: never published. `published`: learners see the latest version. `archived`: out of the catalog. */
export const COURSE_STATUSES = ['draft', 'published', 'archived'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

export const COURSE_AUTHOR_ROLES = ['owner', 'coauthor'] as const;
export type CourseAuthorRole = (typeof COURSE_AUTHOR_ROLES)[number];

/** Uploaded files: cover images and logos, lesson videos and PDF documents. */
export const MEDIA_KINDS = ['image', 'video', 'pdf'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/** Content types the API accepts, recognised from the file's bytes (not its name). */
export const MEDIA_CONTENT_TYPES: Record<MediaKind, readonly string[]> = {
  image: ['image/png', 'image/jpeg', 'image/webp'],
  video: ['video/mp4', 'video/webm'],
  pdf: ['application/pdf'],
};

export const COURSE_LIMITS = {
  codeMax: 40,
  /** Letters, digits and dashes, e.g. `AKIM-101`. */
  codePattern: '^[A-Za-z0-9][A-Za-z0-9-]{1,39}$',
  titleMax: 200,
  summaryMax: 2000,
  /** Characters of HTML per language in one lesson body. */
  bodyMax: 200_000,
  academicHoursMin: 1,
  academicHoursMax: 500,
  topicsMax: 6,
  durationMinutesMax: 600,
  changeNoteMax: 1000,
  externalUrlMax: 2000,
  providerNameMax: 300,
  modulesMax: 50,
  lessonsPerModuleMax: 100,
  authorsMax: 20,
} as const;

export interface MediaResponse {
  id: string;
  kind: MediaKind;
  contentType: string;
  sizeBytes: number;
  originalName: string;
  /** Where the file is served (with range requests). */
  url: string;
  createdAt: string;
}

/** Largest upload per kind, in bytes, as configured on the server. */
export type MediaLimits = Record<MediaKind, number>;

export interface ProviderResponse {
  id: string;
  name: Bilingual;
  logoMediaId: string | null;
  /** Published courses in the catalog. */
  courseCount: number;
}

export interface ProviderRequest {
  name: Bilingual;
  logoMediaId?: string | null;
}

export interface PersonRef {
  id: string;
  fullName: string;
}

export interface CourseAuthorResponse extends PersonRef {
  email: string;
  role: CourseAuthorRole;
  addedAt: string;
}

/** What one language of a lesson holds. */
export interface LessonContent {
  /** Sanitized HTML: the text of a text lesson, or the description of a video or document. */
  body: string;
  /** The uploaded video (mp4/webm) or PDF for this language. */
  mediaId: string | null;
  /** A video lesson may link to an external video (https) instead of an upload. */
  externalUrl: string | null;
}

export interface LessonResponse {
  id: string;
  moduleId: string;
  courseId: string;
  position: number;
  type: LessonType;
  title: Bilingual;
  content: Record<Locale, LessonContent>;
  /** Files referenced by `content`, so the editor can name them. */
  media: MediaResponse[];
  durationMinutes: number | null;
  /** The other language changed after publishing; an author must confirm this one. */
  needsReview: Record<Locale, boolean>;
  /** Assessment lessons only. */
  quiz: QuizSettings | null;
  /** Send back on PATCH; a stale number gets 409. */
  version: number;
  updatedAt: string;
}

export interface ModuleResponse {
  id: string;
  courseId: string;
  position: number;
  title: Bilingual;
  version: number;
  lessons: LessonResponse[];
}

/** Which part of a course a parity gap is in. */
export type ParityEntity = 'course' | 'module' | 'lesson';
export type ParityField = 'title' | 'summary' | 'body' | 'media' | 'modules' | 'lessons' | 'quiz';
/** `poolTooSmall`: a quiz draws more questions from a tag than the bank holds complete ones. */
export type ParityReason = 'missing' | 'needsReview' | 'empty' | 'poolTooSmall';

/** One thing that keeps a course from being complete in a language (`locale` null: both). */
export interface ParityGap {
  entity: ParityEntity;
  id: string;
  field: ParityField;
  locale: Locale | null;
  reason: ParityReason;
  /** For `poolTooSmall`: `{ tag, count, available }`. */
  params?: Record<string, string | number>;
}

export interface ParityReport {
  complete: boolean;
  /** Required slots per language, and how many are filled in each. */
  total: number;
  filled: Record<Locale, number>;
  gaps: ParityGap[];
}

export interface CourseVersionResponse {
  id: string;
  number: number;
  /** What changed in this version, in both languages. */
  changeNote: Bilingual;
  publishedAt: string;
  publishedBy: PersonRef;
}

/** The author's view: the editable draft with its parity and publishing state. */
export interface CourseDraftResponse {
  id: string;
  code: string;
  title: Bilingual;
  summary: Bilingual;
  audience: Audience;
  academicHours: number;
  topics: Topic[];
  coverMediaId: string | null;
  provider: ProviderResponse;
  status: CourseStatus;
  authors: CourseAuthorResponse[];
  modules: ModuleResponse[];
  parity: ParityReport;
  /** The latest published version, if any. */
  publishedVersion: CourseVersionResponse | null;
  /** The draft differs from the published version. */
  hasUnpublishedChanges: boolean;
  /** The caller may manage authors (the owner or an admin). */
  canManageAuthors: boolean;
  /** Learners may enrol themselves. */
  selfEnrolment: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CourseLessonOutline {
  id: string;
  type: LessonType;
  title: Bilingual;
  durationMinutes: number | null;
}

export interface CourseModuleOutline {
  id: string;
  title: Bilingual;
  lessons: CourseLessonOutline[];
}

/** The learner's view of a published course: the syllabus of its latest version. */
export interface CourseResponse {
  id: string;
  code: string;
  title: Bilingual;
  summary: Bilingual;
  audience: Audience;
  academicHours: number;
  topics: Topic[];
  coverMediaId: string | null;
  provider: ProviderResponse;
  authors: PersonRef[];
  languages: Locale[];
  version: { id: string; number: number; publishedAt: string };
  modules: CourseModuleOutline[];
  /** Learners may enrol themselves (otherwise a coordinator assigns the course). */
  selfEnrolment: boolean;
  /** The caller's enrolment in this course, if any. */
  enrolment: { id: string; status: 'active' | 'completed' | 'withdrawn'; percent: number } | null;
}

/** A published lesson as learners see it. */
export interface LessonViewResponse {
  id: string;
  courseId: string;
  moduleId: string;
  type: LessonType;
  title: Bilingual;
  content: Record<Locale, LessonContent>;
  media: MediaResponse[];
  durationMinutes: number | null;
  versionNumber: number;
}

/** One row of the catalog (`scope=catalog`) or of an author's list (`scope=mine`). */
export interface CourseListItem {
  id: string;
  code: string;
  title: Bilingual;
  summary: Bilingual;
  audience: Audience;
  academicHours: number;
  topics: Topic[];
  coverMediaId: string | null;
  provider: { id: string; name: Bilingual };
  status: CourseStatus;
  languages: Locale[];
  moduleCount: number;
  lessonCount: number;
  /** Latest published version; null for drafts. */
  versionNumber: number | null;
  publishedAt: string | null;
  /** Authoring list only: the draft is complete in both languages. */
  parityComplete?: boolean;
  hasUnpublishedChanges?: boolean;
  updatedAt: string;
}

export const COURSE_LIST_SCOPES = ['catalog', 'mine'] as const;
export type CourseListScope = (typeof COURSE_LIST_SCOPES)[number];
export const COURSE_SORTS = ['title', 'newest'] as const;
export type CourseSort = (typeof COURSE_SORTS)[number];

export interface ListCoursesQuery {
  scope?: CourseListScope;
  /** Title or code, in either language; case and Kazakh letters folded. */
  q?: string;
  providerId?: string;
  audience?: Audience;
  topic?: Topic;
  /** Catalog: courses complete in this language. */
  language?: Locale;
  /** Authoring list: drafts complete (true) or not (false) in both languages. */
  complete?: boolean;
  status?: CourseStatus;
  sort?: CourseSort;
  /** Sorts titles by this language (default: the caller's). */
  locale?: Locale;
  page?: number;
  pageSize?: number;
}

export interface CreateCourseRequest {
  code: string;
  title: Bilingual;
  summary?: Bilingual;
  audience: Audience;
  academicHours: number;
  topics?: Topic[];
  coverMediaId?: string | null;
  /** Admins choose; an instructor's courses belong to their provider. */
  providerId?: string;
  selfEnrolment?: boolean;
}

export interface UpdateCourseRequest {
  version: number;
  code?: string;
  title?: Bilingual;
  summary?: Bilingual;
  audience?: Audience;
  academicHours?: number;
  topics?: Topic[];
  coverMediaId?: string | null;
  providerId?: string;
  selfEnrolment?: boolean;
}

export interface PublishCourseRequest {
  /** What changed, for co-authors and the version history: required in both languages. */
  changeNote: Bilingual;
}

export interface AddCourseAuthorRequest {
  email: string;
}

export interface CreateModuleRequest {
  title: Bilingual;
}

export interface UpdateModuleRequest {
  version: number;
  title?: Bilingual;
  /** New 0-based place among the course's modules. */
  position?: number;
}

export interface CreateLessonRequest {
  type: LessonType;
  title: Bilingual;
  content?: Partial<Record<Locale, Partial<LessonContent>>>;
  durationMinutes?: number | null;
}

export interface UpdateLessonRequest {
  version: number;
  title?: Bilingual;
  content?: Partial<Record<Locale, Partial<LessonContent>>>;
  durationMinutes?: number | null;
  /** Move to another module of the same course. */
  moduleId?: string;
  /** New 0-based place in the (new) module. */
  position?: number;
  /** Confirms the language(s) flagged as needing review. */
  confirmReview?: Locale[];
  /** Assessment lessons only. */
  quiz?: QuizSettings;
}

/** Course codes are stored upper-case: `akim-101` and `AKIM-101` are the same code. */
export function normaliseCourseCode(code: string): string {
  return code.trim().toUpperCase();
}

/**
 * The tags a lesson body may use: what the course editor produces, nothing that loads, runs or
 * styles anything. The API strips everything else before storing; the web app again before showing.
 */
export const LESSON_HTML_TAGS = [
  'p',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'blockquote',
  'a',
  'br',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'code',
  'pre',
] as const;

/** Link schemes lesson HTML may use: web pages and email addresses only. */
export const LESSON_LINK_SCHEMES = ['http', 'https', 'mailto'] as const;
