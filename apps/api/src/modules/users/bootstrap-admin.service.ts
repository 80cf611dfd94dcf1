import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { PasswordHasher } from '../auth/password-hasher';
import { SessionService } from '../auth/session.service';
import { UserEntity } from './entities/user.entity';
import { normaliseEmail } from './user-rules';

/**
 * How a real deployment gets its first account: with ADMIN_EMAIL and ADMIN_PASSWORD set,
 * start-up creates that admin, or resets its password, reactivates it and restores the role.
 */
@Injectable()
export class BootstrapAdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger(BootstrapAdminService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.bootstrapAdmin) return;
    const email = normaliseEmail(this.config.bootstrapAdmin.email);
    const passwordHash = await this.hasher.hash(this.config.bootstrapAdmin.password);
    await this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(UserEntity, { email });
      if (!existing) {
        await manager.insert(UserEntity, {
          email,
          fullName: 'Administrator',
          passwordHash,
          locale: 'kk',
          roles: ['admin'],
          isActive: true,
        });
        this.logger.log(`Created admin ${email}`);
        return;
      }
      const roles = existing.roles.includes('admin') ? existing.roles : [...existing.roles, 'admin' as const];
      await manager.update(
        UserEntity,
        { id: existing.id },
        { passwordHash, roles, isActive: true, deactivatedAt: null },
      );
      await this.sessions.endAllForUser(existing.id, undefined, manager);
      this.logger.log(`Reset the password of admin ${email}`);
    });
  }
}
