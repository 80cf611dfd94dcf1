import {
  ApiPath,
  type CreateQuestionRequest,
  type ListQuestionsQuery,
  type Page,
  type QuestionResponse,
  type UpdateQuestionRequest,
} from '@bilikti/contracts';

import { api, apiRequest } from '../../../lib/api-client';

export const listQuestions = (courseId: string, query: ListQuestionsQuery, signal?: AbortSignal) =>
  api.get<Page<QuestionResponse>>(ApiPath.courseQuestions(courseId), { query: { ...query }, signal });

export const getQuestion = (id: string, signal?: AbortSignal) =>
  api.get<QuestionResponse>(ApiPath.question(id), { signal });

export const createQuestion = (courseId: string, body: CreateQuestionRequest) =>
  api.post<QuestionResponse>(ApiPath.courseQuestions(courseId), body);

export const updateQuestion = (id: string, body: UpdateQuestionRequest) =>
  api.patch<QuestionResponse>(ApiPath.question(id), body);

/** Removes the question from the bank. */
export const deleteQuestion = (id: string) => apiRequest<void>('DELETE', ApiPath.question(id));
