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

/** A region's name in `locale` by its code (the code itself until the regions have loaded). */
export function useRegionName(locale: Locale): (code: string) => string {
  const regions = useRegions();
  return (code) => regions.data?.find((region) => region.code === code)?.name[locale] ?? code;
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
