import { DEFAULT_LOCALE, isLocale, type Locale } from '@bilikti/contracts';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import type kkAssessment from '../locales/kk/assessment.json';
import type kkGrading from '../locales/kk/grading.json';
import kkCatalog from '../locales/kk/catalog.json';
import kkCourses from '../locales/kk/courses.json';
import kkLearning from '../locales/kk/learning.json';
import kkProviders from '../locales/kk/providers.json';
import kkStudio from '../locales/kk/studio.json';
import ruCatalog from '../locales/ru/catalog.json';
import ruCourses from '../locales/ru/courses.json';
import ruLearning from '../locales/ru/learning.json';
import ruProviders from '../locales/ru/providers.json';
import ruStudio from '../locales/ru/studio.json';
import kkAuth from '../locales/kk/auth.json';
import kkCommon from '../locales/kk/common.json';
import kkErrors from '../locales/kk/errors.json';
import kkHome from '../locales/kk/home.json';
import kkProfile from '../locales/kk/profile.json';
import kkUsers from '../locales/kk/users.json';
import ruAuth from '../locales/ru/auth.json';
import ruCommon from '../locales/ru/common.json';
import ruErrors from '../locales/ru/errors.json';
import ruHome from '../locales/ru/home.json';
import ruProfile from '../locales/ru/profile.json';
import ruUsers from '../locales/ru/users.json';

export const resources = {
  kk: {
    common: kkCommon,
    auth: kkAuth,
    home: kkHome,
    profile: kkProfile,
    users: kkUsers,
    errors: kkErrors,
    courses: kkCourses,
    catalog: kkCatalog,
    learning: kkLearning,
    studio: kkStudio,
    providers: kkProviders,
  },
  ru: {
    common: ruCommon,
    auth: ruAuth,
    home: ruHome,
    profile: ruProfile,
    users: ruUsers,
    errors: ruErrors,
    courses: ruCourses,
    catalog: ruCatalog,
    learning: ruLearning,
    studio: ruStudio,
    providers: ruProviders,
  },
} as const;

export const NAMESPACES = [
  'common',
  'auth',
  'home',
  'profile',
  'users',
  'errors',
  'courses',
  'catalog',
  'learning',
  'studio',
  'providers',
  'assessment',
  'grading',
] as const;

/**
 * Namespaces only lazily loaded pages use. Their texts travel in those pages' chunks instead of
 * the first download (the lesson route has a size budget): the feature adds them with
 * {@link registerNamespace} when its chunk loads. Typed from the files all the same.
 */
interface LazyResources {
  assessment: typeof kkAssessment;
  grading: typeof kkGrading;
}
export type LazyNamespace = keyof LazyResources;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['kk'] & LazyResources;
  }
}

const lazyTexts = new Map<LazyNamespace, Record<Locale, object>>();
/** Every instance made by {@link createI18n} (one in the app, one per test), to add late namespaces to. */
const instances = new Set<WeakRef<I18n>>();

function addTexts(instance: I18n, namespace: LazyNamespace, texts: Record<Locale, object>): void {
  for (const [language, bundle] of Object.entries(texts)) {
    if (!instance.hasResourceBundle(language, namespace)) instance.addResourceBundle(language, namespace, bundle);
  }
}

/** Adds a lazily loaded namespace to the i18n instances, present and future. Its feature calls it once, on load. */
export function registerNamespace(namespace: LazyNamespace, texts: Record<Locale, object>): void {
  lazyTexts.set(namespace, texts);
  for (const ref of instances) {
    const instance = ref.deref();
    if (instance) addTexts(instance, namespace, texts);
    else instances.delete(ref);
  }
}

/** Where the language chosen before sign-in (and the last one used) is kept. */
export const LOCALE_STORAGE_KEY = 'bilikti.locale';

export function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    // Storage can be blocked (private mode, strict settings): fall back to the default.
    return DEFAULT_LOCALE;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not fatal: the language then only lasts for this page load.
  }
}

export function currentLocale(i18n: I18n): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

/** One instance per app (and per test), initialised synchronously from the bundled JSON. */
export function createI18n(lng: Locale = readStoredLocale()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    resources,
    ns: Object.keys(resources.kk),
    defaultNS: 'common',
    supportedLngs: ['kk', 'ru'],
    // Both languages are complete (the locale parity test guards it); a gap shows Kazakh, not a key.
    fallbackLng: DEFAULT_LOCALE,
    keySeparator: '.',
    nsSeparator: ':',
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
    saveMissing: import.meta.env.DEV,
    missingKeyHandler: (lngs, ns, key) => {
      console.warn(`Missing translation ${ns}:${key} for ${lngs.join(',')}`);
    },
  });
  for (const [namespace, texts] of lazyTexts) addTexts(instance, namespace, texts);
  instances.add(new WeakRef(instance));
  const applyLang = (language: string) => {
    document.documentElement.lang = language;
  };
  applyLang(lng);
  instance.on('languageChanged', applyLang);
  return instance;
}
