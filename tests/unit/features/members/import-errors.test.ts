import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  describeRowErrors,
  importRowErrors,
} from '../../../../src/features/members/import-errors.ts';
import '../../../../src/features/members/strings.ts';
import { initI18n } from '../../../../src/i18n/i18n.ts';
import { IMPORT_ERROR_CODES, type ImportRowError } from '../../../../src/shared/org/api.ts';
import { ApiRequestError } from '../../../../src/sync/http.ts';

const answer = (rows: ImportRowError[]) =>
  new ApiRequestError('import_failed', 422, 'Some rows are wrong.', { rows });

describe('the import preview', () => {
  beforeAll(() => {
    initI18n('zh-CN');
  });

  it('lists every bad row by line with each reason in Chinese', () => {
    const rows = importRowErrors(
      answer([
        { line: 5, errors: [{ code: 'date_future', field: 'joinedAt', message: 'in the future' }] },
        {
          line: 3,
          errors: [
            { code: 'phone_format', field: 'phone', message: 'bad phone' },
            { code: 'branch_unknown', field: 'branch', message: 'no such branch' },
          ],
        },
      ]),
    );
    expect(rows).not.toBeNull();
    const problems = describeRowErrors(rows!, i18n.getFixedT('zh-CN', 'members'));
    expect(problems.map((p) => p.line)).toEqual([3, 5]);
    expect(problems[0]!.reasons).toEqual([
      '手机号格式不对（应为 11 位，以 1 开头）。',
      '找不到这个支部（须是你管理范围内的支部名称）。',
    ]);
    expect(problems[1]!.reasons).toEqual(['入党日期不能晚于今天。']);
  });

  it('has words for every code the server may send, in both languages', () => {
    const rows: ImportRowError[] = IMPORT_ERROR_CODES.map((code, i) => ({
      line: i + 2,
      errors: [{ code, message: `server text ${code}` }],
    }));
    for (const lng of ['zh-CN', 'en']) {
      const problems = describeRowErrors(rows, i18n.getFixedT(lng, 'members'));
      for (const p of problems) {
        expect(p.reasons[0]).not.toMatch(/server text|import\.errors/);
        expect(p.reasons[0]!.length).toBeGreaterThan(5);
      }
    }
    const en = describeRowErrors(rows, i18n.getFixedT('en', 'members'));
    expect(
      en.find((p) => p.line === IMPORT_ERROR_CODES.indexOf('too_many_rows') + 2)!.reasons[0],
    ).toBe('At most 20000 rows at a time; please split the file.');
  });

  it("falls back to the server's own words for a code this app does not know yet", () => {
    const rows = [{ line: 2, errors: [{ code: 'firm_unknown', message: 'Unknown firm.' }] }];
    const problems = describeRowErrors(
      rows as unknown as ImportRowError[],
      i18n.getFixedT('zh-CN', 'members'),
    );
    expect(problems[0]!.reasons).toEqual(['Unknown firm.']);
  });

  it('tells a row refusal apart from other failures', () => {
    expect(importRowErrors(new ApiRequestError('network', 0, 'offline'))).toBeNull();
    expect(importRowErrors(new ApiRequestError('forbidden', 403, 'no'))).toBeNull();
    expect(importRowErrors(new ApiRequestError('import_failed', 422, 'bad'))).toEqual([]);
  });
});
