import { Controller, Get, Header } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { PartyResponse, RegionResponse } from '@bilikti/contracts';
import { Public } from '../../common/access.decorators';
import { ReferenceService } from './reference.service';

/** Reference lists are public: the sign-up and catalogue screens need them before sign-in. */
@ApiTags('reference')
@Controller()
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

  @Public()
  @Get('regions')
  @Header('Cache-Control', 'public, max-age=3600')
  regions(): Promise<RegionResponse[]> {
    return this.reference.listRegions();
  }

  @Public()
  @Get('parties')
  @Header('Cache-Control', 'public, max-age=3600')
  parties(): Promise<PartyResponse[]> {
    return this.reference.listParties();
  }
}
