import { FieldErrorCode, LIMITS } from '@bilikti/contracts';

import type { FieldErrors } from './form-errors';

// Deliberately loose: the server has the last word; this only catches typos before a slow round trip.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkRequired(errors: FieldErrors, field: string, value: string): void {
  if (!errors[field] && value.trim() === '') errors[field] = { code: FieldErrorCode.Required };
}

export function checkEmail(errors: FieldErrors, field: string, value: string): void {
  checkRequired(errors, field, value);
  if (!errors[field] && !EMAIL.test(value.trim())) errors[field] = { code: FieldErrorCode.InvalidEmail };
}

export function checkLength(errors: FieldErrors, field: string, value: string, min: number, max: number): void {
  const length = value.trim().length;
  if (errors[field]) return;
  if (length < min) errors[field] = { code: FieldErrorCode.TooShort, params: { min } };
  else if (length > max) errors[field] = { code: FieldErrorCode.TooLong, params: { max } };
}

export function checkNewPassword(errors: FieldErrors, field: string, value: string): void {
  checkRequired(errors, field, value);
  if (errors[field]) return;
  if (value.length < LIMITS.passwordMin) {
    errors[field] = { code: FieldErrorCode.TooShort, params: { min: LIMITS.passwordMin } };
  } else if (value.length > LIMITS.passwordMax) {
    errors[field] = { code: FieldErrorCode.TooLong, params: { max: LIMITS.passwordMax } };
  }
}
