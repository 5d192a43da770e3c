import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { TabBar } from '../../../../src/app/tab-bar.tsx';
import { clearRecords } from '../../../../src/db/clear-records.ts';
import { db } from '../../../../src/db/db.ts';
import { META, writeMeta } from '../../../../src/db/meta.ts';
import { AdminPage } from '../../../../src/features/admin/admin-page.tsx';
import type { OrgRecord } from '../../../../src/shared/records.ts';
import { renderAt, useFreshDevice } from '../../app/setup-app.tsx';

// The screens wait on IndexedDB (fake-indexeddb is slow): give every findBy more than a second.
configure({ asyncUtilTimeout: 5000 });

const ME = '0195a000-0000-7000-8000-0000000000a1';
const DISTRICT = '0195a000-0000-7000-8000-0000000000d1';
const PARK = '0195a000-0000-7000-8000-0000000000d2';
const BRANCH = '0195a000-0000-7000-8000-0000000000d3';

const orgs: OrgRecord[] = [
  { id: DISTRICT, parentId: null, kind: 'district', name: '滨江区两新工委' },
  { id: PARK, parentId: DISTRICT, kind: 'committee', name: '创新园党委' },
  { id: BRANCH, parentId: PARK, kind: 'branch', name: '联合第一支部' },
];

async function signInAs(roles: string[]) {
  await writeMeta(db, META.session, {
    token: 'token-token-token-token',
    user: { id: ME, name: '区管理员', login: 'admin', roles, orgId: DISTRICT, groups: [] },
    card: null,
  });
  await writeMeta(db, META.dataUser, ME);
}

const admin = (path: string) =>
  renderAt(
    <Routes>
      <Route path="admin/*" element={<AdminPage />} />
    </Routes>,
    path,
  );

describe('admin screens', () => {
  useFreshDevice();
  beforeEach(async () => {
    await clearRecords(db);
    await db.outbox.clear();
    await db.orgs.bulkPut(orgs);
  });

  it('gives organizers and admins a workbench tab, and members none', async () => {
    await signInAs(['member']);
    const { unmount } = renderAt(<TabBar />, '/lessons');
    await screen.findByRole('link', { name: '我的' });
    expect(screen.queryByRole('link', { name: '工作台' })).toBeNull();
    unmount();
    await signInAs(['admin']);
    renderAt(<TabBar />, '/admin');
    const tab = await screen.findByRole('link', { name: '工作台' });
    expect(tab.getAttribute('href')).toBe('/admin');
    expect(tab.getAttribute('aria-current')).toBe('page');
  });

  it('lists the workbench cards, members included', async () => {
    await signInAs(['organizer']);
    admin('/admin');
    const members = await screen.findByRole('link', { name: /党员与账号/ });
    expect(members.getAttribute('href')).toBe('/members');
    expect(screen.getByRole('link', { name: /组织架构/ }).getAttribute('href')).toBe('/admin/tree');
  });

  it('adds a branch under a park, offering only the kinds a park may hold', async () => {
    await signInAs(['admin']);
    admin(`/admin/tree?node=${PARK}`);
    fireEvent.click(await screen.findByRole('button', { name: '添加下级' }));
    const dialog = await screen.findByRole('dialog', { name: '在“创新园党委”下添加' });
    const kind = within(dialog).getByLabelText<HTMLSelectElement>('类型');
    expect([...kind.options].map((o) => o.textContent)).toEqual(['网格', '党支部']);
    fireEvent.change(kind, { target: { value: 'branch' } });
    fireEvent.change(within(dialog).getByLabelText('名称'), { target: { value: '星云科技支部' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(async () =>
      expect(await db.orgs.where('parentId').equals(PARK).toArray()).toHaveLength(2),
    );
    const outbox = await db.outbox.toArray();
    expect(outbox.map((o) => [o.name, (o.args as { name: string }).name])).toEqual([
      ['org.save', '星云科技支部'],
    ]);
    expect(await screen.findByRole('button', { name: /星云科技支部/ })).toBeTruthy();
  });

  it('checks the credit code as it is typed and saves a good one', async () => {
    await signInAs(['admin']);
    admin('/admin/firms');
    expect(await screen.findByText('台账里还没有企业。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '新增企业' }));
    const dialog = await screen.findByRole('dialog', { name: '新增企业' });
    fireEvent.change(within(dialog).getByLabelText('企业名称'), { target: { value: '星云科技' } });
    const code = within(dialog).getByLabelText('统一社会信用代码');
    fireEvent.change(code, { target: { value: '91O' } });
    expect(within(dialog).getByText(/含有不能用的字符“O”/)).toBeTruthy();
    fireEvent.change(code, { target: { value: '91350100M000100Y44' } });
    expect(within(dialog).getByText('最后一位校验码对不上，请逐位核对')).toBeTruthy();
    expect(code.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await db.firms.count()).toBe(0);
    fireEvent.change(code, { target: { value: '91350100m000100y43' } });
    expect(within(dialog).getByText('代码有效')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(async () => expect(await db.firms.count()).toBe(1));
    expect((await db.firms.toArray())[0]).toMatchObject({
      name: '星云科技',
      creditCode: '91350100M000100Y43',
      coverage: 'none',
      pending: true,
    });
    expect(await screen.findByText('91350100M000100Y43')).toBeTruthy();
  });
});
