import { useCallback, useState } from 'react';

/** One question per screen (the default on a phone), or every question on one long page. */
export type QuestionLayout = 'one' | 'all';

const STORAGE_KEY = 'bilikti.assessment.layout';

function readLayout(): QuestionLayout {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'all' ? 'all' : 'one';
  } catch {
    return 'one';
  }
}

/** The learner's choice of layout, remembered on this device for the next quiz. */
export function useLayoutPreference(): [QuestionLayout, (layout: QuestionLayout) => void] {
  const [layout, setLayout] = useState<QuestionLayout>(readLayout);
  const choose = useCallback((next: QuestionLayout) => {
    setLayout(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Blocked storage: the choice lasts for this page only.
    }
  }, []);
  return [layout, choose];
}
