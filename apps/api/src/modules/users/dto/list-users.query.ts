import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { LIMITS, type ListUsersQuery, POSITIONS, type Position, ROLES, type Role } from '@bilikti/contracts';
import { queryBoolean, queryInt, trim } from '../../../common/transforms';

export class ListUsersQueryDto implements ListUsersQuery {
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(LIMITS.searchMax)
  q?: string;

  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @IsOptional()
  @IsString()
  @Matches(/^KZ-\d{2}$/)
  regionCode?: string;

  @IsOptional()
  @IsIn(POSITIONS)
  position?: Position;

  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  isActive?: boolean;

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
