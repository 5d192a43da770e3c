import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { applyUiSettings } from '../../../src/app/apply-ui-settings.ts';
import { DisplaySettings } from '../../../src/app/display-settings.tsx';
import { UI_STORAGE_KEY, useUiStore } from '../../../src/app/ui-store.ts';
import { renderAt, useFreshDevice } from './setup-app.tsx';

function stored() {
  return JSON.parse(localStorage.getItem(UI_STORAGE_KEY) ?? '{}').state;
}

/** A reload: memory starts from the defaults, then reads the device setting back. */
async function reload() {
  const saved = localStorage.getItem(UI_STORAGE_KEY);
  useUiStore.setState({ textSize: 'normal', theme: 'default' });
  if (saved !== null) localStorage.setItem(UI_STORAGE_KEY, saved);
  await useUiStore.persist.rehydrate();
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

    await reload();
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

    await reload();
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
    await useUiStore.persist.rehydrate();
    const { locale, textSize, theme } = useUiStore.getState();
    expect({ locale, textSize, theme }).toEqual({
      locale: 'zh-CN',
      textSize: 'normal',
      theme: 'default',
    });
  });
});
