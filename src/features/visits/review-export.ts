import type { TFunction } from 'i18next';
import { toCsv } from '../admin/csv.ts';
import { saveFile } from '../members/save-file.ts';
import { share, type ReviewRow } from './duty-model.ts';

/** The review sheet of a year as a table of text, as the screen shows it (made on the phone). */
export function reviewTable(
  rows: readonly ReviewRow[],
  orgName: (id: string) => string,
  t: TFunction<'visits'>,
): { header: string[]; rows: (string | number)[][] } {
  const ratio = (count: number, of: number) => (of > 0 ? `${count}/${of}` : '');
  return {
    header: [
      t('review.name'),
      t('review.org'),
      t('review.firms'),
      t('review.visits'),
      `${t('review.onTime')} %`,
      t('review.onTime'),
      t('review.logs'),
      t('review.discussions'),
      t('review.outcome'),
      t('review.notes'),
    ],
    rows: rows.map((r) => [
      r.name,
      orgName(r.orgId),
      r.firms.map((f) => f.name).join('、'),
      r.visits,
      share(r.contacts.onTime, r.contacts.of) ?? '',
      ratio(r.contacts.onTime, r.contacts.of),
      ratio(r.logs.submitted, r.logs.of),
      ratio(r.discussions.held, r.discussions.of),
      r.review ? t(`review.${r.review.outcome}`) : t('review.notReviewed'),
      r.review?.notes ?? '',
    ]),
  };
}

export function exportReviewCsv(
  title: string,
  year: number,
  table: ReturnType<typeof reviewTable>,
): void {
  saveFile(`${title}-${year}.csv`, toCsv(table.header, table.rows));
}
