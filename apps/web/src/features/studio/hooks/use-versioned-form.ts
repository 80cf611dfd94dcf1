import { useCallback, useMemo, useState } from 'react';

interface FormState<V> {
  /** What the server had when the form last matched it, and that record's version. */
  base: V;
  baseKey: string;
  version: number;
  values: V;
  /** The server data this hook last looked at, to notice refetches. */
  seenKey: string;
  seenVersion: number;
}

const keyOf = (value: unknown) => JSON.stringify(value);

/**
 * Form state for a record saved with optimistic locking (`version`).
 *
 * The form sends the version its values were based on. When the server copy changes under it
 * (a refetch after another edit), the form follows only if that is safe: the same content with a
 * newer version (for example after confirming a translation) is adopted silently; new content
 * replaces the form only while the user has typed nothing. Otherwise the user's text stays and the
 * next save gets 409, which the page offers to resolve by reloading.
 *
 * `source` must keep its identity between renders while the server data is unchanged (useMemo).
 */
export function useVersionedForm<V>(source: V, sourceVersion: number) {
  const sourceKey = useMemo(() => keyOf(source), [source]);
  const [state, setState] = useState<FormState<V>>(() => ({
    base: source,
    baseKey: sourceKey,
    version: sourceVersion,
    values: source,
    seenKey: sourceKey,
    seenVersion: sourceVersion,
  }));
  const valuesKey = useMemo(() => keyOf(state.values), [state.values]);
  const dirty = valuesKey !== state.baseKey;

  // Adjusting state while rendering (not in an effect), so the form never shows a stale frame.
  if (state.seenKey !== sourceKey || state.seenVersion !== sourceVersion) {
    const seen = { seenKey: sourceKey, seenVersion: sourceVersion };
    if (sourceKey === state.baseKey) {
      setState({ ...state, ...seen, version: Math.max(state.version, sourceVersion) });
    } else if (!dirty) {
      setState({ base: source, baseKey: sourceKey, version: sourceVersion, values: source, ...seen });
    } else {
      setState({ ...state, ...seen });
    }
  }

  const setValues = useCallback((update: (values: V) => V) => {
    setState((current) => ({ ...current, values: update(current.values) }));
  }, []);

  /** Replaces the form with the server's copy (after "reload"). */
  const reset = useCallback((values: V, version: number) => {
    const key = keyOf(values);
    setState((current) => ({ ...current, base: values, baseKey: key, version, values }));
  }, []);

  /**
   * After a successful save: the answer becomes the base. The form shows the server's values
   * (sanitised HTML, trimmed text) unless the user kept typing while the request was on its way.
   */
  const saved = useCallback((values: V, version: number, submitted: V) => {
    const key = keyOf(values);
    setState((current) => ({
      ...current,
      base: values,
      baseKey: key,
      version,
      values: keyOf(current.values) === keyOf(submitted) ? values : current.values,
    }));
  }, []);

  return { values: state.values, base: state.base, version: state.version, dirty, setValues, reset, saved };
}
