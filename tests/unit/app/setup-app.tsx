import { cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach } from 'vitest';
import { bindUiSettings } from '../../../src/app/apply-ui-settings.ts';
import { UI_STORAGE_KEY, useUiStore } from '../../../src/app/ui-store.ts';
import { initI18n } from '../../../src/i18n/i18n.ts';

let unbind: (() => void) | null = null;

/** Each test starts from a fresh device: default settings, Chinese, nothing stored. */
export function useFreshDevice(): void {
  beforeEach(() => {
    localStorage.removeItem(UI_STORAGE_KEY);
    useUiStore.setState({ locale: 'zh-CN', textSize: 'normal', theme: 'default' });
    initI18n('zh-CN');
    unbind = bindUiSettings();
  });
  afterEach(() => {
    cleanup();
    unbind?.();
    unbind = null;
  });
}

export function renderAt(ui: ReactNode, path = '/') {
  return render(<MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>);
}
