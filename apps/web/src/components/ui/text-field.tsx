import type { InputHTMLAttributes } from 'react';

import { describedBy } from './field-a11y';
import { FieldError, FieldHint } from './field-messages';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

export function TextField({ id, label, hint, error, className, ...inputProps }: TextFieldProps) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      <FieldHint id={id} hint={hint} />
      <input id={id} {...describedBy(id, !!hint, !!error)} {...inputProps} />
      <FieldError id={id} error={error} />
    </div>
  );
}
