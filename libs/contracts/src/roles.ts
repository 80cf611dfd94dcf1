/** Roles a user may hold; one user may hold several. */
export const ROLES = ['learner', 'coordinator', 'instructor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What a learner does in local government. Every learner row carries it. */
export const POSITIONS = ['maslikhat_deputy', 'rural_akim', 'other'] as const;
export type Position = (typeof POSITIONS)[number];

/** The level of the maslikhat a deputy sits in; only for `maslikhat_deputy`. */
export const MASLIKHAT_LEVELS = ['oblast', 'republican_city', 'district', 'city'] as const;
export type MaslikhatLevel = (typeof MASLIKHAT_LEVELS)[number];

export function hasRole(user: { roles: readonly Role[] }, ...roles: Role[]): boolean {
  return roles.some((role) => user.roles.includes(role));
}
