import type { FieldError } from '@bilikti/contracts';

import { ApiError } from './api-client';

export type FieldErrors = Record<string, FieldError>;

/** The per-field errors of a failed request (a 422), keyed by field path such as `profile.regionCode`. */
export function fieldErrorsOf(error: unknown): FieldErrors {
  return error instanceof ApiError ? error.fields : {};
}
