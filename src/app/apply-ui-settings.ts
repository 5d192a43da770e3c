import i18n from 'i18next';
import { switchLocale } from '../i18n/i18n.ts';
import { useUiStore } from './ui-store.ts';

type Settings = Pick<ReturnType<typeof useUiStore.getState>, 'locale' | 'textSize' | 'theme'>;

/** The CSS reads `data-text` and `data-theme` on <html>; screen readers read `lang`. */
export function applyUiSettings({ locale, textSize, theme }: Settings): void {
  const root = document.documentElement;
  root.dataset.text = textSize;
  root.dataset.theme = theme;
  if (!i18n.isInitialized || i18n.language === locale) {
    root.lang = locale;
    return;
  }
  // <html lang> follows the texts: it changes when the new language's texts are on screen.
  void switchLocale(locale).then(
    () => {
      if (i18n.language === locale) root.lang = locale;
    },
    (err: unknown) => console.error('could not load the language', err),
  );
}

/** Applies the stored settings now and on every change; returns the unsubscribe function. */
export function bindUiSettings(): () => void {
  applyUiSettings(useUiStore.getState());
  return useUiStore.subscribe((state, previous) => {
    if (
      state.locale !== previous.locale ||
      state.textSize !== previous.textSize ||
      state.theme !== previous.theme
    ) {
      applyUiSettings(state);
    }
  });
}
