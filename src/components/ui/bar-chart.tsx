import { useId } from 'react';
import { ChartTable } from './chart-table.tsx';

interface BarChartProps {
  title: string;
  data: readonly { label: string; value: number }[];
  labelHeader: string;
  valueHeader: string;
  format?: (value: number) => string;
}

const BAR = 22;
const GAP = 10;
const LABEL_WIDTH = 96;
const VALUE_WIDTH = 48;
const WIDTH = 320;

/**
 * Horizontal bars drawn in plain SVG (no chart library in the bundle). The picture is one image
 * with a title; the numbers are also in a table for screen readers.
 */
export function BarChart({
  title,
  data,
  labelHeader,
  valueHeader,
  format = String,
}: BarChartProps) {
  const id = useId();
  const max = Math.max(1, ...data.map((row) => row.value));
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = data.length * (BAR + GAP) + GAP;
  return (
    <figure className="bar-chart-figure">
      <svg
        className="bar-chart"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-title`}
      >
        <title id={`${id}-title`}>{title}</title>
        {data.map((row, index) => {
          const y = GAP + index * (BAR + GAP);
          const width = Math.max(0, (row.value / max) * plot);
          return (
            <g key={`${row.label}-${index}`} aria-hidden="true">
              <text className="bar-chart__label" x={0} y={y + BAR * 0.7}>
                {row.label}
              </text>
              <rect
                className="bar-chart__bar"
                x={LABEL_WIDTH}
                y={y}
                width={width}
                height={BAR}
                rx={3}
              />
              <text className="bar-chart__value" x={LABEL_WIDTH + width + 6} y={y + BAR * 0.7}>
                {format(row.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <ChartTable
        title={title}
        labelHeader={labelHeader}
        valueHeader={valueHeader}
        rows={data.map((row, index) => ({
          key: `${row.label}-${index}`,
          label: row.label,
          value: format(row.value),
        }))}
      />
    </figure>
  );
}
