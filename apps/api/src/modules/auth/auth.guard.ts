import { type CanActivate, type ExecutionContext, HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { can, ErrorCode } from '@bilikti/contracts';
import { ACCESS_RULE, type AccessRule } from '../../common/access.decorators';
import type { AuthenticatedRequest } from '../../common/authenticated-request';
import { DomainError } from '../../common/domain-error';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { SessionService } from './session.service';

/**
 * Deny by default: a route passes only under the rule it declares with `@Public()`,
 * `@SignedIn()` or `@Allow(permission)`. A route that declares nothing is refused (and a test fails).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      this.logger.error(`Route ${context.getClass().name}.${context.getHandler().name} declares no access rule`);
      throw new DomainError(ErrorCode.Forbidden, HttpStatus.FORBIDDEN, 'Route declares no access rule');
    }
    if (rule.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = (request.cookies as Record<string, string> | undefined)?.[this.config.session.cookieName];
    const resolved = token ? await this.sessions.resolve(token) : null;
    if (!resolved) {
      throw new DomainError(ErrorCode.AuthRequired, HttpStatus.UNAUTHORIZED, 'Sign in first');
    }
    request.user = { id: resolved.user.id, roles: resolved.user.roles };
    request.session = { id: resolved.session.id, userId: resolved.user.id };

    if (rule.kind === 'permission' && !can(resolved.user, rule.permission)) {
      throw new DomainError(ErrorCode.Forbidden, HttpStatus.FORBIDDEN, 'Your roles do not allow this');
    }
    return true;
  }
}
