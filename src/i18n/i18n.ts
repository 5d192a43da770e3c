import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, type Locale } from './locales.ts';
import { CORE_NAMESPACES, coreZhCN } from './core-resources.ts';
import { registeredFeatureStrings } from './feature-strings.ts';

/**
 * Initialises i18next synchronously with the shell's texts (and any feature texts already
 * registered), so the first render has its words; feature texts join as their chunks load.
 */
export function initI18n(locale: Locale = DEFAULT_LOCALE): typeof i18n {
  if (i18n.isInitialized) {
    void switchLocale(locale);
    return i18n;
  }
  const features = registeredFeatureStrings();
  void i18n.use(initReactI18next).init({
    resources: {
      'zh-CN': { ...coreZhCN, ...features.zh },
      en: features.en,
    },
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: ['zh-CN', 'en'],
    // a copy: i18next appends every namespace it loads later to this list
    ns: [...CORE_NAMESPACES],
    defaultNS: 'common',
    initAsync: false,
    // React escapes text itself and the app never renders user text as HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18n;
}

let english: Promise<void> | null = null;

/**
 * Makes the shell's texts of `locale` available: Chinese is bundled, English loads once (from
 * the service worker's cache when offline). Call after `initI18n`.
 */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale !== 'en') return Promise.resolve();
  english ??= import('./core-en.ts').then(
    ({ coreEn }) => {
      for (const [ns, bundle] of Object.entries(coreEn)) {
        i18n.addResourceBundle('en', ns, bundle, true, false);
      }
    },
    (err: unknown) => {
      english = null;
      throw err;
    },
  );
  return english;
}

/** Switches the language once its texts are there, so no screen shows a mix of both. */
export async function switchLocale(locale: Locale): Promise<void> {
  await loadLocale(locale);
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}
