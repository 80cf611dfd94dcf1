import type { CourseResponse } from '@bilikti/contracts';
import { useQuery } from '@tanstack/react-query';

import { getEnrolment, getMyEnrolments } from '../api/enrolment-api';
import { catalogQueryKeys } from './catalog-query-keys';

/** The enrolment a course page or the player works with: active or completed, not withdrawn. */
export function currentEnrolmentId(course: CourseResponse | undefined): string | null {
  const enrolment = course?.enrolment;
  return enrolment && enrolment.status !== 'withdrawn' ? enrolment.id : null;
}

/** The learner's outline and per-lesson progress; the player keeps it current from progress answers. */
export function useEnrolment(id: string | null) {
  return useQuery({
    queryKey: catalogQueryKeys.enrolment(id ?? ''),
    queryFn: ({ signal }) => getEnrolment(id ?? '', signal),
    enabled: id !== null,
  });
}

export function useMyEnrolments() {
  return useQuery({
    queryKey: catalogQueryKeys.myEnrolments(),
    queryFn: ({ signal }) => getMyEnrolments(signal),
  });
}
