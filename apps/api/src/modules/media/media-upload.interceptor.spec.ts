import { BadRequestException, PayloadTooLargeException } from '@nestjs/common';
import { ErrorCode } from '@bilikti/contracts';
import { DomainError } from '../../common/domain-error';
import { toUploadError } from './media-upload.interceptor';

const multerError = (code: string, field?: string) =>
  Object.assign(new Error(code), { name: 'MulterError', code, field });

describe('toUploadError', () => {
  it("turns multer's file size refusal into media.tooLarge with the largest limit, never a 500", () => {
    const error = toUploadError(
      new PayloadTooLargeException('File too large', { cause: multerError('LIMIT_FILE_SIZE', 'file') }),
      500 * 1024 * 1024,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: ErrorCode.MediaTooLarge,
      status: 413,
      params: { maxBytes: 500 * 1024 * 1024, maxMegabytes: 500 },
    });
  });

  it('names a file sent in another field, and refuses a second file', () => {
    const other = toUploadError(
      new BadRequestException('x', { cause: multerError('LIMIT_UNEXPECTED_FILE', 'pdf') }),
      1,
    );
    expect(other).toMatchObject({ status: 422, fields: { pdf: { code: 'unknownField' } } });
    const second = toUploadError(new BadRequestException('x', { cause: multerError('LIMIT_FILE_COUNT') }), 1);
    expect(second).toMatchObject({ status: 422, fields: { file: { code: 'invalidValue' } } });
  });

  it('leaves other errors as they are', () => {
    const malformed = new BadRequestException('Multipart: Unexpected end of form');
    expect(toUploadError(malformed, 1)).toBe(malformed);
    const domain = DomainError.notFound();
    expect(toUploadError(domain, 1)).toBe(domain);
  });
});
