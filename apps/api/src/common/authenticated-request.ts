import type { Request } from 'express';
import type { Role } from '@bilikti/contracts';

/** The identity the auth guard attaches to a request. */
export interface RequestUser {
  id: string;
  roles: Role[];
}

export interface RequestSession {
  id: string;
  userId: string;
}

export interface AuthenticatedRequest extends Request {
  user: RequestUser;
  session: RequestSession;
}
