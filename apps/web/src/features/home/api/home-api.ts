import { ApiPath, type EnrolmentResponse, type MyEnrolmentsResponse } from '@bilikti/contracts';

import { api } from '../../../lib/api-client';

export const getMyEnrolments = (signal?: AbortSignal) =>
  api.get<MyEnrolmentsResponse>(ApiPath.myEnrolments, { signal });

export const getEnrolment = (id: string, signal?: AbortSignal) =>
  api.get<EnrolmentResponse>(ApiPath.enrolment(id), { signal });
