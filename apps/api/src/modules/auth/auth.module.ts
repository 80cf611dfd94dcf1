import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from '../users/entities/user.entity';
import { AuthHousekeepingService } from './auth-housekeeping.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginFailureEntity } from './entities/login-attempt.entity';
import { SessionEntity } from './entities/session.entity';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { SessionCache } from './session-cache';
import { SessionCacheListener } from './session-cache-listener';
import { SessionService } from './session.service';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity, LoginFailureEntity, UserEntity])],
  controllers: [AuthController],
  providers: [
    AuthHousekeepingService,
    AuthService,
    SessionService,
    SessionCache,
    SessionCacheListener,
    LoginThrottle,
    PasswordHasher,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [SessionService, PasswordHasher],
})
export class AuthModule {}
