import { ApiPath, type LoginRequest, type UserResponse } from '@bilikti/contracts';

import { api } from '../../../lib/api-client';

export const login = (body: LoginRequest) => api.post<UserResponse>(ApiPath.login, body);

export const logout = () => api.post<void>(ApiPath.logout);
