import { useCallback, useEffect, useState } from 'react';

interface PendingFocus {
  ids: string[];
  /** Wait until this holds (a moved row has reached its new place), so React's reordering cannot steal the focus back. */
  ready?: () => boolean;
}

/**
 * Moves focus once an element exists, for actions whose result renders later (a module that
 * appears after the refetch, a row that moved). The first candidate present and enabled wins.
 * `renderKey` is whatever changes when the awaited render happens (the course draft).
 */
export function usePendingFocus(renderKey: unknown): (ids: string[], ready?: () => boolean) => void {
  const [pending, setPending] = useState<PendingFocus | null>(null);

  useEffect(() => {
    if (!pending || (pending.ready && !pending.ready())) return;
    for (const id of pending.ids) {
      const element = document.getElementById(id);
      if (element && !(element as HTMLButtonElement).disabled) {
        if (!element.matches('a[href], button, input, select, textarea, [tabindex]')) element.tabIndex = -1;
        element.focus();
        setPending(null);
        return;
      }
    }
  }, [pending, renderKey]);

  return useCallback((ids: string[], ready?: () => boolean) => setPending({ ids, ready }), []);
}

/** The place of the list item holding `elementId` among its siblings, or -1. */
export function rowIndexOf(elementId: string): number {
  const row = document.getElementById(elementId)?.closest('li');
  return row?.parentElement ? [...row.parentElement.children].indexOf(row) : -1;
}
