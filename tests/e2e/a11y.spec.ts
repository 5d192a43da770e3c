import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type AxeCore from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/build-if-stale.mjs';
import { DEMO_PASSWORD } from '../../src/server/seed/demo.ts';
import { launchBrowser, newPhoneContext } from './support/browser.ts';
import { screenshot } from './support/screenshot.ts';
import { signIn } from './support/sign-in.ts';
import { sharedServer } from './support/shared-server.ts';

/**
 * axe-core over every screen each role can reach, in both languages, in the normal and
 * the large-text mode (and once in the high-contrast theme), plus reflow and target size with the
 * browser's text size doubled. Settings change through the app's own "me" screen and screens
 * through client-side navigation, so each role signs in once.
 */

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const LIVE_EVENT = '联合主题党日 · 轮值企业开放日';
const REPORT_DIR = join(ROOT, 'test-results', 'a11y');

type Role = 'member' | 'staff' | 'organizer';
type Lang = 'zh-CN' | 'en';
type Text = 'normal' | 'large';
type Theme = 'default' | 'contrast';
interface Mode {
  lang: Lang;
  text: Text;
  theme: Theme;
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

interface Finding {
  role: string;
  screen: string;
  mode: string;
  violations: Violation[];
  reflow: string[];
  targets: string[];
}

/** Every run, serious or not, for the counts in docs/accessibility.md. */
const findings: Finding[] = [];

async function api<T>(path: string, token?: string, body?: unknown): Promise<T> {
  const res = await fetch(`${sharedServer().url}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return (await res.json()) as T;
}

interface Change {
  type: string;
  id: string;
  op: string;
  data?: Record<string, unknown>;
}

/** The records `login` syncs, for real ids of detail screens. */
async function recordsOf(login: string): Promise<Change[]> {
  const { token } = await api<{ token: string }>('/api/auth/login', undefined, {
    login,
    password: DEMO_PASSWORD,
  });
  const all: Change[] = [];
  let cursor = '';
  for (let i = 0; i < 20; i++) {
    const page = await api<{ changes: Change[]; cursor: string; hasMore: boolean }>(
      `/api/sync/pull?clientId=${crypto.randomUUID()}&limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      token,
    );
    all.push(...page.changes);
    if (!page.hasMore) break;
    cursor = page.cursor;
  }
  return all.filter((c) => c.op === 'put');
}

interface Screen {
  name: string;
  path: string;
}

/** The screens of src/app/router.tsx and the feature routers, as each role reaches them. */
async function screensFor(role: Role): Promise<Screen[]> {
  const records = await recordsOf(role);
  const idOf = (type: string, where: (c: Change) => boolean = () => true) =>
    records.find((c) => c.type === type && where(c))?.id;
  const lesson = idOf('lesson');
  // the party day in progress where the role sees it (branch A); staff of the park see none
  const event = idOf('event', (c) => c.data?.title === LIVE_EVENT) ?? idOf('event');
  const venue = idOf('venue');
  const request = idOf('request');
  const screens: (Screen | false | '' | undefined)[] = [
    { name: 'lessons', path: '/lessons' },
    lesson && { name: 'lesson', path: `/lessons/${lesson}` },
    { name: 'lesson-downloads', path: '/lessons/downloads' },
    { name: 'events', path: '/events' },
    event && { name: 'event', path: `/events/${event}` },
    { name: 'services', path: '/services' },
    { name: 'request-new', path: '/services/new' },
    request && { name: 'request', path: `/services/r/${request}` },
    { name: 'venues', path: '/services/venues' },
    venue && { name: 'venue', path: `/services/venues/${venue}` },
    { name: 'me', path: '/me' },
    { name: 'points', path: '/me/points' },
    { name: 'pioneers', path: '/me/points/pioneers' },
    { name: 'not-found', path: '/no-such-screen' },
  ];
  if (role === 'member') {
    screens.push(event && { name: 'checkin', path: `/checkin?event=${event}` }, {
      name: 'checkin-pick',
      path: '/checkin',
    });
  }
  if (role === 'staff') screens.push({ name: 'staff-queue', path: '/services/queue' });
  if (role === 'organizer') {
    screens.push(
      { name: 'lessons-manage', path: '/lessons/manage' },
      { name: 'lesson-new', path: '/lessons/manage/new' },
      lesson && { name: 'lesson-edit', path: `/lessons/manage/${lesson}` },
      { name: 'lessons-overview', path: '/lessons/overview' },
      { name: 'event-plan', path: '/events/plan' },
      { name: 'event-stats', path: '/events/stats' },
      event && { name: 'event-desk', path: `/events/${event}/desk` },
      event && { name: 'event-attendance', path: `/events/${event}/attendance` },
      event && { name: 'event-edit', path: `/events/${event}/edit` },
      { name: 'services-overview', path: '/services/overview' },
      { name: 'venues-manage', path: '/services/venues/manage' },
    );
  }
  return screens.filter((s): s is Screen => !!s);
}

