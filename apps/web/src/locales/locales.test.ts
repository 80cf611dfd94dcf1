import { describe, expect, it } from 'vitest';

import { ErrorCode, FieldErrorCode } from '@bilikti/contracts';

import { NAMESPACES } from '../lib/i18n';

// Every JSON file under locales/, read through Vite so the test needs no Node APIs.
const FILES = import.meta.glob<Record<string, Json>>('./*/*.json', { eager: true, import: 'default' });
const LANGUAGES = ['kk', 'ru'] as const;
type Language = (typeof LANGUAGES)[number];

/** The plural categories each language needs (CLDR, as i18next uses them through Intl.PluralRules). */
const PLURAL_FORMS: Record<Language, string[]> = {
  kk: ['one', 'other'],
  ru: ['one', 'few', 'many', 'other'],
};
const ALL_PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'];
const PLURAL_KEY = new RegExp(`^(.*)_(${ALL_PLURAL_SUFFIXES.join('|')})$`);

type Json = string | { [key: string]: Json };

function load(language: Language, namespace: string): Record<string, Json> {
  const file = FILES[`./${language}/${namespace}.json`];
  if (!file) throw new Error(`Missing locales/${language}/${namespace}.json`);
  return file;
}

function flatten(tree: Record<string, Json>, prefix = ''): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      for (const [childPath, childValue] of flatten(value, path)) entries.set(childPath, childValue);
    } else {
      entries.set(path, value);
    }
  }
  return entries;
}

/** Keys with plural suffixes collapse into their base key, with the set of forms present. */
function normalise(entries: Map<string, unknown>) {
  const plain = new Set<string>();
  const plurals = new Map<string, Set<string>>();
  for (const key of entries.keys()) {
    const match = PLURAL_KEY.exec(key);
    if (match) {
      const [, base, form] = match;
      plurals.set(base, (plurals.get(base) ?? new Set()).add(form));
    } else {
      plain.add(key);
    }
  }
  return { plain, plurals };
}

function interpolations(value: string): string[] {
  return [...value.matchAll(/{{\s*([\w.]+)\s*}}/g)].map((match) => match[1]).sort();
}

describe('locale files', () => {
  it('has one file per namespace in each language, and no others', () => {
    const expected = LANGUAGES.flatMap((language) => NAMESPACES.map((namespace) => `./${language}/${namespace}.json`));
    expect(Object.keys(FILES).sort()).toEqual(expected.sort());
  });

  describe.each(NAMESPACES)('namespace %s', (namespace) => {
    const flat = Object.fromEntries(
      LANGUAGES.map((language) => [language, flatten(load(language, namespace))]),
    ) as Record<Language, Map<string, unknown>>;
    const shape = Object.fromEntries(LANGUAGES.map((language) => [language, normalise(flat[language])])) as Record<
      Language,
      ReturnType<typeof normalise>
    >;

    it('has the same keys in kk and ru', () => {
      expect([...shape.ru.plain].sort()).toEqual([...shape.kk.plain].sort());
      expect([...shape.ru.plurals.keys()].sort()).toEqual([...shape.kk.plurals.keys()].sort());
    });

    it.each(LANGUAGES)('has exactly the plural forms %s needs', (language) => {
      for (const [base, forms] of shape[language].plurals) {
        expect({ key: base, forms: [...forms].sort() }).toEqual({
          key: base,
          forms: [...PLURAL_FORMS[language]].sort(),
        });
      }
    });

    it.each(LANGUAGES)('has no empty or non-string values in %s', (language) => {
      for (const [key, value] of flat[language]) {
        expect({ key, type: typeof value }).toEqual({ key, type: 'string' });
        expect({ key, empty: (value as string).trim() === '' }).toEqual({ key, empty: false });
      }
    });

    it('uses the same interpolation variables in kk and ru', () => {
      const variablesOf = (language: Language, base: string) => {
        const values = [...flat[language]].filter(([key]) => key === base || PLURAL_KEY.exec(key)?.[1] === base);
        return [...new Set(values.flatMap(([, value]) => interpolations(value as string)))].sort();
      };
      const bases = [...shape.kk.plain, ...shape.kk.plurals.keys()];
      for (const base of bases) {
        expect({ key: base, variables: variablesOf('ru', base) }).toEqual({
          key: base,
          variables: variablesOf('kk', base),
        });
      }
    });
  });
});

describe('API error codes', () => {
  it.each(LANGUAGES)('every error and field code from @bilikti/contracts has a %s message', (language) => {
    const errors = flatten(load(language, 'errors'));
    const has = (key: string) => errors.has(key) || [...errors.keys()].some((k) => k.startsWith(`${key}_`));
    const missing = [
      ...Object.values(ErrorCode).filter((code) => !has(code)),
      ...Object.values(FieldErrorCode).filter((code) => !has(`fields.${code}`)),
    ];
    expect(missing).toEqual([]);
  });
});
