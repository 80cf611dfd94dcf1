import { Type } from 'class-transformer';
import { IsOptional, IsUUID, ValidateNested } from 'class-validator';
import type { ProviderRequest } from '@bilikti/contracts';
import { BilingualNameDto } from '../../../common/bilingual.dto';
import { Optional } from '../../../common/optional';

export class CreateProviderDto implements ProviderRequest {
  @ValidateNested()
  @Type(() => BilingualNameDto)
  name: BilingualNameDto;

  @IsOptional()
  @IsUUID()
  logoMediaId?: string | null;
}

export class UpdateProviderDto implements Partial<ProviderRequest> {
  @Optional()
  @ValidateNested()
  @Type(() => BilingualNameDto)
  name?: BilingualNameDto;

  @IsOptional()
  @IsUUID()
  logoMediaId?: string | null;
}
