import type { ReactNode } from 'react';

interface ChartTableProps {
  title: string;
  labelHeader: string;
  valueHeader: string;
  rows: readonly { key: string; label: string; value: ReactNode }[];
}

/** A chart's numbers as a table for screen readers, beside the picture (one image with a title). */
export function ChartTable({ title, labelHeader, valueHeader, rows }: ChartTableProps) {
  return (
    // a table cannot be shrunk to nothing: its wrapper is, so it never widens the page
    <div className="visually-hidden">
      <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            <th scope="col">{valueHeader}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
