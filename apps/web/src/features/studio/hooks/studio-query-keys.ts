import type { ListCoursesQuery } from '@bilikti/contracts';

export const studioQueryKeys = {
  /** Every course query, the catalog's too: publishing changes what learners see. */
  courses: ['courses'] as const,
  myLists: () => ['courses', 'list', 'mine'] as const,
  myList: (query: ListCoursesQuery) => [...studioQueryKeys.myLists(), query] as const,
  /** The author's draft; every change to the course, its modules or lessons refreshes it (parity). */
  draft: (id: string) => ['courses', 'draft', id] as const,
  versions: (id: string) => ['courses', 'versions', id] as const,
  lesson: (id: string) => ['lessons', 'draft', id] as const,
  providers: ['studio', 'providers'] as const,
  mediaLimits: ['media', 'limits'] as const,
};
