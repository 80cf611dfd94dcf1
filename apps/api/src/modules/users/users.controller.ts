import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Page, UserResponse } from '@bilikti/contracts';
import { Allow, CurrentUser } from '../../common/access.decorators';
import type { RequestUser } from '../../common/authenticated-request';
import { UuidParamPipe } from '../../common/uuid-param.pipe';
import { CreateUserDto } from './dto/create-user.dto';
import { ListUsersQueryDto } from './dto/list-users.query';
import { UpdateUserDto } from './dto/update-user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Allow('users.manage')
  @Get()
  list(@CurrentUser() caller: RequestUser, @Query() query: ListUsersQueryDto): Promise<Page<UserResponse>> {
    return this.users.list(caller, query);
  }

  @Allow('users.manage')
  @Post()
  create(@CurrentUser() caller: RequestUser, @Body() body: CreateUserDto): Promise<UserResponse> {
    return this.users.create(caller, body);
  }

  @Allow('users.manage')
  @Get(':id')
  get(@CurrentUser() caller: RequestUser, @Param('id', UuidParamPipe) id: string): Promise<UserResponse> {
    return this.users.get(caller, id);
  }

  @Allow('users.manage')
  @Patch(':id')
  update(
    @CurrentUser() caller: RequestUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: UpdateUserDto,
  ): Promise<UserResponse> {
    return this.users.update(caller, id, body);
  }
}
