import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ErrorCode, LOGIN_THROTTLE } from '@bilikti/contracts';
import { DomainError } from '../../common/domain-error';
import { LoginFailureEntity } from './entities/login-attempt.entity';

/**
 * Sign-in throttling kept in PostgreSQL, so it holds across API instances: 5 failures within
 * 15 minutes for one account or from one address locks that account or address until the
 * oldest of those failures leaves the window.
 */
@Injectable()
export class LoginThrottle {
  constructor(@InjectRepository(LoginFailureEntity) private readonly failures: Repository<LoginFailureEntity>) {}

  /** Throws 429 with Retry-After when the account or the address is locked. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const rows = await this.failures.query<{ retry_after: string | null }[]>(
      `SELECT ceil(extract(epoch FROM max(unlock_at) - now()))::int AS retry_after FROM (
         SELECT (array_agg(created_at ORDER BY created_at DESC))[$3] + make_interval(secs => $4) AS unlock_at
           FROM login_failures WHERE email = $1 AND created_at > now() - make_interval(secs => $4)
         HAVING count(*) >= $3
         UNION ALL
         SELECT (array_agg(created_at ORDER BY created_at DESC))[$3] + make_interval(secs => $4)
           FROM login_failures WHERE ip = $2 AND created_at > now() - make_interval(secs => $4)
         HAVING count(*) >= $3
       ) locks`,
      [email, ip, LOGIN_THROTTLE.maxFailures, LOGIN_THROTTLE.windowSeconds],
    );
    const retryAfter = Number(rows[0]?.retry_after ?? 0);
    if (retryAfter > 0) {
      throw new DomainError(
        ErrorCode.TooManyAttempts,
        HttpStatus.TOO_MANY_REQUESTS,
        'Too many failed sign-ins; try again later',
        { retryAfterSeconds: retryAfter },
        undefined,
        { 'Retry-After': String(retryAfter) },
      );
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await this.failures.insert({ email, ip });
  }

  /** A successful sign-in clears the account's failures (the address keeps its own). */
  async recordSuccess(email: string): Promise<void> {
    await this.failures.delete({ email });
  }

  async purgeOld(): Promise<void> {
    await this.failures.query(`DELETE FROM login_failures WHERE created_at < now() - make_interval(secs => $1)`, [
      LOGIN_THROTTLE.windowSeconds,
    ]);
  }
}
