import type {
  CourseAuthorResponse,
  CourseDraftResponse,
  CourseResponse,
  CourseVersionResponse,
  LessonContent,
  LessonResponse,
  LessonViewResponse,
  Locale,
  MediaResponse,
  ModuleResponse,
  ProviderResponse,
} from '@bilikti/contracts';
import type { MediaEntity } from '../media/entities/media.entity';
import type { DraftAggregate } from './course-drafts';
import type { CourseSnapshot, SnapshotLesson } from './course-snapshot';
import type { CompletionRule } from './entities/course-version-lesson.entity';
import type { CourseModuleEntity } from './entities/course-module.entity';
import type { CourseVersionEntity } from './entities/course-version.entity';
import type { LessonEntity } from './entities/lesson.entity';
import { parityReport } from './parity';

export type ToMedia = (media: MediaEntity) => MediaResponse;

export function lessonContent(lesson: LessonEntity): Record<Locale, LessonContent> {
  return {
    kk: { body: lesson.bodyKk, mediaId: lesson.mediaKkId, externalUrl: lesson.externalUrlKk },
    ru: { body: lesson.bodyRu, mediaId: lesson.mediaRuId, externalUrl: lesson.externalUrlRu },
  };
}

function mediaOf(ids: (string | null)[], media: Map<string, MediaEntity>, toMedia: ToMedia): MediaResponse[] {
  const seen = new Set<string>();
  const result: MediaResponse[] = [];
  for (const id of ids) {
    const found = id ? media.get(id) : undefined;
    if (found && !seen.has(found.id)) {
      seen.add(found.id);
      result.push(toMedia(found));
    }
  }
  return result;
}

export function toLessonResponse(
  lesson: LessonEntity,
  media: Map<string, MediaEntity>,
  toMedia: ToMedia,
): LessonResponse {
  return {
    id: lesson.id,
    moduleId: lesson.moduleId,
    courseId: lesson.courseId,
    position: lesson.position,
    type: lesson.type,
    title: { kk: lesson.titleKk, ru: lesson.titleRu },
    content: lessonContent(lesson),
    media: mediaOf([lesson.mediaKkId, lesson.mediaRuId], media, toMedia),
    durationMinutes: lesson.durationMinutes,
    needsReview: { kk: lesson.needsReviewKk, ru: lesson.needsReviewRu },
    quiz: lesson.quiz,
    version: lesson.version,
    updatedAt: lesson.updatedAt.toISOString(),
  };
}

export function toModuleResponse(
  module: CourseModuleEntity,
  lessons: LessonEntity[],
  media: Map<string, MediaEntity>,
  toMedia: ToMedia,
): ModuleResponse {
  return {
    id: module.id,
    courseId: module.courseId,
    position: module.position,
    title: { kk: module.titleKk, ru: module.titleRu },
    version: module.version,
    lessons: lessons.filter((l) => l.moduleId === module.id).map((l) => toLessonResponse(l, media, toMedia)),
  };
}

export function toVersionResponse(version: CourseVersionEntity, publisherName: string): CourseVersionResponse {
  return {
    id: version.id,
    number: version.number,
    changeNote: { kk: version.changeNoteKk, ru: version.changeNoteRu },
    publishedAt: version.publishedAt.toISOString(),
    publishedBy: { id: version.publishedBy, fullName: publisherName },
  };
}

export function toDraftResponse(
  draft: DraftAggregate,
  extras: {
    provider: ProviderResponse;
    authors: CourseAuthorResponse[];
    publishedVersion: CourseVersionResponse | null;
    canManageAuthors: boolean;
    toMedia: ToMedia;
  },
): CourseDraftResponse {
  const { course } = draft;
  return {
    id: course.id,
    code: course.code,
    title: { kk: course.titleKk, ru: course.titleRu },
    summary: { kk: course.summaryKk, ru: course.summaryRu },
    audience: course.audience,
    academicHours: course.academicHours,
    topics: course.topics,
    coverMediaId: course.coverMediaId,
    provider: extras.provider,
    status: course.status,
    authors: extras.authors,
    modules: draft.modules.map((m) => toModuleResponse(m, draft.lessons, draft.media, extras.toMedia)),
    parity: parityReport(draft),
    publishedVersion: extras.publishedVersion,
    hasUnpublishedChanges: course.publishedRevision !== course.draftRevision,
    canManageAuthors: extras.canManageAuthors,
    selfEnrolment: course.selfEnrolment,
    version: course.version,
    createdAt: course.createdAt.toISOString(),
    updatedAt: course.updatedAt.toISOString(),
  };
}

