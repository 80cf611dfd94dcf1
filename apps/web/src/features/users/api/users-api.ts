import {
  ApiPath,
  type CreateUserRequest,
  type ListUsersQuery,
  type Page,
  type ProviderResponse,
  type UpdateUserRequest,
  type UserResponse,
} from '@bilikti/contracts';

import { api } from '../../../lib/api-client';

export const listUsers = (query: ListUsersQuery, signal?: AbortSignal) =>
  api.get<Page<UserResponse>>(ApiPath.users, { query: { ...query }, signal });

export const getUser = (id: string, signal?: AbortSignal) => api.get<UserResponse>(ApiPath.user(id), { signal });

export const createUser = (body: CreateUserRequest) => api.post<UserResponse>(ApiPath.users, body);

export const updateUser = (id: string, body: UpdateUserRequest) => api.patch<UserResponse>(ApiPath.user(id), body);

export const listProviders = (signal?: AbortSignal) => api.get<ProviderResponse[]>(ApiPath.providers, { signal });
