import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsUUID } from 'class-validator';
import { Optional } from '../../../common/optional';

/** The text fields of the upload form (the file itself is the `file` part). */
export class UploadMediaDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The course the file is for; its authors may use it.' })
  // An empty form field means "no course".
  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value))
  @Optional()
  @IsUUID('all')
  courseId?: string;
}
