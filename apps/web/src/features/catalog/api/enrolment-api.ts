import { ApiPath, type EnrolmentResponse, type MyEnrolmentsResponse } from '@bilikti/contracts';

import { api, apiRequest } from '../../../lib/api-client';

/** 201 for a new enrolment, 200 when already enrolled; a withdrawn one comes back with its progress. */
export const enrol = (courseId: string) => api.post<EnrolmentResponse>(ApiPath.courseEnrolments(courseId));

export const getMyEnrolments = (signal?: AbortSignal) =>
  api.get<MyEnrolmentsResponse>(ApiPath.myEnrolments, { signal });

export const getEnrolment = (id: string, signal?: AbortSignal) =>
  api.get<EnrolmentResponse>(ApiPath.enrolment(id), { signal });

export const withdraw = (id: string) => apiRequest<void>('DELETE', ApiPath.enrolment(id));
