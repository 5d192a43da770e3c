import type { TFunction } from 'i18next';
import type { ListPublicationRecord } from '../../shared/lists/records.ts';
import { toCsv } from '../admin/csv.ts';
import { saveFile } from '../members/save-file.ts';
import { formatDateTime } from '../../i18n/format.ts';

type Cell = string | null;

/** The published lists as one table: a row per item, its list first (read on the phone, offline). */
export function publicationTable(
  p: ListPublicationRecord,
  t: TFunction<'lists'>,
  group: (key: string | null) => string,
  locale: string,
): { header: string[]; rows: Cell[][] } {
  const header = [
    t('columns.kind'),
    t('columns.title'),
    t('columns.description'),
    t('columns.category'),
    t('columns.status'),
    t('columns.resource'),
    t('columns.provider'),
    t('columns.contact'),
    t('columns.when'),
    t('columns.venue'),
  ];
  const rows: Cell[][] = [
    ...p.needs.map((n) => [
      t('kinds.need'),
      n.title,
      n.description,
      group(n.category),
      t(`status.${n.status}`),
      n.resourceTitle,
      null,
      null,
      null,
      null,
    ]),
    ...p.resources.map((r) => [
      t('kinds.resource'),
      r.title,
      r.description,
      group(r.category),
      null,
      null,
      r.provider,
      r.contact,
      null,
      null,
    ]),
    ...p.activities.map((a) => [
      t('kinds.activity'),
      a.title,
      a.description,
      null,
      null,
      null,
      null,
      null,
      a.startsAt ? formatDateTime(a.startsAt, locale) : null,
      a.venue,
    ]),
  ];
  return { header, rows };
}

const fileName = (p: ListPublicationRecord, ext: string) => `${p.orgName}-${p.quarter}.${ext}`;

export function exportCsv(p: ListPublicationRecord, table: ReturnType<typeof publicationTable>) {
  saveFile(fileName(p, 'csv'), toCsv(table.header, table.rows));
}

/** The XLSX writer loads only when asked for. */
export async function exportXlsx(
  p: ListPublicationRecord,
  table: ReturnType<typeof publicationTable>,
) {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const blob = await writeXlsxFile(
    [
      table.header.map((value) => ({ value, fontWeight: 'bold' as const })),
      ...table.rows.map((r) => r.map((value) => ({ value: value ?? '' }))),
    ],
    { columns: table.header.map((_, i) => ({ width: i === 2 ? 40 : 16 })) },
  ).toBlob();
  saveFile(fileName(p, 'xlsx'), blob);
}
