import { useId } from 'react';
import { ChartTable } from '../../components/ui/chart-table.tsx';

interface RateChartProps {
  title: string;
  monthHeader: string;
  rateHeader: string;
  data: readonly { label: string; rate: number; detail: string }[];
  format: (rate: number) => string;
}

const COL = 34;
const GAP = 14;
const PLOT = 140;
const TOP = 18;
const BOTTOM = 22;

/**
 * Attendance rate per month as columns on a fixed 0–100 % scale (so months compare honestly),
 * in plain SVG; the numbers are also in a table for screen readers.
 */
export function RateChart({ title, monthHeader, rateHeader, data, format }: RateChartProps) {
  const id = useId();
  const width = Math.max(200, data.length * (COL + GAP) + GAP);
  const height = TOP + PLOT + BOTTOM;
  return (
    <figure className="rate-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-t`}>
        <title id={`${id}-t`}>{title}</title>
        <line className="rate-chart__axis" x1={0} x2={width} y1={TOP + PLOT} y2={TOP + PLOT} />
        <line className="rate-chart__grid" x1={0} x2={width} y1={TOP} y2={TOP} />
        {data.map((d, i) => {
          const h = Math.round(Math.min(1, Math.max(0, d.rate)) * PLOT);
          const x = GAP + i * (COL + GAP);
          return (
            <g key={d.label} aria-hidden="true">
              <rect
                className="rate-chart__bar"
                x={x}
                y={TOP + PLOT - h}
                width={COL}
                height={h}
                rx={3}
              />
              <text className="rate-chart__value" x={x + COL / 2} y={TOP + PLOT - h - 4}>
                {format(d.rate)}
              </text>
              <text className="rate-chart__label" x={x + COL / 2} y={TOP + PLOT + 16}>
                {d.label}
              </text>
            </g>
          );
        })}
      </svg>
      <ChartTable
        title={title}
        labelHeader={monthHeader}
        valueHeader={rateHeader}
        rows={data.map((d) => ({
          key: d.label,
          label: d.label,
          value: `${format(d.rate)} (${d.detail})`,
        }))}
      />
    </figure>
  );
}
