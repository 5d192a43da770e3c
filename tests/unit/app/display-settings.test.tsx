import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { applyUiSettings } from '../../../src/app/apply-ui-settings.ts';
import { DisplaySettings } from '../../../src/app/display-settings.tsx';
import { readUiSettings, UI_STORAGE_KEY, useUiStore } from '../../../src/app/ui-store.ts';
import { renderAt, useFreshDevice } from './setup-app.tsx';

function stored() {
  return JSON.parse(localStorage.getItem(UI_STORAGE_KEY) ?? '{}').state;
}

/** A reload: the store starts from what the device holds (what ui-store.ts does when it loads). */
function reload() {
  useUiStore.setState(readUiSettings(localStorage.getItem(UI_STORAGE_KEY)));
}

describe('display settings', () => {
  useFreshDevice();

  it('large text sets data-text on <html> and survives a reload', async () => {
    const user = userEvent.setup();
    renderAt(<DisplaySettings />);
    const toggle = screen.getByRole('switch', { name: /大字版/ });
    expect(toggle).toHaveProperty('checked', false);
    expect(document.documentElement.dataset.text).toBe('normal');

    await user.click(toggle);

    expect(toggle).toHaveProperty('checked', true);
    expect(document.documentElement.dataset.text).toBe('large');
    expect(stored().textSize).toBe('large');

    reload();
    expect(useUiStore.getState().textSize).toBe('large');
    applyUiSettings(useUiStore.getState());
    expect(document.documentElement.dataset.text).toBe('large');
  });

  it('high contrast sets data-theme on <html> and survives a reload', async () => {
    const user = userEvent.setup();
    renderAt(<DisplaySettings />);
    await user.click(screen.getByRole('switch', { name: /高对比度/ }));

    expect(document.documentElement.dataset.theme).toBe('contrast');
    expect(stored().theme).toBe('contrast');

    reload();
    expect(useUiStore.getState().theme).toBe('contrast');

    await user.click(screen.getByRole('switch', { name: /高对比度/ }));
    expect(document.documentElement.dataset.theme).toBe('default');
    expect(stored().theme).toBe('default');
  });

  it('ignores a damaged stored value instead of breaking the first screen', async () => {
    localStorage.setItem(
      UI_STORAGE_KEY,
      JSON.stringify({ state: { locale: 'xx', textSize: 'huge', theme: 7 }, version: 1 }),
    );
    reload();
    const { locale, textSize, theme } = useUiStore.getState();
    expect({ locale, textSize, theme }).toEqual({
      locale: 'zh-CN',
      textSize: 'normal',
      theme: 'default',
    });
  });
});