/** Freezes the draft as learners will see it. */
export function toSnapshot(draft: DraftAggregate, authors: { id: string; fullName: string }[]): CourseSnapshot {
  const { course } = draft;
  return {
    code: course.code,
    title: { kk: course.titleKk, ru: course.titleRu },
    summary: { kk: course.summaryKk, ru: course.summaryRu },
    audience: course.audience,
    academicHours: course.academicHours,
    topics: course.topics,
    coverMediaId: course.coverMediaId,
    providerId: course.providerId,
    authors,
    modules: draft.modules.map((m) => ({
      id: m.id,
      title: { kk: m.titleKk, ru: m.titleRu },
      lessons: draft.lessons
        .filter((l) => l.moduleId === m.id)
        .map((l): SnapshotLesson => ({
          id: l.id,
          type: l.type,
          title: { kk: l.titleKk, ru: l.titleRu },
          content: lessonContent(l),
          durationMinutes: l.durationMinutes,
          ...(l.type === 'assessment' && { quiz: l.quiz }),
        })),
    })),
  };
}

export function snapshotMediaIds(snapshot: CourseSnapshot): string[] {
  const ids = new Set<string>();
  if (snapshot.coverMediaId) ids.add(snapshot.coverMediaId);
  for (const m of snapshot.modules) {
    for (const l of m.lessons) {
      for (const content of Object.values(l.content)) if (content.mediaId) ids.add(content.mediaId);
    }
  }
  return [...ids];
}

export function toCourseResponse(
  courseId: string,
  version: CourseVersionEntity,
  provider: ProviderResponse,
  access: Pick<CourseResponse, 'selfEnrolment' | 'enrolment'>,
): CourseResponse {
  const s = version.snapshot;
  return {
    id: courseId,
    code: s.code,
    title: s.title,
    summary: s.summary,
    audience: s.audience,
    academicHours: s.academicHours,
    topics: s.topics,
    coverMediaId: s.coverMediaId,
    provider,
    authors: s.authors,
    languages: version.languages,
    version: { id: version.id, number: version.number, publishedAt: version.publishedAt.toISOString() },
    modules: s.modules.map((m) => ({
      id: m.id,
      title: m.title,
      lessons: m.lessons.map((l) => ({ id: l.id, type: l.type, title: l.title, durationMinutes: l.durationMinutes })),
    })),
    ...access,
  };
}

export function toLessonView(
  courseId: string,
  moduleId: string,
  lesson: SnapshotLesson,
  versionNumber: number,
  media: MediaResponse[],
): LessonViewResponse {
  return {
    id: lesson.id,
    courseId,
    moduleId,
    type: lesson.type,
    title: lesson.title,
    content: lesson.content,
    media,
    durationMinutes: lesson.durationMinutes,
    versionNumber,
  };
}

/** One row per lesson of a published version, in course order, with how it counts as done. */
export function versionLessons(courseId: string, versionId: string, snapshot: CourseSnapshot) {
  return snapshot.modules
    .flatMap((m) => m.lessons.map((lesson) => ({ module: m, lesson })))
    .map(({ module, lesson }, position) => ({
      versionId,
      lessonId: lesson.id,
      courseId,
      moduleId: module.id,
      position,
      type: lesson.type,
      completion: completionRule(lesson),
      lesson,
    }));
}

/**
 * Text: the learner marks it done. PDF: opening it. Video: watching 90% when both languages have
 * an uploaded file (a link to another site cannot report playback, so the learner marks it done).
 */
export function completionRule(lesson: SnapshotLesson): CompletionRule {
  switch (lesson.type) {
    case 'text':
      return 'mark_done';
    case 'document':
      return 'open';
    case 'assessment':
      return 'assessment';
    case 'video':
      return lesson.content.kk.mediaId && lesson.content.ru.mediaId ? 'watch' : 'mark_done';
  }
}
