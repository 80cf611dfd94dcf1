import {
  ApiPath,
  type AttemptResponse,
  type QuizOverviewResponse,
  type SaveAnswerRequest,
  type SaveAnswerResponse,
} from '@bilikti/contracts';

import { api, apiRequest } from '../../../lib/api-client';

/** 404 when the learner is not enrolled or the lesson is not an assessment. */
export const getQuiz = (lessonId: string, signal?: AbortSignal) =>
  api.get<QuizOverviewResponse>(ApiPath.lessonQuiz(lessonId), { signal });

/** 201 for a new attempt; 200 with the attempt already in progress, to resume it. */
export const startAttempt = (lessonId: string) => api.post<AttemptResponse>(ApiPath.lessonAttempts(lessonId));

/** A past deadline makes the server close and grade the attempt before it answers. */
export const getAttempt = (id: string, signal?: AbortSignal) =>
  api.get<AttemptResponse>(ApiPath.attempt(id), { signal });

/** Idempotent: the server keeps the highest revision it has seen. */
export const saveAnswer = (attemptId: string, questionId: string, body: SaveAnswerRequest) =>
  apiRequest<SaveAnswerResponse>('PUT', ApiPath.attemptAnswer(attemptId, questionId), { body });

/** Idempotent: submitting a closed attempt returns it as it closed. */
export const submitAttempt = (id: string) => api.post<AttemptResponse>(ApiPath.attemptSubmit(id));
