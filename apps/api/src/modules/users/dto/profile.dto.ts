import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import {
  type LearnerProfile,
  LIMITS,
  MASLIKHAT_LEVELS,
  type MaslikhatLevel,
  POSITIONS,
  type Position,
} from '@bilikti/contracts';
import { trim } from '../../../common/transforms';

export class ProfileDto implements LearnerProfile {
  @IsIn(POSITIONS)
  position: Position;

  @IsString()
  @Matches(/^KZ-\d{2}$/)
  regionCode: string;

  @IsOptional()
  @IsIn(MASLIKHAT_LEVELS)
  maslikhatLevel: MaslikhatLevel | null = null;

  @Transform(trim)
  @IsString()
  @MaxLength(LIMITS.organisationMax)
  organisation: string;

  @IsOptional()
  @IsString()
  @Matches(/^[a-z_]{2,40}$/)
  partyCode: string | null = null;
}
