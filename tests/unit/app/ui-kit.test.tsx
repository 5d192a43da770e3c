import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart } from '../../../src/components/ui/bar-chart.tsx';
import { ProgressBar } from '../../../src/components/ui/progress-bar.tsx';
import { Tabs } from '../../../src/components/ui/tabs.tsx';
import { TextField } from '../../../src/components/ui/text-field.tsx';

describe('UI kit', () => {
  afterEach(cleanup);

  it('BarChart is one named image with its numbers in a table', () => {
    render(
      <BarChart
        title="三月出勤人数"
        labelHeader="支部"
        valueHeader="人数"
        data={[
          { label: '第一支部', value: 18 },
          { label: '第二支部', value: 7 },
        ]}
      />,
    );
    expect(screen.getByRole('img', { name: '三月出勤人数' })).toBeTruthy();
    const table = screen.getByRole('table', { name: '三月出勤人数' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual(['支部人数', '第一支部18', '第二支部7']);
  });

  it('ProgressBar reports its value, and none while the total is unknown', () => {
    const { rerender } = render(<ProgressBar label="下载" value={30} max={60} />);
    const bar = screen.getByRole('progressbar', { name: '下载' });
    expect(bar.getAttribute('aria-valuenow')).toBe('30');
    expect(bar.getAttribute('aria-valuemax')).toBe('60');
    rerender(<ProgressBar label="下载" value={null} />);
    expect(screen.getByRole('progressbar').hasAttribute('aria-valuenow')).toBe(false);
  });

  it('TextField ties its label and error to the input', () => {
    render(<TextField label="标题" error="请填写标题" />);
    const input = screen.getByRole('textbox', { name: '标题' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = input.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(described)?.textContent).toBe('请填写标题');
  });

  it('Tabs move with the arrow keys and show the chosen panel', async () => {
    function Demo() {
      const [tab, setTab] = useState<'a' | 'b' | 'c'>('a');
      return (
        <Tabs
          label="视图"
          selected={tab}
          onSelect={setTab}
          tabs={[
            { key: 'a', label: '全部' },
            { key: 'b', label: '待处理' },
            { key: 'c', label: '已完成' },
          ]}
        >
          <p>panel {tab}</p>
        </Tabs>
      );
    }
    const user = userEvent.setup();
    render(<Demo />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: '全部' }));
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: '已完成', selected: true })).toBe(
      document.activeElement,
    );
    expect(screen.getByRole('tabpanel', { name: '已完成' }).textContent).toBe('panel c');
    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('全部');
  });
});
