import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import {
  AUDIENCES,
  type Audience,
  COURSE_LIST_SCOPES,
  COURSE_SORTS,
  COURSE_STATUSES,
  type CourseListScope,
  type CourseSort,
  type CourseStatus,
  LIMITS,
  type ListCoursesQuery,
  LOCALES,
  type Locale,
  TOPICS,
  type Topic,
} from '@bilikti/contracts';
import { queryBoolean, queryInt, trim } from '../../../common/transforms';

export class ListCoursesQueryDto implements ListCoursesQuery {
  @IsOptional()
  @IsIn(COURSE_LIST_SCOPES)
  scope: CourseListScope = 'catalog';

  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(LIMITS.searchMax)
  q?: string;

  @IsOptional()
  @IsUUID()
  providerId?: string;

  @IsOptional()
  @IsIn(AUDIENCES)
  audience?: Audience;

  @IsOptional()
  @IsIn(TOPICS)
  topic?: Topic;

  @IsOptional()
  @IsIn(LOCALES)
  language?: Locale;

  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  complete?: boolean;

  @IsOptional()
  @IsIn(COURSE_STATUSES)
  status?: CourseStatus;

  @IsOptional()
  @IsIn(COURSE_SORTS)
  sort: CourseSort = 'title';

  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

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
