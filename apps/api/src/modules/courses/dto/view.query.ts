import { IsIn, IsOptional } from 'class-validator';

/** `?view=draft` asks for the authors' draft instead of the published version. */
export class ViewQueryDto {
  @IsOptional()
  @IsIn(['published', 'draft'])
  view: 'published' | 'draft' = 'published';
}
