import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, type Locale } from './locales.ts';
import { en, NAMESPACES, zhCN } from './resources.ts';

/** Initialises i18next synchronously with the bundled resources, so the first render has its texts. */
export function initI18n(locale: Locale = DEFAULT_LOCALE): typeof i18n {
  if (i18n.isInitialized) {
    if (i18n.language !== locale) void i18n.changeLanguage(locale);
    return i18n;
  }
  void i18n.use(initReactI18next).init({
    resources: { 'zh-CN': zhCN, en },
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: ['zh-CN', 'en'],
    ns: NAMESPACES,
    defaultNS: 'common',
    initAsync: false,
    // React escapes text itself and the app never renders user text as HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18n;
}
