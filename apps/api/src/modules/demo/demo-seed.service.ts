import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { PasswordHasher } from '../auth/password-hasher';
import { UserEntity } from '../users/entities/user.entity';
import { toProfileColumns } from '../users/user.mapper';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { DemoCourseSeeder } from './demo-course-seeder';

const SEED_KEY = 'demo_seed';
const COURSES_KEY = 'demo_courses';
/** Serialises concurrent starts against one database. */
const SEED_LOCK = 7_402_113;

/** Seeds the demo accounts once, when SEED_DEMO is on (never in production). */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly courses: DemoCourseSeeder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.seedDemo) await this.seed();
  }

  /**
   * Returns false when the demo data was already there. Accounts and courses are recorded
   * separately, so a database seeded before the courses existed gets them on its next start.
   */
  async seed(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      const isDone = async (key: string) =>
        (await manager.query<unknown[]>('SELECT 1 FROM app_state WHERE key = $1', [key])).length > 0;
      const accountsDone = await isDone(SEED_KEY);
      const coursesDone = await isDone(COURSES_KEY);
      if (!accountsDone) {
        // Hashed only when the accounts are actually created: not on every start.
        const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
        for (const account of DEMO_ACCOUNTS) {
          const exists = await manager.findOneBy(UserEntity, { email: account.email });
          if (exists) continue;
          await manager.insert(UserEntity, {
            email: account.email,
            fullName: account.fullName,
            passwordHash,
            locale: account.locale,
            roles: account.roles,
            isActive: true,
            ...toProfileColumns(account.profile),
          });
        }
        await manager.query(`INSERT INTO app_state (key, value) VALUES ($1, $2)`, [
          SEED_KEY,
          JSON.stringify({ seededAt: new Date().toISOString(), accounts: DEMO_ACCOUNTS.length }),
        ]);
        this.logger.log(`Seeded ${DEMO_ACCOUNTS.length} demo accounts`);
      }
      if (!coursesDone) {
        const instructor = DEMO_ACCOUNTS.find((account) => account.roles.includes('instructor'));
        if (instructor) await this.courses.seed(manager, instructor.email);
        await manager.query(`INSERT INTO app_state (key, value) VALUES ($1, $2)`, [
          COURSES_KEY,
          JSON.stringify({ seededAt: new Date().toISOString() }),
        ]);
      }
      return !accountsDone || !coursesDone;
    });
  }
}
