import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GroupLimitForm } from '../../../../src/features/admin/group-limit-form.tsx';
import { renderAt, useFreshDevice } from '../../app/setup-app.tsx';

describe('a service group time limit on the groups page', () => {
  useFreshDevice();

  it('reads as words for whoever may not change it', () => {
    renderAt(
      <GroupLimitForm group="legal" limit={{ unit: 'workdays', amount: 3 }} editable={false} />,
    );
    expect(screen.getByText('办结时限：3 个工作日')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('refuses an amount out of range in the user language, before anything is queued', () => {
    renderAt(<GroupLimitForm group="property" limit={null} editable />);
    const form = screen.getByRole('form', { name: '物业服务的办结时限' });
    expect(form).toBeTruthy();
    fireEvent.change(screen.getByLabelText('办结时限'), { target: { value: 'hours' } });
    fireEvent.change(screen.getByLabelText('时限'), { target: { value: '1000' } });
    fireEvent.click(screen.getByRole('button', { name: '保存时限' }));
    expect(screen.getByText('请填写 1 到 720 之间的整数小时。')).toBeTruthy();
  });
});
