import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';

import { ApiError, NetworkError } from './api-client';
import { useErrorMessage, useFieldErrorMessage } from './error-message';
import { createI18n } from './i18n';

function renderMessages(locale: 'kk' | 'ru') {
  const i18n = createI18n(locale);
  const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
  return renderHook(() => ({ error: useErrorMessage(), field: useFieldErrorMessage() }), { wrapper }).result.current;
}

describe('translated error messages', () => {
  it('translates a known code', () => {
    const { error } = renderMessages('ru');
    expect(error(new ApiError(401, { code: 'auth.invalidCredentials' }))).toBe(
      'Неверная электронная почта или пароль.',
    );
  });

  it('turns retryAfterSeconds into minutes with the right Russian plural', () => {
    const { error } = renderMessages('ru');
    const tooMany = (seconds: number) =>
      error(new ApiError(429, { code: 'auth.tooManyAttempts', params: { retryAfterSeconds: seconds } }));
    expect(tooMany(60)).toContain('через 1 минуту');
    expect(tooMany(150)).toContain('через 3 минуты');
    expect(tooMany(900)).toContain('через 15 минут');
  });

  it('falls back to a generic message for unknown codes and for codes that name a group', () => {
    const { error } = renderMessages('kk');
    const generic = 'Күтпеген қате орын алды. Кейінірек қайталап көріңіз.';
    expect(error(new ApiError(500, { code: 'something.new' as never }))).toBe(generic);
    expect(error(new ApiError(500, { code: 'auth' as never }))).toBe(generic);
    expect(error(new Error('boom'))).toBe(generic);
  });

  it('explains a network failure as a connection problem', () => {
    const { error } = renderMessages('kk');
    expect(error(new NetworkError(new TypeError('Failed to fetch')))).toMatch(/Интернет байланысын тексеріп/);
  });

  it('translates field errors with their parameters', () => {
    const { field } = renderMessages('ru');
    expect(field({ code: 'tooLong', params: { max: 200 } })).toBe('Не более 200 символов.');
    expect(field({ code: 'surprise' as never })).toBe('Недопустимое значение.');
  });
});

describe('translated error messages without parameters', () => {
  it('still names a wait and a password length when the API leaves them out', () => {
    const { error, field } = renderMessages('kk');
    expect(error(new ApiError(429, { code: 'auth.tooManyAttempts' }))).toContain('15 минуттан кейін');
    expect(field({ code: 'weakPassword' })).toBe(
      'Құпиясөз тым қарапайым: бірдей таңбаларды қайталамаңыз және пошта мекенжайындағы атты қолданбаңыз.',
    );
  });
});
