// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FRAME_HINT_KEY } from '../../../src/app/frame-hint.ts';
import { UI_STORAGE_KEY } from '../../../src/app/ui-store.ts';
import { auth as authEn } from '../../../src/i18n/en/auth.ts';
import { common as commonEn } from '../../../src/i18n/en/common.ts';
import { auth as authZh } from '../../../src/i18n/zh-CN/auth.ts';
import { common as commonZh } from '../../../src/i18n/zh-CN/common.ts';

// The static frame in index.html paints before the app's code runs; these keep it in step with
// what React renders over it, and check the script in <head> that picks it.
const html = readFileSync(resolve(process.cwd(), 'index.html'), 'utf8');
const script = readFileSync(resolve(process.cwd(), 'public/display-settings.js'), 'utf8');

function runScript(path: string) {
  window.history.replaceState(null, '', path);
  new Function(script)();
}

afterEach(() => {
  localStorage.clear();
  const root = document.documentElement;
  delete root.dataset.frame;
  delete root.dataset.text;
  delete root.dataset.theme;
  root.lang = 'zh-CN';
});

describe('the static frame', () => {
  it('says what the first screens say, in both languages', () => {
    const text = html.replace(/\s+/g, ' ');
    expect(text).toContain(`>${commonZh.appName}<`);
    expect(text).toContain(`>${commonEn.appName}<`);
    expect(text).toContain(`>${authZh.tagline}<`);
    expect(text).toContain(`>${authEn.tagline}<`);
  });

  it('uses the same key as the display settings and the app', () => {
    expect(script).toContain(`'${UI_STORAGE_KEY}'`);
    expect(script).toContain(`'${FRAME_HINT_KEY}'`);
  });

  it('paints the sign-in heading where nobody is signed in, none on the join page', () => {
    runScript('/');
    expect(document.documentElement.dataset.frame).toBe('signin');
    delete document.documentElement.dataset.frame;
    runScript('/join?code=abc');
    expect(document.documentElement.dataset.frame).toBeUndefined();
  });

  it('paints the app bar, in the chosen size, theme and language, on a signed-in device', () => {
    localStorage.setItem(FRAME_HINT_KEY, 'app');
    localStorage.setItem(
      UI_STORAGE_KEY,
      JSON.stringify({ state: { locale: 'en', textSize: 'large', theme: 'contrast' }, version: 1 }),
    );
    runScript('/lessons');
    const root = document.documentElement;
    expect(root.dataset.frame).toBe('app');
    expect(root.dataset.text).toBe('large');
    expect(root.dataset.theme).toBe('contrast');
    expect(root.lang).toBe('en');
  });

  it('keeps the defaults when storage holds something else', () => {
    localStorage.setItem(UI_STORAGE_KEY, '{not json');
    runScript('/');
    expect(document.documentElement.dataset.text).toBeUndefined();
    expect(document.documentElement.dataset.frame).toBe('signin');
  });
});
