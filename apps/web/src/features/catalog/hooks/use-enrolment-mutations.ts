import { ErrorCode, type CourseResponse, type EnrolmentResponse } from '@bilikti/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { isApiError } from '../../../lib/api-client';
import { enrol, withdraw } from '../api/enrolment-api';
import { catalogQueryKeys } from './catalog-query-keys';

export function useEnrol(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => enrol(courseId),
    onSuccess: (enrolment: EnrolmentResponse) => {
      queryClient.setQueryData(catalogQueryKeys.enrolment(enrolment.id), enrolment);
      queryClient.setQueryData<CourseResponse>(catalogQueryKeys.course(courseId), (course) =>
        course
          ? { ...course, enrolment: { id: enrolment.id, status: enrolment.status, percent: enrolment.percent } }
          : course,
      );
      void queryClient.invalidateQueries({ queryKey: catalogQueryKeys.myEnrolments() });
    },
    onError: (error) => {
      // The course was closed to self-enrolment since the page loaded: show what it says now.
      if (isApiError(error, ErrorCode.EnrolmentClosed)) {
        void queryClient.invalidateQueries({ queryKey: catalogQueryKeys.course(courseId) });
      }
    },
  });
}

export function useWithdraw(courseId: string, enrolmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => withdraw(enrolmentId),
    onSuccess: () => {
      queryClient.setQueryData<CourseResponse>(catalogQueryKeys.course(courseId), (course) =>
        course?.enrolment ? { ...course, enrolment: { ...course.enrolment, status: 'withdrawn' } } : course,
      );
      queryClient.removeQueries({ queryKey: catalogQueryKeys.enrolment(enrolmentId) });
      void queryClient.invalidateQueries({ queryKey: catalogQueryKeys.myEnrolments() });
    },
  });
}
