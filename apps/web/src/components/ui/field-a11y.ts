import { useEffect, type RefObject } from 'react';

/** ids and ARIA attributes that tie a control to its hint and error text. */
export function describedBy(id: string, hint: boolean, error: boolean) {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return {
    'aria-describedby': ids || undefined,
    'aria-invalid': error ? (true as const) : undefined,
  };
}

/**
 * After a refused submit, moves keyboard focus to the first field marked invalid, so
 * keyboard and screen-reader users land on what needs fixing. `trigger` changes on each
 * refusal (the errors object of that attempt).
 */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, trigger: unknown): void {
  useEffect(() => {
    if (!trigger) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, trigger]);
}