/** Client-side navigation, as a tap on a link would do, without a reload. */
async function go(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
  }, path);
  await settle(page);
}

/** The screen has rendered: a heading in main, no route still loading, two quiet frames. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('main h1, h1') !== null &&
      document.querySelector('.route-loading') === null,
    undefined,
    { timeout: 15_000 },
  );
  // live queries answer within a few frames; let them land before measuring
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))),
      ),
  );
}

async function runAxe(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
      // the app has no frames, and fetching every stylesheet again for one rule costs time
      iframes: false,
      preload: false,
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.join(' '),
        summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300),
      })),
    }));
  }, TAGS);
}

/** Interactive elements smaller than 44 × 44 CSS px (a radio or checkbox counts by its label). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const sel =
      'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=tab], [tabindex]:not([tabindex="-1"])';
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      if (el.closest('.visually-hidden, [hidden], [inert]')) continue;
      if (el.classList.contains('skip-link')) continue;
      // a tab panel takes focus so the keyboard can reach its content; nobody taps it (2.5.8 is
      // about pointer targets), and while its list loads it is a thin empty strip
      if (el.getAttribute('role') === 'tabpanel') continue;
      let box: HTMLElement = el;
      // a radio, a checkbox or an input hidden under a picture is hit through its label
      const hidden = getComputedStyle(el).opacity === '0';
      if (
        el instanceof HTMLInputElement &&
        (el.type === 'radio' || el.type === 'checkbox' || hidden)
      ) {
        const label = el.id ? document.querySelector<HTMLElement>(`label[for="${el.id}"]`) : null;
        box = el.closest('label') ?? label ?? el;
      }
      const style = getComputedStyle(box);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const r = box.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      // WCAG 2.5.8: a link inside a sentence may be as small as the text around it
      if (el.tagName === 'A' && getComputedStyle(el).display === 'inline') {
        const parent = el.parentElement;
        if (parent && parent.textContent!.trim().length > el.textContent!.trim().length) continue;
      }
      if (r.width < 43.5 || r.height < 43.5) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
        out.push(
          `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${name}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
      }
    }
    return out;
  });
}

/** Anything wider than the screen, and the elements that stick out past its right edge. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const out: string[] = [];
    if (root.scrollWidth > root.clientWidth)
      out.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    const width = root.clientWidth;
    if (root.scrollWidth <= width + 0) return out;
    // the innermost elements past the right edge, outside anything that scrolls on its own
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.closest('.visually-hidden, .skip-link')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= width + 1) continue;
      const scrolls = (e: Element) => /(auto|scroll)/.test(getComputedStyle(e).overflowX);
      const leaf = ![...el.children].some((c) => c.getBoundingClientRect().right > width + 1);
      let inScroller = false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (scrolls(a)) inScroller = true;
      }
      if (!inScroller && (leaf || scrolls(el)))
        out.push(
          `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} "${(el.textContent ?? '').trim().slice(0, 30)}" ends at ${Math.round(r.right)}`,
        );
    }
    if (out.length === 1)
      for (const el of document.querySelectorAll<HTMLElement>('body *')) {
        const r = el.getBoundingClientRect();
        if (
          r.right > width &&
          ![...el.children].some((c) => c.getBoundingClientRect().right > width)
        )
          out.push(
            `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} ends at ${Math.round(r.right)}`,
          );
      }
    return out.slice(0, 8);
  });
}

/**
 * The browser's own text size at 200 %: Chromium's default font size preference (Settings >
 * Appearance > Font size; on Android, the accessibility text scaling) goes from 16 to 32 px. Only
 * text sized relative to it grows, which is what "honours the browser's text zoom" means; page
 * zoom would instead shrink the CSS viewport and scale px sizes too.
 */
