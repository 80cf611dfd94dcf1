import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { LoginThrottle } from './login-throttle';
import { SessionService } from './session.service';

const EVERY_HOUR_MS = 60 * 60 * 1000;

/** Removes expired sessions and sign-in failures older than the throttling window, hourly. */
@Injectable()
export class AuthHousekeepingService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AuthHousekeepingService.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.run(), EVERY_HOUR_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async run(): Promise<void> {
    try {
      await this.sessions.purgeExpired();
      await this.throttle.purgeOld();
    } catch (error) {
      this.logger.warn({ err: error }, 'Auth housekeeping failed; will retry next hour');
    }
  }
}
