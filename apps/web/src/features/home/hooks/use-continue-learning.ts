import type { CourseLessonOutline, EnrolmentSummary } from '@bilikti/contracts';
import { useQuery } from '@tanstack/react-query';

import { getEnrolment, getMyEnrolments } from '../api/home-api';

const homeQueryKeys = {
  myEnrolments: ['home', 'my-enrolments'] as const,
  enrolment: (id: string) => ['home', 'enrolment', id] as const,
};

const lastUsed = (enrolment: EnrolmentSummary) => Date.parse(enrolment.lastActivityAt ?? enrolment.enrolledAt);

/** The active course the learner touched last (or, never touched, enrolled in last). */
export function mostRecent(active: EnrolmentSummary[]): EnrolmentSummary | undefined {
  return active.reduce<EnrolmentSummary | undefined>(
    (best, enrolment) => (!best || lastUsed(enrolment) > lastUsed(best) ? enrolment : best),
    undefined,
  );
}

/**
 * What "Continue where I left off" needs: the most recent active enrolment, and the title of the
 * lesson to continue with (from its outline, a second request). Always fetched again on the
 * dashboard: progress made a minute ago in the player should show.
 */
export function useContinueLearning() {
  const mine = useQuery({
    queryKey: homeQueryKeys.myEnrolments,
    queryFn: ({ signal }) => getMyEnrolments(signal),
    staleTime: 0,
  });
  const current = mine.data ? mostRecent(mine.data.active) : undefined;
  const detail = useQuery({
    queryKey: homeQueryKeys.enrolment(current?.id ?? ''),
    queryFn: ({ signal }) => getEnrolment(current?.id ?? '', signal),
    enabled: Boolean(current?.continueLessonId),
    staleTime: 0,
  });
  const lesson: CourseLessonOutline | undefined = current?.continueLessonId
    ? detail.data?.modules.flatMap((module) => module.lessons).find((item) => item.id === current.continueLessonId)
    : undefined;
  return { mine, current, lesson };
}