async function textZoom(page: Page, percent: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', {
    fontSizes: { standard: (16 * percent) / 100, fixed: (13 * percent) / 100 },
  });
  await cdp.detach();
  await page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );
}

/** Switches language, text size and theme through the display settings on "me". */
async function setMode(page: Page, mode: Mode): Promise<void> {
  await go(page, '/me');
  const section = page.locator('section[aria-labelledby="display-title"]');
  await section.locator(`input[type=radio][value="${mode.lang}"]`).check();
  const [large, contrast] = [
    section.getByRole('switch').nth(0),
    section.getByRole('switch').nth(1),
  ];
  if ((await large.isChecked()) !== (mode.text === 'large')) await large.click();
  if ((await contrast.isChecked()) !== (mode.theme === 'contrast')) await contrast.click();
  await page.waitForFunction(
    (m) =>
      document.documentElement.lang === m.lang &&
      document.documentElement.dataset.text === m.text &&
      document.documentElement.dataset.theme === m.theme,
    mode,
  );
}

const label = (m: Mode) => `${m.lang}/${m.text}${m.theme === 'contrast' ? '/contrast' : ''}`;

const ALL_MODES: Mode[] = [
  { lang: 'zh-CN', text: 'normal', theme: 'default' },
  { lang: 'zh-CN', text: 'large', theme: 'default' },
  { lang: 'en', text: 'large', theme: 'default' },
  { lang: 'en', text: 'normal', theme: 'default' },
  { lang: 'zh-CN', text: 'normal', theme: 'contrast' },
];

// A11Y_MODES=large, A11Y_ROLES=organizer or A11Y_SCREENS=me,points narrows a run while fixing; CI runs everything.
const MODES = ALL_MODES.filter((m) => !process.env.A11Y_MODES || process.env.A11Y_MODES === m.text);
const ROLES = (['member', 'staff', 'organizer'] as const).filter(
  (r) => !process.env.A11Y_ROLES || process.env.A11Y_ROLES.split(',').includes(r),
);

/** Runs the checks on the current screen and records what was found. */
const timing = { axe: 0, rest: 0 };
async function check(page: Page, role: string, screen: string, mode: Mode): Promise<void> {
  const t0 = Date.now();
  const violations = await runAxe(page);
  timing.axe += Date.now() - t0;
  const targets = await smallTargets(page);
  let reflow: string[] = [];
  if (mode.text === 'large') {
    await textZoom(page, 200);
    reflow = await overflow(page);
    if (role === 'member' && mode.lang === 'zh-CN' && ['event', 'services'].includes(screen)) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `a11y-large-zoom200-${role}-${screen}`);
    }
    targets.push(...(await smallTargets(page)).map((t) => `at 200 %: ${t}`));
    await textZoom(page, 100);
  }
  timing.rest += Date.now() - t0;
  findings.push({ role, screen, mode: label(mode), violations, reflow, targets });
}

