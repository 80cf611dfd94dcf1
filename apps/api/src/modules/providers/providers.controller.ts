import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ProviderResponse } from '@bilikti/contracts';
import { Allow, CurrentUser, SignedIn } from '../../common/access.decorators';
import type { RequestUser } from '../../common/authenticated-request';
import { UuidParamPipe } from '../../common/uuid-param.pipe';
import { CreateProviderDto, UpdateProviderDto } from './dto/provider.dto';
import { ProvidersService } from './providers.service';

@ApiTags('providers')
@Controller('providers')
export class ProvidersController {
  constructor(private readonly providers: ProvidersService) {}

  @SignedIn()
  @Get()
  list(): Promise<ProviderResponse[]> {
    return this.providers.list();
  }

  @Allow('providers.manage')
  @Post()
  create(@CurrentUser() caller: RequestUser, @Body() body: CreateProviderDto): Promise<ProviderResponse> {
    return this.providers.create(caller, body);
  }

  @SignedIn()
  @Get(':id')
  get(@Param('id', UuidParamPipe) id: string): Promise<ProviderResponse> {
    return this.providers.get(id);
  }

  @Allow('providers.manage')
  @Patch(':id')
  update(
    @CurrentUser() caller: RequestUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: UpdateProviderDto,
  ): Promise<ProviderResponse> {
    return this.providers.update(caller, id, body);
  }
}
