import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  type Bilingual,
  type CreateQuestionRequest,
  LIMITS,
  type ListQuestionsQuery,
  QUESTION_LIMITS,
  QUESTION_TYPES,
  type QuestionContent,
  type QuestionType,
  type UpdateQuestionRequest,
} from '@bilikti/contracts';
import { Optional } from '../../../common/optional';
import { queryInt, trim } from '../../../common/transforms';

export class QuestionPromptDto implements Bilingual {
  @Transform(trim)
  @IsString()
  @MaxLength(QUESTION_LIMITS.promptMax)
  kk: string;

  @Transform(trim)
  @IsString()
  @MaxLength(QUESTION_LIMITS.promptMax)
  ru: string;
}

const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value;

export class QuestionFieldsDto {
  @Optional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(QUESTION_LIMITS.pointsMin)
  @Max(QUESTION_LIMITS.pointsMax)
  points?: number;

  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => QuestionPromptDto)
  explanation?: QuestionPromptDto;

  @Optional()
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(QUESTION_LIMITS.tagsMax)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(QUESTION_LIMITS.tagMax, { each: true })
  tags?: string[];

  @Optional()
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(QUESTION_LIMITS.competenciesMax)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(QUESTION_LIMITS.tagMax, { each: true })
  competencyCodes?: string[];

  /** Checked by type in the service (`content.*` field errors). */
  @Optional()
  @IsObject()
  content?: QuestionContent;
}

/** `points` and `content` are required on create; the service says so per field. */
export class CreateQuestionDto extends QuestionFieldsDto implements Partial<CreateQuestionRequest> {
  @IsObject()
  @ValidateNested()
  @Type(() => QuestionPromptDto)
  prompt: QuestionPromptDto;
}

export class UpdateQuestionDto extends QuestionFieldsDto implements UpdateQuestionRequest {
  @IsInt()
  @Min(1)
  version: number;

  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => QuestionPromptDto)
  prompt?: QuestionPromptDto;
}

export class ListQuestionsQueryDto implements ListQuestionsQuery {
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(LIMITS.searchMax)
  q?: string;

  @IsOptional()
  @IsIn(QUESTION_TYPES)
  type?: QuestionType;

  @IsOptional()
  @IsString()
  @MaxLength(QUESTION_LIMITS.tagMax)
  tag?: string;

  @IsOptional()
  @Transform(queryInt)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page: number = 1;

  @IsOptional()
  @Transform(queryInt)
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  pageSize: number = LIMITS.pageSizeDefault;
}
