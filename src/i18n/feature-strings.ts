import i18n from 'i18next';

type Bundle = Record<string, unknown>;

/** Every feature namespace registered so far, in both languages (kept for a later init). */
const registered = new Map<string, { zh: Bundle; en: Bundle }>();

/**
 * Registers a feature's texts. A feature's `strings.ts` calls this when its chunk loads, and
 * every module of the feature that translates imports that file, so the texts are there before
 * the first render that needs them. Before i18next is initialised they wait for `initI18n`.
 */
export function addFeatureStrings(ns: string, zh: Bundle, en: Bundle): void {
  registered.set(ns, { zh, en });
  // `services.resourceStore` exists from the moment `init` starts (initialisation is synchronous).
  if (!i18n.services?.resourceStore || i18n.hasResourceBundle('zh-CN', ns)) return;
  i18n.addResourceBundle('zh-CN', ns, zh);
  i18n.addResourceBundle('en', ns, en);
}

/** The feature bundles registered before initialisation, for `initI18n`'s resources. */
export function registeredFeatureStrings(): {
  zh: Record<string, Bundle>;
  en: Record<string, Bundle>;
} {
  const zh: Record<string, Bundle> = {};
  const en: Record<string, Bundle> = {};
  for (const [ns, bundle] of registered) {
    zh[ns] = bundle.zh;
    en[ns] = bundle.en;
  }
  return { zh, en };
}
