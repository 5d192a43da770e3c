// @vitest-environment node
// (Node's File and Blob, as a browser has them; jsdom's lack arrayBuffer())
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../../../src/features/members/csv.ts';
import { decodeText, readRoll, templateXlsx } from '../../../../src/features/members/read-roll.ts';
import {
  cellText,
  headerOk,
  rollCsv,
  rowAtLine,
  templateCsv,
  toRoll,
} from '../../../../src/features/members/roll.ts';

const ZH_HEADER = ['姓名', '手机号', '支部', '身份', '入党日期'];

describe('reading a branch roll', () => {
  it('parses CSV with a BOM, quotes, doubled quotes, CRLF and a missing final newline', () => {
    const text = '\uFEFF姓名,手机号\r\n"张, 三","138 0013 8000"\r\n"李""四",13900139000';
    expect(parseCsv(text)).toEqual([
      ['姓名', '手机号'],
      ['张, 三', '138 0013 8000'],
      ['李"四', '13900139000'],
    ]);
  });

  it('writes CSV that reads back the same, with a BOM for spreadsheet programs', () => {
    const rows = [
      ZH_HEADER,
      ['王"小"明', '13800138000', '创客联合党支部', '正式党员', '2019-07-01'],
    ];
    const csv = toCsv(rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(csv).filter((r) => r.some(Boolean))).toEqual(rows);
  });

  it('turns spreadsheet cells into the text the server reads', () => {
    expect(cellText(new Date(Date.UTC(2019, 6, 1)))).toBe('2019-07-01');
    expect(cellText(13800138000)).toBe('13800138000');
    expect(cellText('  正式党员 ')).toBe('正式党员');
    expect(cellText(null)).toBe('');
  });

  it('drops trailing blank rows but keeps line numbers of the file', () => {
    const roll = toRoll([
      ZH_HEADER,
      ['甲', '13800138000', '创客联合党支部', '正式党员', '2019-07-01'],
      ['', '', '', '', ''],
      ['乙', '13800138001', '创客联合党支部', '预备党员', '2024-03-01'],
      ['', '', '', '', ''],
      [null, null],
    ]);
    expect(roll.rows).toHaveLength(3);
    expect(rowAtLine(roll, 4)?.[0]).toBe('乙');
    expect(rollCsv(roll).split('\r\n')[3]).toMatch(/^乙,/);
  });

  it('accepts the Chinese or the English header, in order, and nothing else', () => {
    expect(headerOk(ZH_HEADER)).toBe(true);
    expect(headerOk(['name', 'phone', 'branch', 'standing', 'joinedAt'])).toBe(true);
    expect(headerOk([' 姓名', '手机号 ', '支部', '身份', '入党日期', '', ''])).toBe(true);
    expect(headerOk(['手机号', '姓名', '支部', '身份', '入党日期'])).toBe(false);
    expect(headerOk(['姓名', '手机号', '支部', '身份'])).toBe(false);
  });

  it('reads a CSV saved as GB18030 as well as UTF-8', () => {
    // "姓名" in GB18030
    const gbk = new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb]).buffer;
    expect(decodeText(gbk)).toBe('姓名');
    expect(decodeText(new TextEncoder().encode('姓名').buffer)).toBe('姓名');
  });

  it('the CSV template carries the Chinese header the import takes', async () => {
    const roll = await readRoll(new File([templateCsv()], '模板.csv', { type: 'text/csv' }));
    expect(roll.header).toEqual(ZH_HEADER);
    expect(headerOk(roll.header)).toBe(true);
    expect(roll.rows).toEqual([]);
  });

  it('the Excel template reads back through the same XLSX reader', async () => {
    const blob = await templateXlsx(ZH_HEADER);
    const roll = await readRoll(new File([blob], '模板.xlsx'));
    expect(roll.header).toEqual(ZH_HEADER);
  });
});
