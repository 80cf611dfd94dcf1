import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  AUDIENCES,
  type Audience,
  COURSE_LIMITS,
  type CreateCourseRequest,
  type PublishCourseRequest,
  TOPICS,
  type Topic,
  type UpdateCourseRequest,
  type AddCourseAuthorRequest,
  LIMITS,
} from '@bilikti/contracts';
import { BilingualChangeNoteDto, BilingualSummaryDto, BilingualTitleDto } from '../../../common/bilingual.dto';
import { Optional } from '../../../common/optional';
import { trim } from '../../../common/transforms';

export class CreateCourseDto implements CreateCourseRequest {
  @Transform(trim)
  @IsString()
  @MaxLength(COURSE_LIMITS.codeMax)
  code: string;

  @IsObject()
  @ValidateNested()
  @Type(() => BilingualTitleDto)
  title: BilingualTitleDto;

  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => BilingualSummaryDto)
  summary?: BilingualSummaryDto;

  @IsIn(AUDIENCES)
  audience: Audience;

  @IsInt()
  @Min(COURSE_LIMITS.academicHoursMin)
  @Max(COURSE_LIMITS.academicHoursMax)
  academicHours: number;

  @Optional()
  @IsArray()
  @ArrayMaxSize(COURSE_LIMITS.topicsMax)
  @ArrayUnique()
  @IsIn(TOPICS, { each: true })
  topics?: Topic[];

  @IsOptional()
  @IsUUID()
  coverMediaId?: string | null;

  @Optional()
  @IsUUID()
  providerId?: string;

  @Optional()
  @IsBoolean()
  selfEnrolment?: boolean;
}

export class UpdateCourseDto implements UpdateCourseRequest {
  @IsInt()
  @Min(1)
  version: number;

  @Optional()
  @Transform(trim)
  @IsString()
  @MaxLength(COURSE_LIMITS.codeMax)
  code?: string;

  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => BilingualTitleDto)
  title?: BilingualTitleDto;

  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => BilingualSummaryDto)
  summary?: BilingualSummaryDto;

  @Optional()
  @IsIn(AUDIENCES)
  audience?: Audience;

  @Optional()
  @IsInt()
  @Min(COURSE_LIMITS.academicHoursMin)
  @Max(COURSE_LIMITS.academicHoursMax)
  academicHours?: number;

  @Optional()
  @IsArray()
  @ArrayMaxSize(COURSE_LIMITS.topicsMax)
  @ArrayUnique()
  @IsIn(TOPICS, { each: true })
  topics?: Topic[];

  @IsOptional()
  @IsUUID()
  coverMediaId?: string | null;

  @Optional()
  @IsUUID()
  providerId?: string;

  @Optional()
  @IsBoolean()
  selfEnrolment?: boolean;
}

export class PublishCourseDto implements PublishCourseRequest {
  @IsObject()
  @ValidateNested()
  @Type(() => BilingualChangeNoteDto)
  changeNote: BilingualChangeNoteDto;
}

export class AddCourseAuthorDto implements AddCourseAuthorRequest {
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.emailMax)
  email: string;
}
