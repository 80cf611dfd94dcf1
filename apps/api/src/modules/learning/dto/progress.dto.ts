import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsISO8601,
  IsNumber,
  IsObject,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  type BatchProgressRequest,
  type LessonProgressRequest,
  PROGRESS_LIMITS,
  type ProgressReport,
} from '@bilikti/contracts';
import { Optional } from '../../../common/optional';

export class WatchedStretchDto {
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(PROGRESS_LIMITS.maxVideoSeconds)
  from: number;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(PROGRESS_LIMITS.maxVideoSeconds)
  to: number;

  @IsISO8601({ strict: true })
  startedAt: string;
}

export class ProgressReportDto implements ProgressReport {
  @IsUUID()
  eventId: string;

  @IsISO8601({ strict: true })
  occurredAt: string;

  @Optional()
  @IsBoolean()
  opened?: boolean;

  @Optional()
  @IsBoolean()
  markedDone?: boolean;

  @Optional()
  @IsInt()
  @Min(0)
  @Max(PROGRESS_LIMITS.maxSecondsPerReport)
  timeSpentSeconds?: number;

  @Optional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(PROGRESS_LIMITS.maxVideoSeconds)
  positionSeconds?: number;

  @Optional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(1)
  @Max(PROGRESS_LIMITS.maxVideoSeconds)
  durationSeconds?: number;

  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => WatchedStretchDto)
  watched?: WatchedStretchDto;
}

export class LessonProgressDto extends ProgressReportDto implements LessonProgressRequest {}

export class BatchItemDto extends ProgressReportDto {
  @IsUUID()
  lessonId: string;
}

/**
 * Only the envelope is validated with the request: each item is checked on its own, so that one
 * bad item is reported without refusing the others.
 */
export class BatchProgressDto implements Pick<BatchProgressRequest, 'items'> {
  @IsArray()
  @ArrayMaxSize(PROGRESS_LIMITS.batchMax)
  @IsObject({ each: true })
  items: BatchItemDto[];
}
