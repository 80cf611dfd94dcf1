import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HOUR_MS, repeatEvery } from '../../common/repeating-job';
import { LoginThrottle } from './login-throttle';
import { SessionService } from './session.service';

/** Removes expired sessions and sign-in failures older than the throttling window, hourly. */
@Injectable()
export class AuthHousekeepingService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AuthHousekeepingService.name);
  private stop?: () => void;

  constructor(
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
  ) {}

  onApplicationBootstrap(): void {
    this.stop = repeatEvery(HOUR_MS, () => this.run(), this.logger, 'Auth housekeeping');
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }

  async run(): Promise<void> {
    await this.sessions.purgeExpired();
    await this.throttle.purgeOld();
  }
}
