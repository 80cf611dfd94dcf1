interface FieldMessagesProps {
  id: string;
  hint?: string;
  error?: string;
}

export function FieldHint({ id, hint }: Omit<FieldMessagesProps, 'error'>) {
  return hint ? (
    <p id={`${id}-hint`} className="field__hint">
      {hint}
    </p>
  ) : null;
}

export function FieldError({ id, error }: Omit<FieldMessagesProps, 'hint'>) {
  return error ? (
    <p id={`${id}-error`} className="field__error">
      {error}
    </p>
  ) : null;
}
