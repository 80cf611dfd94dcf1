import type { ReactNode, SelectHTMLAttributes } from 'react';

import { describedBy } from './field-a11y';
import { FieldError, FieldHint } from './field-messages';

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}

export function SelectField({ id, label, hint, error, className, children, ...selectProps }: SelectFieldProps) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      <FieldHint id={id} hint={hint} />
      <select id={id} {...describedBy(id, !!hint, !!error)} {...selectProps}>
        {children}
      </select>
      <FieldError id={id} error={error} />
    </div>
  );
}
