import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  COURSE_LIMITS,
  type CreateLessonRequest,
  type CreateModuleRequest,
  type LessonContent,
  LESSON_TYPES,
  type LessonType,
  LOCALES,
  type Locale,
  type UpdateLessonRequest,
  type QuizSettings,
  type UpdateModuleRequest,
} from '@bilikti/contracts';
import { BilingualTitleDto } from '../../../common/bilingual.dto';
import { Optional } from '../../../common/optional';
import { trim } from '../../../common/transforms';

export class CreateModuleDto implements CreateModuleRequest {
  @IsObject()
  @ValidateNested()
  @Type(() => BilingualTitleDto)
  title: BilingualTitleDto;
}

export class UpdateModuleDto implements UpdateModuleRequest {
  @IsInt()
  @Min(1)
  version: number;

  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => BilingualTitleDto)
  title?: BilingualTitleDto;

  @Optional()
  @IsInt()
  @Min(0)
  @Max(COURSE_LIMITS.modulesMax)
  position?: number;
}

/** One language of a lesson; each part may be left out to keep what is stored. */
export class LessonContentDto implements Partial<LessonContent> {
  @Optional()
  @IsString()
  @MaxLength(COURSE_LIMITS.bodyMax)
  body?: string;

  @IsOptional()
  @IsUUID()
  mediaId?: string | null;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(COURSE_LIMITS.externalUrlMax)
  externalUrl?: string | null;
}

export class LessonContentPairDto implements Partial<Record<Locale, Partial<LessonContent>>> {
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => LessonContentDto)
  kk?: LessonContentDto;

  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => LessonContentDto)
  ru?: LessonContentDto;
}

export class CreateLessonDto implements CreateLessonRequest {
  @IsIn(LESSON_TYPES)
  type: LessonType;

  @IsObject()
  @ValidateNested()
  @Type(() => BilingualTitleDto)
  title: BilingualTitleDto;

  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => LessonContentPairDto)
  content?: LessonContentPairDto;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(COURSE_LIMITS.durationMinutesMax)
  durationMinutes?: number | null;
}

export class UpdateLessonDto implements UpdateLessonRequest {
  @IsInt()
  @Min(1)
  version: number;

  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => BilingualTitleDto)
  title?: BilingualTitleDto;

  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => LessonContentPairDto)
  content?: LessonContentPairDto;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(COURSE_LIMITS.durationMinutesMax)
  durationMinutes?: number | null;

  @Optional()
  @IsUUID()
  moduleId?: string;

  @Optional()
  @IsInt()
  @Min(0)
  @Max(COURSE_LIMITS.lessonsPerModuleMax)
  position?: number;

  @Optional()
  @IsArray()
  @ArrayMaxSize(2)
  @ArrayUnique()
  @IsIn(LOCALES, { each: true })
  confirmReview?: Locale[];

  /** Assessment lessons: checked in full by the service (`quiz.*` field errors). */
  @Optional()
  @IsObject()
  quiz?: QuizSettings;
}
