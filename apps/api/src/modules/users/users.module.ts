import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { ReferenceModule } from '../reference/reference.module';
import { BootstrapAdminService } from './bootstrap-admin.service';
import { UserEntity } from './entities/user.entity';
import { MeController } from './me.controller';
import { UsersController } from './users.controller';
import { UsersPolicy } from './users.policy';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity]), AuthModule, ReferenceModule],
  controllers: [MeController, UsersController],
  providers: [UsersService, UsersRepository, UsersPolicy, BootstrapAdminService],
  exports: [UsersRepository],
})
export class UsersModule {}
