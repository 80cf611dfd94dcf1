import type { ListAttemptsQuery } from '@bilikti/contracts';

import type { GradingQueueQuery } from '../api/grading-api';

export const gradingQueryKeys = {
  /** Every list of a lesson's attempts: a new grade changes statuses and results in all of them. */
  attemptLists: (lessonId: string) => ['grading', 'attempts', lessonId] as const,
  attemptList: (lessonId: string, query: ListAttemptsQuery) =>
    [...gradingQueryKeys.attemptLists(lessonId), query] as const,
  itemStats: (lessonId: string) => ['grading', 'item-stats', lessonId] as const,
  queues: () => ['grading', 'queue'] as const,
  queue: (query: GradingQueueQuery) => [...gradingQueryKeys.queues(), query] as const,
  attempt: (id: string) => ['grading', 'attempt', id] as const,
  lesson: (id: string) => ['grading', 'lesson', id] as const,
  course: (id: string) => ['grading', 'course', id] as const,
};
