import type { ListQuestionsQuery } from '@bilikti/contracts';

export const questionQueryKeys = {
  /** Every list of a course's bank: any change to a question refreshes them all. */
  lists: (courseId: string) => ['questions', 'list', courseId] as const,
  list: (courseId: string, query: ListQuestionsQuery) => [...questionQueryKeys.lists(courseId), query] as const,
  /** The whole bank at once, for choosing a quiz's questions and tags. */
  bank: (courseId: string) => [...questionQueryKeys.lists(courseId), 'bank'] as const,
  question: (id: string) => ['questions', 'one', id] as const,
};
