import { useTranslation } from 'react-i18next';
import { isMonthPeriod } from '../../shared/checklist/period.ts';
import type { Indicator } from '../../shared/checklist/template.ts';
import { formatValue } from './report.ts';
import './strings.ts';

/** Names and values in the user's language: a template item's English name when English is on. */
export function useReportLabels() {
  const { t, i18n } = useTranslation('reports');
  const en = i18n.language.startsWith('en');
  const locale = en ? 'en' : 'zh-CN';
  return {
    en,
    nameOf: (item: { title: string; titleEn: string }) =>
      en && item.titleEn ? item.titleEn : item.title,
    periodName: (period: string) =>
      isMonthPeriod(period)
        ? t('report.monthTitle', { year: period.slice(0, 4), month: Number(period.slice(5, 7)) })
        : t('report.yearTitle', { year: period }),
    valueOf: (indicator: Pick<Indicator, 'unit'>, value: number | null) =>
      formatValue(
        indicator.unit,
        value,
        { yes: t('unit.yes'), no: t('unit.no'), none: t('report.noData') },
        locale,
      ),
    locale,
  };
}
