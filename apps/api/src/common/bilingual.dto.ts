import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { type Bilingual, COURSE_LIMITS } from '@bilikti/contracts';
import { trim } from './transforms';

/**
 * Bilingual texts as request bodies carry them. Drafts may leave one language empty (the parity
 * gate reports it); names that identify something must be given in both.
 */
export class BilingualTitleDto implements Bilingual {
  @Transform(trim)
  @IsString()
  @MaxLength(COURSE_LIMITS.titleMax)
  kk: string;

  @Transform(trim)
  @IsString()
  @MaxLength(COURSE_LIMITS.titleMax)
  ru: string;
}

export class BilingualSummaryDto implements Bilingual {
  @Transform(trim)
  @IsString()
  @MaxLength(COURSE_LIMITS.summaryMax)
  kk: string;

  @Transform(trim)
  @IsString()
  @MaxLength(COURSE_LIMITS.summaryMax)
  ru: string;
}

/** A version's change note: required in both languages, like everything learners may read. */
export class BilingualChangeNoteDto implements Bilingual {
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(COURSE_LIMITS.changeNoteMax)
  kk: string;

  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(COURSE_LIMITS.changeNoteMax)
  ru: string;
}

export class BilingualNameDto implements Bilingual {
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(COURSE_LIMITS.providerNameMax)
  kk: string;

  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(COURSE_LIMITS.providerNameMax)
  ru: string;
}
