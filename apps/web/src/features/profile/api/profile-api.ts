import { ApiPath, type ChangePasswordRequest, type UpdateMeRequest, type UserResponse } from '@bilikti/contracts';

import { api } from '../../../lib/api-client';

export const updateMe = (body: UpdateMeRequest) => api.patch<UserResponse>(ApiPath.me, body);

export const changePassword = (body: ChangePasswordRequest) => api.post<void>(ApiPath.mePassword, body);
