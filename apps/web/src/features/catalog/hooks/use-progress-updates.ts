import type { CourseResponse, EnrolmentResponse, LessonProgressResponse } from '@bilikti/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { onProgressApplied } from '../../../lib/offline/progress-queue';
import { catalogQueryKeys } from './catalog-query-keys';

/** An enrolment with one lesson's progress as the server now has it. */
export function applyProgress(enrolment: EnrolmentResponse, progress: LessonProgressResponse): EnrolmentResponse {
  const lessons = enrolment.lessons.map((lesson) =>
    lesson.lessonId === progress.lessonId
      ? {
          ...lesson,
          status: progress.status,
          timeSpentSeconds: progress.timeSpentSeconds,
          positionSeconds: progress.positionSeconds,
          completedAt: progress.completedAt,
        }
      : lesson,
  );
  return {
    ...enrolment,
    lessons,
    status: progress.enrolmentStatus,
    percent: progress.coursePercent,
    completedLessons: lessons.filter((lesson) => lesson.status === 'completed').length,
    lastActivityAt: progress.updatedAt ?? enrolment.lastActivityAt,
  };
}

/**
 * Keeps what the learner sees in step with the server's answers to progress reports, whenever
 * they arrive (at once, or from the offline queue when the connection comes back).
 */
export function useProgressUpdates(): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onProgressApplied((progress) => {
        queryClient.setQueryData<EnrolmentResponse>(
          catalogQueryKeys.enrolment(progress.enrolmentId),
          (enrolment) => enrolment && applyProgress(enrolment, progress),
        );
        queryClient.setQueriesData<CourseResponse>({ queryKey: catalogQueryKeys.courses() }, (course) =>
          course?.enrolment?.id === progress.enrolmentId
            ? {
                ...course,
                enrolment: { ...course.enrolment, status: progress.enrolmentStatus, percent: progress.coursePercent },
              }
            : course,
        );
        // "My learning" is not on screen: fetched again when the learner opens it.
        void queryClient.invalidateQueries({ queryKey: catalogQueryKeys.myEnrolments(), refetchType: 'none' });
      }),
    [queryClient],
  );
}
