import { HttpStatus } from '@nestjs/common';
import { ErrorCode, FieldErrorCode } from '@bilikti/contracts';
import { DomainError } from '../../common/domain-error';

const MB = 1024 * 1024;

/** 413 `media.tooLarge`, with the limit the web app names in its message. */
export function mediaTooLarge(maxBytes: number, headers?: Record<string, string>): DomainError {
  return new DomainError(
    ErrorCode.MediaTooLarge,
    HttpStatus.PAYLOAD_TOO_LARGE,
    `The file is larger than ${maxBytes} bytes`,
    { maxBytes, maxMegabytes: Math.round(maxBytes / MB) },
    undefined,
    headers,
  );
}

/** 415 `media.unsupportedType`: the bytes are not an accepted image, video or PDF. */
export function mediaUnsupportedType(): DomainError {
  return new DomainError(
    ErrorCode.MediaUnsupportedType,
    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    'The file is not an accepted image, video or PDF',
  );
}

/** 422 with `file: required`: no file in the request, or not a multipart form at all. */
export function mediaFileRequired(): DomainError {
  return DomainError.validation({ file: { code: FieldErrorCode.Required } });
}
