import { HttpStatus } from '@nestjs/common';
import { ErrorCode, type FieldError, type ParityGap } from '@bilikti/contracts';

/**
 * An error the API answers with on purpose: a stable code from `@bilikti/contracts`, an HTTP
 * status, and the params a translated message needs. The global filter renders it.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: HttpStatus,
    message: string,
    readonly params?: Record<string, string | number>,
    readonly fields?: Record<string, FieldError>,
    readonly headers?: Record<string, string>,
    readonly gaps?: ParityGap[],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(what = 'Resource'): DomainError {
    return new DomainError(ErrorCode.NotFound, HttpStatus.NOT_FOUND, `${what} not found`);
  }

  static validation(fields: Record<string, FieldError>): DomainError {
    return new DomainError(
      ErrorCode.ValidationFailed,
      HttpStatus.UNPROCESSABLE_ENTITY,
      `Validation failed: ${Object.keys(fields).join(', ')}`,
      undefined,
      fields,
    );
  }

  /** Someone else saved the record first: the caller must reload before saving again. */
  static staleVersion(currentVersion: number): DomainError {
    return new DomainError(ErrorCode.StaleVersion, HttpStatus.CONFLICT, 'The record was changed by someone else', {
      currentVersion,
    });
  }
}
