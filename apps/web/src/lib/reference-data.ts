import { ApiPath, type Locale, type PartyResponse, type RegionResponse } from '@bilikti/contracts';
import { useQuery } from '@tanstack/react-query';

import { api } from './api-client';

// Regions and parties change rarely; keep them for the whole visit.
export function useRegions() {
  return useQuery({
    queryKey: ['regions'],
    queryFn: () => api.get<RegionResponse[]>(ApiPath.regions),
    staleTime: Infinity,
  });
}

export function useParties() {
  return useQuery({
    queryKey: ['parties'],
    queryFn: () => api.get<PartyResponse[]>(ApiPath.parties),
    staleTime: Infinity,
  });
}

/** Regions sorted by their name in the given language, for select boxes. */
export function sortByName<T extends { name: Record<Locale, string> }>(items: readonly T[], locale: Locale): T[] {
  return [...items].sort((a, b) => a.name[locale].localeCompare(b.name[locale], locale));
}
