import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { LIMITS, LOCALES, type Locale, ROLES, type Role, type UpdateUserRequest } from '@bilikti/contracts';
import { Optional } from '../../../common/optional';
import { trim } from '../../../common/transforms';
import { ProfileDto } from './profile.dto';

export class UpdateUserDto implements UpdateUserRequest {
  @Optional()
  @Transform(trim)
  @IsString()
  @MaxLength(LIMITS.emailMax)
  @IsEmail()
  email?: string;

  @Optional()
  @Transform(trim)
  @IsString()
  @MinLength(LIMITS.fullNameMin)
  @MaxLength(LIMITS.fullNameMax)
  fullName?: string;

  @Optional()
  @IsIn(LOCALES)
  locale?: Locale;

  @Optional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles?: Role[];

  @Optional()
  @IsBoolean()
  isActive?: boolean;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ProfileDto)
  profile?: ProfileDto | null;

  @Optional()
  @IsString()
  @MinLength(LIMITS.passwordMin)
  @MaxLength(LIMITS.passwordMax)
  password?: string;

  /** Only for instructors: the provider they author courses for. */
  @IsOptional()
  @IsUUID()
  providerId?: string | null;
}
