import { ErrorCode, FieldErrorCode, LIMITS, LOGIN_THROTTLE, type FieldError } from '@bilikti/contracts';
import type { i18n as I18n } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiError, NetworkError } from './api-client';

interface MessageKey {
  key: string;
  params: Record<string, string | number>;
}

/** Which `errors` key (and values) describe an error: the API's code, or a generic fallback. */
export function errorMessageKey(error: unknown): MessageKey {
  if (error instanceof NetworkError) return { key: 'network.offline', params: {} };
  if (error instanceof ApiError) {
    const params: Record<string, string | number> = { ...error.params };
    if (error.code === ErrorCode.TooManyAttempts) {
      // Minutes read better than seconds; `count` picks the plural form. Without the
      // parameter, the throttle window is the longest the wait can be.
      const seconds = Number(params.retryAfterSeconds ?? LOGIN_THROTTLE.windowSeconds);
      params.count = Math.max(1, Math.ceil((Number.isFinite(seconds) ? seconds : LOGIN_THROTTLE.windowSeconds) / 60));
    }
    return { key: error.code, params };
  }
  return { key: 'unknown', params: {} };
}

/**
 * Translates a key that comes from the server, so it is not one of the typed keys.
 * Returns null when there is no string for it (unknown code, or a key naming a group).
 */
function translateDynamic(i18n: I18n, key: string, params: Record<string, string | number>): string | null {
  // Checked first so that an unknown server code is not reported as a missing translation.
  if (!i18n.exists(key, params)) return null;
  const t = i18n.t as unknown as (key: string, options: Record<string, unknown>) => unknown;
  const value = t(key, { ...params, returnObjects: true, defaultValue: '' });
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Returns a function that turns any thrown error into a translated sentence. */
export function useErrorMessage(): (error: unknown) => string {
  const { t, i18n } = useTranslation('errors');
  return useCallback(
    (error: unknown) => {
      const { key, params } = errorMessageKey(error);
      return translateDynamic(i18n, `errors:${key}`, params) ?? t('unknown');
    },
    [t, i18n],
  );
}

/** Returns a function that translates one field's error code (`errors:fields.<code>`). */
export function useFieldErrorMessage(): (error: FieldError) => string {
  const { t, i18n } = useTranslation('errors');
  return useCallback(
    (error: FieldError) => {
      // The password rule is known here too, so the message never shows an empty number.
      const defaults: Record<string, number> =
        error.code === FieldErrorCode.WeakPassword ? { min: LIMITS.passwordMin } : {};
      const params = { ...defaults, ...error.params };
      return translateDynamic(i18n, `errors:fields.${error.code}`, params) ?? t('fields.invalidValue');
    },
    [t, i18n],
  );
}

/**
 * Returns a function for the alert at the top of a form: "check the marked fields" while the
 * form's own checks fail, otherwise the translated request error, or nothing.
 */
export function useFormErrorMessage(): (hasFieldErrors: boolean, requestError: unknown) => string | null {
  const { t } = useTranslation('errors');
  const errorMessage = useErrorMessage();
  return useCallback(
    (hasFieldErrors: boolean, requestError: unknown) =>
      hasFieldErrors ? t('validation.failed') : requestError ? errorMessage(requestError) : null,
    [t, errorMessage],
  );
}
