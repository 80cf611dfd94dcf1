import type { FormEvent, ReactNode } from 'react';
import { Link } from 'react-router';

interface FilterFormProps {
  /** The search landmark's name. */
  label: string;
  applyLabel: string;
  resetLabel: string;
  /** Where "reset" goes: the list without filters. */
  resetTo: string;
  /** Called with the form's fields as URL parameters when the learner applies them. */
  onApply: (params: URLSearchParams) => void;
  children: ReactNode;
}

/**
 * A list's filters, applied with one button rather than on every keystroke: each request costs on
 * a slow connection. The fields are uncontrolled; pages remount the form (by key) when the address
 * changes.
 */
export function FilterForm({ label, applyLabel, resetLabel, resetTo, onApply, children }: FilterFormProps) {
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget).entries()) {
      if (typeof value === 'string') params.set(key, value);
    }
    onApply(params);
  };

  return (
    <form role="search" aria-label={label} className="card filters" onSubmit={onSubmit}>
      {children}
      <div className="filters__actions">
        <button type="submit" className="button">
          {applyLabel}
        </button>
        <Link to={resetTo} className="button button--secondary">
          {resetLabel}
        </Link>
      </div>
    </form>
  );
}
