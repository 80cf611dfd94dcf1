import type { Role } from './roles';

/**
 * What a user may do, by name. Routes declare the permission they need and the web app shows
 * what the user's permissions allow; roles only bundle permissions (ROLE_PERMISSIONS), so the two
 * sides cannot disagree about who may do what. Ownership rules (an instructor edits only the
 * courses they author) are checked on top, per record.
 */
export const PERMISSIONS = [
  /** Take courses: enrol, learn, sit quizzes. */
  'learning.take',
  /** Author courses, their modules, lessons, question banks and media; publish versions. */
  'courses.author',
  /** See the results of one's courses' quizzes, export them and grade essays. */
  'attempts.review',
  /** List, create, edit and deactivate users; grant roles. */
  'users.manage',
  /** Create and edit training providers. */
  'providers.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** The permissions each role grants. A user holding several roles has the union. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  learner: ['learning.take'],
  coordinator: [],
  instructor: ['courses.author', 'attempts.review'],
  admin: ['courses.author', 'attempts.review', 'users.manage', 'providers.manage'],
};

/** Whether a user's roles grant the permission. */
export function can(user: { roles: readonly Role[] }, permission: Permission): boolean {
  return user.roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}
