import type { LearnerProfile, UserResponse } from '@bilikti/contracts';
import type { UserEntity } from './entities/user.entity';

/** The learner profile stored on the user row, or null when the user has none. */
export function toProfile(user: UserEntity): LearnerProfile | null {
  if (user.position === null || user.regionCode === null) return null;
  return {
    position: user.position,
    regionCode: user.regionCode,
    maslikhatLevel: user.maslikhatLevel,
    organisation: user.organisation ?? '',
    partyCode: user.partyCode,
  };
}

export function toUserResponse(user: UserEntity): UserResponse {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    locale: user.locale,
    roles: [...user.roles].sort(),
    isActive: user.isActive,
    profile: toProfile(user),
    providerId: user.providerId,
    createdAt: user.createdAt.toISOString(),
    lastLoginAt: user.lastLoginAt ? user.lastLoginAt.toISOString() : null,
  };
}

/** The learner profile as the user row's columns (all null when there is no profile). */
export function toProfileColumns(
  profile: LearnerProfile | null,
): Pick<UserEntity, 'position' | 'regionCode' | 'maslikhatLevel' | 'organisation' | 'partyCode'> {
  return {
    position: profile?.position ?? null,
    regionCode: profile?.regionCode ?? null,
    maslikhatLevel: profile?.maslikhatLevel ?? null,
    organisation: profile?.organisation ?? null,
    partyCode: profile?.partyCode ?? null,
  };
}
