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
 *
 * A sign-in is counted as a failure before its password is checked, and the check counts every
 * failure recorded before its own. Password hashing takes tens of milliseconds, so checking
 * first and recording after would let a burst of parallel guesses all pass the check; this way
 * the sixth of any burst already sees the first five.
 */
@Injectable()
export class LoginThrottle {
  constructor(@InjectRepository(LoginFailureEntity) private readonly failures: Repository<LoginFailureEntity>) {}

  /**
   * Records the sign-in as a failure until `succeeded` says otherwise, and returns its id. Throws
   * 429 with Retry-After (and records nothing) when the account or the address is locked.
   */
  async begin(email: string, ip: string): Promise<string> {
    const [{ id }] = await this.failures.query<{ id: string }[]>(
      'INSERT INTO login_failures (email, ip) VALUES ($1, $2) RETURNING id',
      [email, ip],
    );
    const retryAfter = await this.lockedFor(email, ip, id);
    if (retryAfter > 0) {
      await this.failures.delete({ id });
      throw new DomainError(
        ErrorCode.TooManyAttempts,
        HttpStatus.TOO_MANY_REQUESTS,
        'Too many failed sign-ins; try again later',
        { retryAfterSeconds: retryAfter },
        undefined,
        { 'Retry-After': String(retryAfter) },
      );
    }
    return id;
  }

  /** A successful sign-in clears the account's failures, its own included (the address keeps its own). */
  async succeeded(email: string): Promise<void> {
    await this.failures.delete({ email });
  }

  /** Seconds until the account or the address unlocks, counting the failures recorded before `id`. */
  private async lockedFor(email: string, ip: string, id: string): Promise<number> {
    const rows = await this.failures.query<{ retry_after: string | null }[]>(
      `SELECT ceil(extract(epoch FROM max(unlock_at) - now()))::int AS retry_after FROM (
         SELECT (array_agg(created_at ORDER BY created_at DESC))[$3] + make_interval(secs => $4) AS unlock_at
           FROM login_failures
          WHERE email = $1 AND id < $5 AND created_at > now() - make_interval(secs => $4)
         HAVING count(*) >= $3
         UNION ALL
         SELECT (array_agg(created_at ORDER BY created_at DESC))[$3] + make_interval(secs => $4)
           FROM login_failures
          WHERE ip = $2 AND id < $5 AND created_at > now() - make_interval(secs => $4)
         HAVING count(*) >= $3
       ) locks`,
      [email, ip, LOGIN_THROTTLE.maxFailures, LOGIN_THROTTLE.windowSeconds, id],
    );
    return Number(rows[0]?.retry_after ?? 0);
  }

  async purgeOld(): Promise<void> {
    await this.failures.query(`DELETE FROM login_failures WHERE created_at < now() - make_interval(secs => $1)`, [
      LOGIN_THROTTLE.windowSeconds,
    ]);
  }
}
