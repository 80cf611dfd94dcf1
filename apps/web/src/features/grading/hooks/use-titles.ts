import { useQuery } from '@tanstack/react-query';

import { getCourseDraft, getLessonDraft } from '../api/grading-api';
import { gradingQueryKeys } from './grading-query-keys';

// Titles for headings and breadcrumbs. Without them the pages still work, so one failed try is enough.

export function useLessonTitle(lessonId: string) {
  return useQuery({
    queryKey: gradingQueryKeys.lesson(lessonId),
    queryFn: ({ signal }) => getLessonDraft(lessonId, signal),
    select: (lesson) => lesson.title,
    enabled: lessonId !== '',
    staleTime: 60_000,
    retry: false,
  });
}

export function useCourseTitle(courseId: string | undefined) {
  return useQuery({
    queryKey: gradingQueryKeys.course(courseId ?? ''),
    queryFn: ({ signal }) => getCourseDraft(courseId ?? '', signal),
    select: (course) => course.title,
    enabled: !!courseId,
    staleTime: 60_000,
    retry: false,
  });
}
