import {
  type CallHandler,
  type ExecutionContext,
  HttpException,
  Inject,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request } from 'express';
import { catchError, type Observable, throwError } from 'rxjs';
import { FieldErrorCode } from '@bilikti/contracts';
import { DomainError } from '../../common/domain-error';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { mediaFileRequired, mediaTooLarge } from './media.errors';

/** Room for the multipart boundaries, part headers and the `courseId` field around the file. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** The largest file of any kind the server accepts. */
export function largestMediaLimit(config: AppConfig): number {
  return Math.max(config.mediaLimits.image, config.mediaLimits.video, config.mediaLimits.pdf);
}

/**
 * Wraps multer's `FileInterceptor` on the upload route (place it before that one): refuses a
 * body that is not a multipart form, or that declares itself larger than any file could be,
 * before a byte of it is read, and turns multer's refusals into the API's error codes.
 */
@Injectable()
export class MediaUploadInterceptor implements NestInterceptor {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    if (!request.is('multipart/form-data')) throw mediaFileRequired();
    const largest = largestMediaLimit(this.config);
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > largest + MULTIPART_OVERHEAD_BYTES) {
      // The body is left unread: close the connection rather than wait for it.
      throw mediaTooLarge(largest, { Connection: 'close' });
    }
    return next.handle().pipe(catchError((error: unknown) => throwError(() => toUploadError(error, largest))));
  }
}

interface MulterError {
  name: 'MulterError';
  code: string;
  field?: string;
}

/**
 * multer's errors arrive wrapped by Nest in an HttpException whose cause is the MulterError.
 * A file over the largest limit becomes `media.tooLarge`; a file in another field or a second
 * file becomes a field error; anything else is left as it is.
 */
export function toUploadError(error: unknown, largest: number): unknown {
  const cause = error instanceof HttpException ? error.cause : error;
  if (!isMulterError(cause)) return error;
  switch (cause.code) {
    case 'LIMIT_FILE_SIZE':
      return mediaTooLarge(largest);
    case 'LIMIT_UNEXPECTED_FILE':
      return cause.field && cause.field !== 'file'
        ? DomainError.validation({ [cause.field]: { code: FieldErrorCode.UnknownField } })
        : DomainError.validation({ file: { code: FieldErrorCode.InvalidValue } });
    case 'LIMIT_FILE_COUNT':
      return DomainError.validation({ file: { code: FieldErrorCode.InvalidValue } });
    default:
      return error;
  }
}

function isMulterError(value: unknown): value is MulterError {
  return typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'MulterError';
}
