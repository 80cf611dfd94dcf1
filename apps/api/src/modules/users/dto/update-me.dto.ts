import { Transform } from 'class-transformer';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { LIMITS, LOCALES, type Locale, type UpdateMeRequest } from '@bilikti/contracts';
import { Optional } from '../../../common/optional';
import { trim } from '../../../common/transforms';

export class UpdateMeDto implements UpdateMeRequest {
  @Optional()
  @Transform(trim)
  @IsString()
  @MinLength(LIMITS.fullNameMin)
  @MaxLength(LIMITS.fullNameMax)
  fullName?: string;

  @Optional()
  @IsIn(LOCALES)
  locale?: Locale;
}
