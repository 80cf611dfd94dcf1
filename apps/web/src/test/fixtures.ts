import type { PartyResponse, ProviderResponse, RegionResponse, UserResponse } from '@bilikti/contracts';

export function buildUser(overrides: Partial<UserResponse> = {}): UserResponse {
  return {
    id: 'u-learner',
    email: 'aigul@example.kz',
    fullName: 'Айгүл Серікқызы Нұрланова',
    locale: 'kk',
    roles: ['learner'],
    isActive: true,
    profile: {
      position: 'maslikhat_deputy',
      regionCode: 'KZ-AKM',
      maslikhatLevel: 'district',
      organisation: 'Бурабай аудандық мәслихаты',
      partyCode: null,
    },
    createdAt: '2026-01-15T08:00:00.000Z',
    lastLoginAt: null,
    providerId: null,
    ...overrides,
  };
}

export function buildAdmin(overrides: Partial<UserResponse> = {}): UserResponse {
  return buildUser({
    id: 'u-admin',
    email: 'admin@example.kz',
    fullName: 'Ерлан Жұмабаев',
    roles: ['admin'],
    profile: null,
    ...overrides,
  });
}

export const regions: RegionResponse[] = [
  { code: 'KZ-AKM', type: 'oblast', name: { kk: 'Ақмола облысы', ru: 'Акмолинская область' }, centre: null },
  { code: 'KZ-ALA', type: 'city', name: { kk: 'Алматы қаласы', ru: 'Город Алматы' }, centre: null },
];

export const parties: PartyResponse[] = [{ code: 'amanat', name: { kk: 'AMANAT партиясы', ru: 'Партия AMANAT' } }];

export function buildProvider(overrides: Partial<ProviderResponse> = {}): ProviderResponse {
  return {
    id: 'p-academy',
    name: {
      kk: 'ҚР Президенті жанындағы Мемлекеттік басқару академиясы',
      ru: 'Академия государственного управления при Президенте РК',
    },
    logoMediaId: null,
    courseCount: 0,
    ...overrides,
  };
}

export const providers: ProviderResponse[] = [
  buildProvider({ logoMediaId: 'm-academy-logo', courseCount: 5 }),
  buildProvider({
    id: 'p-institute',
    name: { kk: 'Парламентаризм институты', ru: 'Институт парламентаризма' },
    courseCount: 1,
  }),
];
