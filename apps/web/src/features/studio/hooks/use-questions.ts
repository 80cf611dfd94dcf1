import {
  LIMITS,
  type CreateQuestionRequest,
  type ListQuestionsQuery,
  type QuestionResponse,
  type UpdateQuestionRequest,
} from '@bilikti/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { createQuestion, deleteQuestion, getQuestion, listQuestions, updateQuestion } from '../api/question-api';
import { questionQueryKeys } from './question-query-keys';

export function useQuestions(courseId: string, query: ListQuestionsQuery) {
  return useQuery({
    queryKey: questionQueryKeys.list(courseId, query),
    queryFn: ({ signal }) => listQuestions(courseId, query, signal),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

/** Every question of the course's bank, page after page (a quiz chooses among all of them). */
export function useQuestionBank(courseId: string) {
  return useQuery({
    queryKey: questionQueryKeys.bank(courseId),
    queryFn: async ({ signal }) => {
      const questions: QuestionResponse[] = [];
      for (let page = 1; ; page += 1) {
        const result = await listQuestions(courseId, { page, pageSize: LIMITS.pageSizeMax }, signal);
        questions.push(...result.items);
        if (result.items.length === 0 || questions.length >= result.total) return questions;
      }
    },
    staleTime: 10_000,
  });
}

export function useCreateQuestion(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateQuestionRequest) => createQuestion(courseId, body),
    onSuccess: (question) => {
      queryClient.setQueryData(questionQueryKeys.question(question.id), question);
      void queryClient.invalidateQueries({ queryKey: questionQueryKeys.lists(courseId) });
    },
  });
}

export function useUpdateQuestion(id: string, courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateQuestionRequest) => updateQuestion(id, body),
    onSuccess: (question) => {
      queryClient.setQueryData(questionQueryKeys.question(id), question);
      void queryClient.invalidateQueries({ queryKey: questionQueryKeys.lists(courseId) });
    },
  });
}

export function useDeleteQuestion(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteQuestion(id),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: questionQueryKeys.question(id) });
      void queryClient.invalidateQueries({ queryKey: questionQueryKeys.lists(courseId) });
    },
  });
}

/** One question, starting from the copy the list already has; refetched to resolve a 409. */
export function useQuestion(id: string, initial: QuestionResponse | undefined) {
  return useQuery({
    queryKey: questionQueryKeys.question(id),
    queryFn: ({ signal }) => getQuestion(id, signal),
    initialData: initial,
    enabled: id !== '',
    staleTime: 10_000,
  });
}
