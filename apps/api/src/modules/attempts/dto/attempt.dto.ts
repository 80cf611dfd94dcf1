import { Transform, Type } from 'class-transformer';
import { IntersectionType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
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
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  ATTEMPT_LIMITS,
  ATTEMPT_STATUSES,
  type AnswerValue,
  type AttemptStatus,
  type EssayGrade,
  type GradeAttemptRequest,
  LIMITS,
  type Locale,
  LOCALES,
  type ListAttemptsQuery,
  QUIZ_LIMITS,
  RESULT_EXPORT_FORMATS,
  type ResultExportFormat,
  type SaveAnswerRequest,
} from '@bilikti/contracts';
import { Optional } from '../../../common/optional';
import { queryInt, trim } from '../../../common/transforms';

export class SaveAnswerDto implements SaveAnswerRequest {
  /** Checked against the question's type by the service (`answer` field error); null clears it. */
  @ValidateIf((_o: unknown, value: unknown) => value !== null)
  @IsObject()
  answer: AnswerValue | null;

  @IsInt()
  @Min(1)
  @Max(2_000_000_000)
  revision: number;
}

export class EssayGradeDto implements EssayGrade {
  @IsUUID()
  questionId: string;

  /** Checked against the essay's rubric by the service. */
  @IsObject()
  rubricScores: Record<string, number>;

  @Optional()
  @Transform(trim)
  @IsString()
  @MaxLength(ATTEMPT_LIMITS.commentMax)
  comment?: string;
}

export class GradeAttemptDto implements GradeAttemptRequest {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(QUIZ_LIMITS.questionsMax)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => EssayGradeDto)
  grades: EssayGradeDto[];
}

export class PageQueryDto {
  @IsOptional()
  @Transform(queryInt)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page?: number;

  @IsOptional()
  @Transform(queryInt)
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  pageSize?: number;
}

/** Which attempts of a quiz: by status, and by part of the learner's name or email. */
export class AttemptFiltersDto {
  @IsOptional()
  @IsIn(ATTEMPT_STATUSES)
  status?: AttemptStatus;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(LIMITS.searchMax)
  q?: string;
}

export class ListAttemptsQueryDto
  extends IntersectionType(PageQueryDto, AttemptFiltersDto)
  implements ListAttemptsQuery {}

/** An export holds the attempts the results page shows with the same filters. */
export class ExportQueryDto extends AttemptFiltersDto {
  @IsIn(RESULT_EXPORT_FORMATS)
  format: ResultExportFormat;

  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}
