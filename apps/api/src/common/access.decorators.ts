import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Permission } from '@bilikti/contracts';
import type { AuthenticatedRequest } from './authenticated-request';

/** Who may call a route. Every handler declares one; the guard refuses routes that don't. */
export type AccessRule = { kind: 'public' } | { kind: 'signedIn' } | { kind: 'permission'; permission: Permission };

export const ACCESS_RULE = 'bilikti:access';

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** Any active, signed-in user. */
export const SignedIn = () => SetMetadata(ACCESS_RULE, { kind: 'signedIn' } satisfies AccessRule);

/** A signed-in user whose roles grant this permission (ROLE_PERMISSIONS in contracts). */
export const Allow = (permission: Permission) =>
  SetMetadata(ACCESS_RULE, { kind: 'permission', permission } satisfies AccessRule);

/** The signed-in user of this request (only on routes that are not public). */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext) => {
  return context.switchToHttp().getRequest<AuthenticatedRequest>().user;
});

/** The session of this request (only on routes that are not public). */
export const CurrentSession = createParamDecorator((_: unknown, context: ExecutionContext) => {
  return context.switchToHttp().getRequest<AuthenticatedRequest>().session;
});