function problems(list: Finding[]): string {
  const lines: string[] = [];
  for (const f of list) {
    const serious = f.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    if (!serious.length && !f.reflow.length && !f.targets.length) continue;
    lines.push(`\n${f.role} ${f.screen} [${f.mode}]`);
    for (const v of serious) {
      lines.push(`  ${v.impact} ${v.id}: ${v.help}`);
      for (const n of v.nodes.slice(0, 4)) lines.push(`    ${n.target} — ${n.summary}`);
    }
    for (const r of f.reflow) lines.push(`  reflow: ${r}`);
    for (const t of f.targets) lines.push(`  target < 44 px: ${t}`);
  }
  return lines.join('\n');
}

describe('accessibility sweep (axe-core, reflow, target size)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    console.log(
      `[a11y] ${findings.length} runs; axe-core ${timing.axe} ms, all checks ${timing.rest} ms`,
    );
    mkdirSync(REPORT_DIR, { recursive: true });
    const counts: Record<string, number> = {};
    for (const f of findings)
      for (const v of f.violations) {
        const key = `${v.id} (${v.impact})`;
        counts[key] = (counts[key] ?? 0) + v.nodes.length;
      }
    writeFileSync(
      join(REPORT_DIR, 'violations.json'),
      JSON.stringify({ runs: findings.length, counts, findings }, null, 2),
    );
  });

  it('the sign-in screen, both languages, both text sizes and high contrast', async () => {
    const context = await newPhoneContext(browser, { bypassCSP: true });
    const page = await context.newPage();
    const mine: Finding[] = [];
    for (const mode of MODES) {
      await page.goto('/signin');
      await page.evaluate(
        (m) =>
          localStorage.setItem(
            'lianxin.ui',
            JSON.stringify({
              state: { locale: m.lang, textSize: m.text, theme: m.theme },
              version: 1,
            }),
          ),
        mode,
      );
      await page.reload();
      await settle(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(mode.lang);
      const before = findings.length;
      await check(page, 'signed out', 'signin', mode);
      mine.push(...findings.slice(before));
    }
    await context.close();
    expect(problems(mine)).toBe('');
  });

  for (const role of ROLES) {
    it(`every screen as ${role}, zh-CN and en, normal and large text, high contrast`, async () => {
      const screens = await screensFor(role);
      const context = await newPhoneContext(browser, { bypassCSP: true });
      const page = await context.newPage();
      const mine: Finding[] = [];
      try {
        await page.goto('/');
        await signIn(page, role);
        await page.locator('main h1').waitFor({ timeout: 30_000 });
        // the first sync has brought the records the detail screens show
        await page.waitForFunction(() => !document.querySelector('.sync-pill--never'), undefined, {
          timeout: 30_000,
        });
        for (const mode of MODES) {
          await setMode(page, mode);
          for (const screen of screens.filter(
            (s) =>
              !process.env.A11Y_SCREENS || process.env.A11Y_SCREENS.split(',').includes(s.name),
          )) {
            await go(page, screen.path);
            const before = findings.length;
            await check(page, role, screen.name, mode);
            mine.push(...findings.slice(before));
            await shoot(page, role, screen.name, mode);
          }
        }
      } finally {
        await context.close();
      }
      expect(problems(mine)).toBe('');
    });
  }
});

/** The main screens in large text (zh-CN and one in English) and in high contrast, for the docs. */
const SHOTS: Record<string, string[]> = {
  'member zh-CN/large': ['lessons', 'event', 'checkin', 'services', 'request-new', 'me'],
  'member en/large': ['event'],
  'organizer zh-CN/large': ['event-desk'],
  'member zh-CN/normal/contrast': ['event', 'checkin', 'me'],
};

async function shoot(page: Page, role: string, name: string, mode: Mode): Promise<void> {
  if (!SHOTS[`${role} ${label(mode)}`]?.includes(name)) return;
  const kind = mode.theme === 'contrast' ? 'contrast' : `large-${mode.lang}`;
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, `a11y-${kind}-${role}-${name}`);
}
