import {
  ApiPath,
  type AttemptResponse,
  type AttemptSummary,
  type CourseDraftResponse,
  type GradeAttemptRequest,
  type GradingQueueItem,
  type ItemStatsResponse,
  type LessonResponse,
  type ListAttemptsQuery,
  type Page,
} from '@bilikti/contracts';

import { api } from '../../../lib/api-client';

export interface GradingQueueQuery {
  page?: number;
  pageSize?: number;
}

export const listLessonAttempts = (lessonId: string, query: ListAttemptsQuery, signal?: AbortSignal) =>
  api.get<Page<AttemptSummary>>(ApiPath.lessonAttempts(lessonId), { query: { ...query }, signal });

export const getItemStats = (lessonId: string, signal?: AbortSignal) =>
  api.get<ItemStatsResponse>(ApiPath.lessonItemStats(lessonId), { signal });

export const listGradingQueue = (query: GradingQueueQuery, signal?: AbortSignal) =>
  api.get<Page<GradingQueueItem>>(ApiPath.gradingQueue, { query: { ...query }, signal });

/** Instructors always get the keys, the learner and the grades. */
export const getAttempt = (id: string, signal?: AbortSignal) =>
  api.get<AttemptResponse>(ApiPath.attempt(id), { signal });

export const gradeAttempt = (id: string, body: GradeAttemptRequest) =>
  api.post<AttemptResponse>(ApiPath.attemptGrades(id), body);

/** For the titles in the headings only: the author's draft names the lesson and the course. */
export const getLessonDraft = (id: string, signal?: AbortSignal) =>
  api.get<LessonResponse>(ApiPath.lesson(id), { query: { view: 'draft' }, signal });

export const getCourseDraft = (id: string, signal?: AbortSignal) =>
  api.get<CourseDraftResponse>(ApiPath.course(id), { query: { view: 'draft' }, signal });
