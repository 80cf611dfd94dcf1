import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import type { ProviderRequest } from '@bilikti/contracts';
import { BilingualNameDto } from '../../../common/bilingual.dto';
import { Optional } from '../../../common/optional';

export class CreateProviderDto implements ProviderRequest {
  @IsObject()
  @ValidateNested()
  @Type(() => BilingualNameDto)
  name: BilingualNameDto;

  @IsOptional()
  @IsUUID()
  logoMediaId?: string | null;
}

export class UpdateProviderDto implements Partial<ProviderRequest> {
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => BilingualNameDto)
  name?: BilingualNameDto;

  @IsOptional()
  @IsUUID()
  logoMediaId?: string | null;
}
