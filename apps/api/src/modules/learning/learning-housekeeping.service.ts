import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HOUR_MS, repeatEvery } from '../../common/repeating-job';
import { ProgressService } from './progress.service';

/** Forgets progress report ids past the age at which reports are still accepted, hourly. */
@Injectable()
export class LearningHousekeepingService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LearningHousekeepingService.name);
  private stop?: () => void;

  constructor(private readonly progress: ProgressService) {}

  onApplicationBootstrap(): void {
    this.stop = repeatEvery(HOUR_MS, () => this.run(), this.logger, 'Learning housekeeping');
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }

  async run(): Promise<void> {
    const deleted = await this.progress.purgeOldEvents();
    if (deleted) this.logger.log(`Forgot ${deleted} old progress report ids`);
  }
}
