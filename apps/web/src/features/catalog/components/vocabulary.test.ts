import { AUDIENCES, COURSE_STATUSES, LESSON_TYPES, LOCALES, TOPICS } from '@bilikti/contracts';
import { describe, expect, it } from 'vitest';

import { resources } from '../../../lib/i18n';

/** Fixed vocabularies from the contracts, and where `courses.json` translates them. */
const VOCABULARIES = {
  topics: TOPICS,
  audiences: AUDIENCES,
  lessonTypes: LESSON_TYPES,
  statuses: COURSE_STATUSES,
  languages: LOCALES,
} as const;

describe('course vocabulary', () => {
  describe.each(LOCALES)('in %s', (language) => {
    const courses = resources[language].courses as unknown as Record<string, Record<string, unknown>>;

    it.each(Object.entries(VOCABULARIES))('names every code of %s, and nothing else', (group, codes) => {
      const names = courses[group] ?? {};
      const missing = codes.filter((code) => typeof names[code] !== 'string' || (names[code] as string).trim() === '');
      expect(missing).toEqual([]);
      expect(Object.keys(names).sort()).toEqual([...codes].sort());
    });
  });

  it('gives every topic a different name, so the filter never shows two alike', () => {
    for (const language of LOCALES) {
      const names = Object.values(resources[language].courses.topics);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
