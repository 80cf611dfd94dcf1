import type {
  Audience,
  Bilingual,
  LessonContent,
  LessonType,
  Locale,
  PersonRef,
  QuizSettings,
  Topic,
} from '@bilikti/contracts';

/** What a published version holds: the course exactly as learners see it, frozen at publishing. */
export interface CourseSnapshot {
  code: string;
  title: Bilingual;
  summary: Bilingual;
  audience: Audience;
  academicHours: number;
  topics: Topic[];
  coverMediaId: string | null;
  providerId: string;
  authors: PersonRef[];
  modules: SnapshotModule[];
}

export interface SnapshotModule {
  id: string;
  title: Bilingual;
  lessons: SnapshotLesson[];
}

export interface SnapshotLesson {
  id: string;
  type: LessonType;
  title: Bilingual;
  content: Record<Locale, LessonContent>;
  durationMinutes: number | null;
  /** Assessment lessons (absent in versions published before quizzes existed). */
  quiz?: QuizSettings | null;
}
