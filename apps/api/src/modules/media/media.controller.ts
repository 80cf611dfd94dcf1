import { Body, Controller, Get, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { MediaLimits, MediaResponse } from '@bilikti/contracts';
import { Allow, CurrentUser, SignedIn } from '../../common/access.decorators';
import type { RequestUser } from '../../common/authenticated-request';
import { UuidParamPipe } from '../../common/uuid-param.pipe';
import { UploadMediaDto } from './dto/upload-media.dto';
import { MediaUploadInterceptor } from './media-upload.interceptor';
import { MediaService } from './media.service';
import { sendMediaFile } from './send-media-file';

@ApiTags('media')
@Controller('media')
export class MediaController {
  constructor(private readonly media: MediaService) {}

  /** Upload one image, video or PDF as the multipart field `file` (and optionally `courseId`). */
  @Allow('courses.author')
  @Post()
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' }, courseId: { type: 'string', format: 'uuid' } },
    },
  })
  // MediaUploadInterceptor first: it checks the request before multer reads it and maps multer's errors.
  @UseInterceptors(MediaUploadInterceptor, FileInterceptor('file'))
  upload(
    @CurrentUser() caller: RequestUser,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: UploadMediaDto,
  ): Promise<MediaResponse> {
    return this.media.upload(caller, file, body.courseId ?? null);
  }

  /** The largest upload per kind, so the web app can refuse a file before sending it. */
  @SignedIn()
  @Get('limits')
  limits(): MediaLimits {
    return this.media.limits();
  }

  /** The file's bytes, with range requests; 404 unless the caller may see it. */
  @SignedIn()
  @Get(':id')
  async file(
    @CurrentUser() caller: RequestUser,
    @Param('id', UuidParamPipe) id: string,
    @Res() res: Response,
  ): Promise<void> {
    await sendMediaFile(res, await this.media.findDownload(caller, id));
  }
}
