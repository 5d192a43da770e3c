import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales.ts';

export type TextSize = 'normal' | 'large';
export type Theme = 'default' | 'contrast';

interface UiSettings {
  locale: Locale;
  textSize: TextSize;
  theme: Theme;
}

interface UiState extends UiSettings {
  setLocale: (locale: Locale) => void;
  setTextSize: (textSize: TextSize) => void;
  setTheme: (theme: Theme) => void;
}

export const UI_STORAGE_KEY = 'lianxin.ui';

/**
 * Display settings belong to the device, not the account: they are kept in localStorage and stay
 * when someone signs out, so a member who needs large text never sees a small sign-in screen.
 */
export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      locale: DEFAULT_LOCALE,
      textSize: 'normal',
      theme: 'default',
      setLocale: (locale) => set({ locale }),
      setTextSize: (textSize) => set({ textSize }),
      setTheme: (theme) => set({ theme }),
    }),
    {
      name: UI_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ locale, textSize, theme }): UiSettings => ({ locale, textSize, theme }),
      // A hand-edited or older value must not break the first screen.
      merge: (persisted, current) => {
        const saved = typeof persisted === 'object' && persisted !== null ? persisted : {};
        const locale = 'locale' in saved ? saved.locale : undefined;
        return {
          ...current,
          locale: isLocale(locale) ? locale : current.locale,
          textSize: 'textSize' in saved && saved.textSize === 'large' ? 'large' : 'normal',
          theme: 'theme' in saved && saved.theme === 'contrast' ? 'contrast' : 'default',
        };
      },
    },
  ),
);
