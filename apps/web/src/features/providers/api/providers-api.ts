import { ApiPath, type MediaLimits, type ProviderRequest, type ProviderResponse } from '@bilikti/contracts';

import { api } from '../../../lib/api-client';

export const listProviders = (signal?: AbortSignal) => api.get<ProviderResponse[]>(ApiPath.providers, { signal });

export const createProvider = (body: ProviderRequest) => api.post<ProviderResponse>(ApiPath.providers, body);

export const updateProvider = (id: string, body: Partial<ProviderRequest>) =>
  api.patch<ProviderResponse>(ApiPath.provider(id), body);

export const getMediaLimits = (signal?: AbortSignal) => api.get<MediaLimits>(ApiPath.mediaLimits, { signal });
