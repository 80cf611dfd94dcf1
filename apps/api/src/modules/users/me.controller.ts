import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { UserResponse } from '@bilikti/contracts';
import { CurrentSession, CurrentUser, SignedIn } from '../../common/access.decorators';
import type { RequestSession, RequestUser } from '../../common/authenticated-request';
import { ChangePasswordDto } from './dto/change-password.dto';
import { UpdateMeDto } from './dto/update-me.dto';
import { UsersService } from './users.service';

@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(private readonly users: UsersService) {}

  @SignedIn()
  @Get()
  get(@CurrentUser() caller: RequestUser): Promise<UserResponse> {
    return this.users.getMe(caller);
  }

  @SignedIn()
  @Patch()
  update(@CurrentUser() caller: RequestUser, @Body() body: UpdateMeDto): Promise<UserResponse> {
    return this.users.updateMe(caller, body);
  }

  @SignedIn()
  @Post('password')
  @HttpCode(HttpStatus.NO_CONTENT)
  changePassword(
    @CurrentUser() caller: RequestUser,
    @CurrentSession() session: RequestSession,
    @Body() body: ChangePasswordDto,
  ): Promise<void> {
    return this.users.changePassword(caller, session, body);
  }
}
