import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Text/background pairs the stylesheets use; each must reach 4.5:1 (WCAG AA) in every theme. */
const PAIRS: [string, string][] = [
  ['--color-text', '--color-bg'],
  ['--color-text', '--color-surface'],
  ['--color-text', '--color-surface-sunken'],
  ['--color-text-muted', '--color-bg'],
  ['--color-text-muted', '--color-surface'],
  ['--color-on-primary', '--color-primary'],
  ['--color-on-primary', '--color-primary-strong'],
  ['--color-primary', '--color-surface'],
  ['--color-primary', '--color-bg'],
  ['--color-on-primary-soft', '--color-primary-soft'],
  ['--color-on-topbar', '--color-topbar'],
  ['--color-tab-active', '--color-surface'],
  ['--color-tab-inactive', '--color-surface'],
  ['--color-on-success', '--color-success-bg'],
  ['--color-on-warning', '--color-warning-bg'],
  ['--color-on-danger', '--color-danger-bg'],
  ['--color-on-info', '--color-info-bg'],
  ['--color-on-neutral', '--color-neutral-bg'],
  ['--color-on-danger', '--color-surface'],
  ['--color-on-warning', '--color-surface'],
  ['--color-surface', '--color-text'],
];

function block(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector}`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/(--color-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]),
  );
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function ratio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// Read from disk: the test runner does not hand CSS contents to tests.
const css = readFileSync(resolve(process.cwd(), 'src/styles/tokens.css'), 'utf8');
const base = block(css, ':root');
const themes = {
  default: base,
  contrast: { ...base, ...block(css, ":root[data-theme='contrast']") },
};

describe('colour contrast', () => {
  for (const [theme, colours] of Object.entries(themes)) {
    it.each(PAIRS)(`${theme}: %s on %s is at least 4.5:1`, (fg, bg) => {
      const a = colours[fg];
      const b = colours[bg];
      expect(a, fg).toBeDefined();
      expect(b, bg).toBeDefined();
      expect(ratio(a!, b!)).toBeGreaterThanOrEqual(4.5);
    });
  }
});
