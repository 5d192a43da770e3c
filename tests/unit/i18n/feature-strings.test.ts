import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_NAMESPACES } from '../../../src/i18n/core-resources.ts';
import { coreEn } from '../../../src/i18n/core-en.ts';
import { en, zhCN } from '../../../src/i18n/resources.ts';

// Feature texts load with their feature's chunk (src/i18n/feature-strings.ts). A module that
// translates with a feature namespace must import the `strings.ts` that registers it, or a
// screen reached another way would show raw keys: this test keeps that true as code moves.
const root = path.resolve(import.meta.dirname, '../../../src');
const OWNER: Record<string, string> = {
  lessons: 'lessons',
  events: 'events',
  requests: 'requests',
  bookings: 'bookings',
  points: 'points',
  me: 'me',
  auth: 'me',
  refused: 'me',
  admin: 'admin',
  members: 'members',
  inbox: 'inbox',
  reports: 'reports',
  lists: 'lists',
  recruitment: 'recruitment',
  notify: 'notify',
  transfers: 'transfers',
  visits: 'visits',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'server' || e.name === 'i18n' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

describe('feature texts', () => {
  it('every namespace is either in the shell bundle or owned by a feature', () => {
    for (const ns of Object.keys(zhCN)) {
      const core = (CORE_NAMESPACES as string[]).includes(ns);
      expect(core || ns in OWNER, ns).toBe(true);
      if (core) expect(Object.keys(coreEn)).toContain(ns);
    }
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('each feature strings.ts registers the namespaces it owns, in both languages', () => {
    for (const [ns, owner] of Object.entries(OWNER)) {
      const text = readFileSync(path.join(root, 'features', owner, 'strings.ts'), 'utf8');
      expect(text, `${owner}/strings.ts registers ${ns}`).toMatch(
        new RegExp(`addFeatureStrings\\('${ns}',`),
      );
      expect(text).toContain(`i18n/zh-CN/${ns}.ts'`);
      expect(text).toContain(`i18n/en/${ns}.ts'`);
    }
  });

  it('every module that translates with a feature namespace imports its strings.ts', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, 'utf8');
      const used = new Set(
        [...text.matchAll(/useTranslation\('([a-zA-Z]+)'\)/g)].map((m) => m[1] as string),
      );
      for (const ns of used) {
        const owner = OWNER[ns];
        if (!owner) continue;
        checked += 1;
        const wanted = path.relative(
          path.dirname(file),
          path.join(root, 'features', owner, 'strings.ts'),
        );
        const spec = wanted.startsWith('.') ? wanted : `./${wanted}`;
        if (!text.includes(`import '${spec.split(path.sep).join('/')}';`))
          missing.push(`${path.relative(root, file)} uses '${ns}'`);
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });
});
