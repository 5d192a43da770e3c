import { useTranslation } from 'react-i18next';
import { SegmentedControl } from '../../components/ui/segmented-control.tsx';
import { Select } from '../../components/ui/select.tsx';
import { addMonths, shanghaiMonth } from '../../shared/party-days.ts';
import { isMonthPeriod, lastMonth } from '../../shared/checklist/period.ts';
import { useReportLabels } from './labels.ts';
import './strings.ts';

/** Monthly or annual, and which month or year: the last 24 months, the last 5 years. */
export function PeriodPicker({
  period,
  onChange,
}: {
  period: string;
  onChange: (period: string) => void;
}) {
  const { t } = useTranslation('reports');
  const { periodName } = useReportLabels();
  const now = Date.now();
  const thisMonth = shanghaiMonth(now);
  const months = Array.from({ length: 24 }, (_, i) => addMonths(thisMonth, -i));
  const year = Number(thisMonth.slice(0, 4));
  const years = Array.from({ length: 5 }, (_, i) => String(year - i));
  const monthly = isMonthPeriod(period);
  return (
    <div className="report-period no-print">
      <SegmentedControl
        legend={t('period.label')}
        value={monthly ? 'month' : 'year'}
        options={[
          { value: 'month', label: t('period.month') },
          { value: 'year', label: t('period.year') },
        ]}
        onChange={(v) => onChange(v === 'month' ? lastMonth(now) : period.slice(0, 4))}
      />
      {monthly ? (
        <Select
          label={t('period.pickMonth')}
          value={period}
          onChange={(e) => onChange(e.target.value)}
          options={months.map((m) => ({ value: m, label: periodName(m) }))}
        />
      ) : (
        <Select
          label={t('period.pickYear')}
          value={period}
          onChange={(e) => onChange(e.target.value)}
          options={years.map((y) => ({ value: y, label: periodName(y) }))}
        />
      )}
    </div>
  );
}
