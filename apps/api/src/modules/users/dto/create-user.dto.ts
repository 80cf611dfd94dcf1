import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
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
import { type CreateUserRequest, LIMITS, LOCALES, type Locale, ROLES, type Role } from '@bilikti/contracts';
import { trim } from '../../../common/transforms';
import { ProfileDto } from './profile.dto';

export class CreateUserDto implements CreateUserRequest {
  @Transform(trim)
  @IsString()
  @MaxLength(LIMITS.emailMax)
  @IsEmail()
  email: string;

  @Transform(trim)
  @IsString()
  @MinLength(LIMITS.fullNameMin)
  @MaxLength(LIMITS.fullNameMax)
  fullName: string;

  @IsString()
  @MinLength(LIMITS.passwordMin)
  @MaxLength(LIMITS.passwordMax)
  password: string;

  @IsIn(LOCALES)
  locale: Locale;

  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles: Role[];

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ProfileDto)
  profile?: ProfileDto | null;

  /** Only for instructors: the provider they author courses for. */
  @IsOptional()
  @IsUUID()
  providerId?: string | null;
}
