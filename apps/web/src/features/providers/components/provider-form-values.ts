import {
  COURSE_LIMITS,
  LOCALES,
  type Bilingual,
  type ProviderRequest,
  type ProviderResponse,
} from '@bilikti/contracts';

import type { FieldErrors } from '../../../lib/form-errors';
import { checkLength, checkRequired } from '../../../lib/validation';

export interface ProviderFormValues {
  name: Bilingual;
  logoMediaId: string | null;
}

export type ProviderFormMode = 'create' | 'edit';

export const emptyProviderFormValues = (): ProviderFormValues => ({ name: { kk: '', ru: '' }, logoMediaId: null });

export const providerFormValuesOf = (provider: ProviderResponse): ProviderFormValues => ({
  name: { ...provider.name },
  logoMediaId: provider.logoMediaId,
});

/** Same rules and field paths (`name.kk`, `name.ru`) as the API. */
export function validateProviderForm(values: ProviderFormValues): FieldErrors {
  const errors: FieldErrors = {};
  for (const locale of LOCALES) {
    checkRequired(errors, `name.${locale}`, values.name[locale]);
    checkLength(errors, `name.${locale}`, values.name[locale], 1, COURSE_LIMITS.providerNameMax);
  }
  return errors;
}

export function toProviderRequest(values: ProviderFormValues): ProviderRequest {
  return {
    name: { kk: values.name.kk.trim(), ru: values.name.ru.trim() },
    logoMediaId: values.logoMediaId,
  };
}
