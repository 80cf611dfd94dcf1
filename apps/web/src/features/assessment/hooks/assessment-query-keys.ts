export const assessmentQueryKeys = {
  all: ['assessment'] as const,
  quiz: (lessonId: string) => [...assessmentQueryKeys.all, 'quiz', lessonId] as const,
  attempt: (id: string) => [...assessmentQueryKeys.all, 'attempt', id] as const,
};
