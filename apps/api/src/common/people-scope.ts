/**
 * Which people a caller may see in lists: null means no limit on that axis. Admins see all;
 * coordinators (a later module) get the regions and/or party they are responsible for.
 * Every query that lists people takes one.
 */
export interface PeopleScope {
  regionCodes: readonly string[] | null;
  partyCodes: readonly string[] | null;
}

export const UNRESTRICTED_SCOPE: PeopleScope = { regionCodes: null, partyCodes: null };
