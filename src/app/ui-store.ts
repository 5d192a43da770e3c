import { create } from 'zustand';
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

/** A hand-edited or older value must not break the first screen: anything unknown is the default. */
export function readUiSettings(raw: string | null): UiSettings {
  let saved: unknown = null;
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    saved =
      typeof parsed === 'object' && parsed !== null && 'state' in parsed ? parsed.state : null;
  } catch {
    saved = null;
  }
  const s = typeof saved === 'object' && saved !== null ? saved : {};
  const locale = 'locale' in s ? s.locale : undefined;
  return {
    locale: isLocale(locale) ? locale : DEFAULT_LOCALE,
    textSize: 'textSize' in s && s.textSize === 'large' ? 'large' : 'normal',
    theme: 'theme' in s && s.theme === 'contrast' ? 'contrast' : 'default',
  };
}

function loadSettings(): UiSettings {
  try {
    return readUiSettings(globalThis.localStorage?.getItem(UI_STORAGE_KEY) ?? null);
  } catch {
    return readUiSettings(null); // storage blocked (private mode, policy): defaults
  }
}

/**
 * Display settings belong to the device, not the account: they are kept in localStorage and stay
 * when someone signs out, so a member who needs large text never sees a small sign-in screen.
 * Stored as `{ state, version }` (the format of zustand's persist middleware, which this replaced
 * to keep 1.3 KB off the first screen; three synchronous values need none of its hydration).
 */
export const useUiStore = create<UiState>()((set) => ({
  ...loadSettings(),
  setLocale: (locale) => set({ locale }),
  setTextSize: (textSize) => set({ textSize }),
  setTheme: (theme) => set({ theme }),
}));

useUiStore.subscribe(({ locale, textSize, theme }) => {
  try {
    localStorage.setItem(
      UI_STORAGE_KEY,
      JSON.stringify({ state: { locale, textSize, theme } satisfies UiSettings, version: 1 }),
    );
  } catch {
    // storage full or blocked: the setting still applies for this visit
  }
});
