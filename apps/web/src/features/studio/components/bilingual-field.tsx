import { LOCALES, type Bilingual, type Locale } from '@bilikti/contracts';

import { TextField } from '../../../components/ui/text-field';
import { TextAreaField } from '../../../components/ui/text-area-field';

interface BilingualFieldProps {
  /** Each input gets `${id}-kk` / `${id}-ru`; parity gaps link to these. */
  id: string;
  labels: Record<Locale, string>;
  hint?: string;
  value: Bilingual;
  onChange: (locale: Locale, value: string) => void;
  errors?: Partial<Record<Locale, string | undefined>>;
  maxLength: number;
  multiline?: boolean;
  required?: boolean;
}

/**
 * One text in both languages, side by side on wide screens and stacked on phones, so an author
 * writes the translation next to the original. Each input is marked with its language, which
 * spell checkers and screen readers use.
 */
export function BilingualField({
  id,
  labels,
  hint,
  value,
  onChange,
  errors = {},
  maxLength,
  multiline = false,
  required = false,
}: BilingualFieldProps) {
  return (
    <div className="bilingual">
      {LOCALES.map((locale) => {
        const props = {
          id: `${id}-${locale}`,
          label: labels[locale],
          hint,
          lang: locale,
          maxLength,
          required,
          value: value[locale],
          error: errors[locale],
        };
        return multiline ? (
          <TextAreaField key={locale} {...props} onChange={(event) => onChange(locale, event.target.value)} />
        ) : (
          <TextField key={locale} {...props} onChange={(event) => onChange(locale, event.target.value)} />
        );
      })}
    </div>
  );
}
