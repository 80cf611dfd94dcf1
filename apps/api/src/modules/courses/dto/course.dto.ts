import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
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
import { BilingualSummaryDto, BilingualTitleDto } from '../../../common/bilingual.dto';
import { Optional } from '../../../common/optional';
import { trim } from '../../../common/transforms';

export class CreateCourseDto implements CreateCourseRequest {
  @Transform(trim)
  @IsString()
  @MaxLength(COURSE_LIMITS.codeMax)
  code: string;

  @ValidateNested()
  @Type(() => BilingualTitleDto)
  title: BilingualTitleDto;

  @Optional()
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
  @ValidateNested()
  @Type(() => BilingualTitleDto)
  title?: BilingualTitleDto;

  @Optional()
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
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(COURSE_LIMITS.changeNoteMax)
  changeNote: string;
}

export class AddCourseAuthorDto implements AddCourseAuthorRequest {
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.emailMax)
  email: string;
}
