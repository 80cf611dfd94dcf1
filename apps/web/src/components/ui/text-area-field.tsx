import type { TextareaHTMLAttributes } from 'react';

import { describedBy } from './field-a11y';
import { FieldError, FieldHint } from './field-messages';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

/** The multi-line sibling of the shared TextField, with the same hint and error wiring. */
export function TextAreaField({ id, label, hint, error, className, ...textareaProps }: TextAreaFieldProps) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      <FieldHint id={id} hint={hint} />
      <textarea id={id} rows={4} {...describedBy(id, !!hint, !!error)} {...textareaProps} />
      <FieldError id={id} error={error} />
    </div>
  );
}
