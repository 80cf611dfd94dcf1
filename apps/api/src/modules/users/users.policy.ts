import { Injectable } from '@nestjs/common';
import { UNRESTRICTED_SCOPE, type PeopleScope } from '../../common/people-scope';
import type { RequestUser } from '../../common/authenticated-request';

/** Which people a caller may list and manage. Only admins reach the user routes today. */
@Injectable()
export class UsersPolicy {
  scopeFor(caller: RequestUser): PeopleScope {
    if (caller.roles.includes('admin')) return UNRESTRICTED_SCOPE;
    // Nobody else manages accounts yet; an empty scope sees no one.
    return { regionCodes: [], partyCodes: [] };
  }
}
