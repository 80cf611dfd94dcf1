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
 * start-up creates that admin, or resets its password, reactivates it and restores the role (and
 * ends its sessions). When the account already matches, nothing changes.
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
    const admin = this.config.bootstrapAdmin;
    if (!admin) return;
    const email = normaliseEmail(admin.email);
    const resetId = await this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(UserEntity, { email });
      if (!existing) {
        await manager.insert(UserEntity, {
          email,
          fullName: 'Administrator',
          passwordHash: await this.hasher.hash(admin.password),
          locale: 'kk',
          roles: ['admin'],
          isActive: true,
        });
        this.logger.log(`Created admin ${email}`);
        return null;
      }
      // A restart with the same settings changes nothing, so the admin stays signed in.
      const unchanged =
        existing.isActive &&
        existing.roles.includes('admin') &&
        (await this.hasher.verify(existing.passwordHash, admin.password));
      if (unchanged) return null;
      const roles = existing.roles.includes('admin') ? existing.roles : [...existing.roles, 'admin' as const];
      await manager.update(
        UserEntity,
        { id: existing.id },
        { passwordHash: await this.hasher.hash(admin.password), roles, isActive: true, deactivatedAt: null },
      );
      await this.sessions.endAllForUser(existing.id, undefined, manager);
      this.logger.log(`Reset the password of admin ${email}`);
      return existing.id;
    });
    if (resetId) this.sessions.forgetUser(resetId);
  }
}
