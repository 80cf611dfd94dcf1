interface FormMessageProps {
  message: string | null;
}

/** A form-level error, announced by screen readers when it appears. */
export function FormAlert({ message }: FormMessageProps) {
  return message ? (
    <div role="alert" className="form-alert">
      {message}
    </div>
  ) : null;
}

/** A polite confirmation, such as "Saved". */
export function FormStatus({ message }: FormMessageProps) {
  return (
    <div role="status" className="form-status">
      {message}
    </div>
  );
}
