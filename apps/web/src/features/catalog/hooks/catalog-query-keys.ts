import type { ListCoursesQuery } from '@bilikti/contracts';

export const catalogQueryKeys = {
  all: ['catalog'] as const,
  lists: () => [...catalogQueryKeys.all, 'list'] as const,
  list: (query: ListCoursesQuery) => [...catalogQueryKeys.lists(), query] as const,
  courses: () => [...catalogQueryKeys.all, 'course'] as const,
  course: (id: string) => [...catalogQueryKeys.courses(), id] as const,
  lesson: (id: string) => [...catalogQueryKeys.all, 'lesson', id] as const,
  providers: () => [...catalogQueryKeys.all, 'providers'] as const,
  myEnrolments: () => [...catalogQueryKeys.all, 'my-enrolments'] as const,
  enrolment: (id: string) => [...catalogQueryKeys.all, 'enrolment', id] as const,
};
