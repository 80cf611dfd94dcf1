import type { PartyResponse, RegionResponse, UserResponse } from '@bilikti/contracts';

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
