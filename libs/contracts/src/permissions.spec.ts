import { can, PERMISSIONS, ROLE_PERMISSIONS } from './permissions';
import { ROLES } from './roles';

describe('permissions', () => {
  it('grants every permission to some role, and only known permissions', () => {
    const granted = new Set(ROLES.flatMap((role) => ROLE_PERMISSIONS[role]));
    expect([...granted].sort()).toEqual([...PERMISSIONS].sort());
  });

  it('bundles permissions by role', () => {
    expect(can({ roles: ['learner'] }, 'learning.take')).toBe(true);
    expect(can({ roles: ['learner'] }, 'courses.author')).toBe(false);
    expect(can({ roles: ['instructor'] }, 'attempts.review')).toBe(true);
    expect(can({ roles: ['instructor'] }, 'users.manage')).toBe(false);
    expect(can({ roles: ['coordinator'] }, 'courses.author')).toBe(false);
    expect(can({ roles: ['admin'] }, 'users.manage')).toBe(true);
    // A user may hold several roles: the union applies.
    expect(can({ roles: ['learner', 'instructor'] }, 'learning.take')).toBe(true);
    expect(can({ roles: ['learner', 'instructor'] }, 'courses.author')).toBe(true);
    expect(can({ roles: [] }, 'learning.take')).toBe(false);
  });
});
