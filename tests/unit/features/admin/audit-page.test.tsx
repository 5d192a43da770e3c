import { configure, fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/db/db.ts';
import { META, writeMeta } from '../../../../src/db/meta.ts';
import { AdminPage } from '../../../../src/features/admin/admin-page.tsx';
import type { AuditPage } from '../../../../src/shared/org/api.ts';
import { useSyncStore } from '../../../../src/sync/status.ts';
import { renderAt, useFreshDevice } from '../../app/setup-app.tsx';

configure({ asyncUtilTimeout: 5000 });

const ME = '0195a000-0000-7000-8000-0000000000a1';

const page: AuditPage = {
  entries: [
    {
      id: 12,
      at: '2026-11-30T02:00:00.000Z',
      actorId: ME,
      actorName: '区工委管理员',
      action: 'org.save',
      targetType: 'org',
      targetId: 'b1',
      orgId: 'b1',
      before: { name: '乙支部', kind: 'branch', parentId: 'p1' },
      after: { name: '乙联合支部', kind: 'branch', parentId: 'p1' },
    },
    {
      id: 11,
      at: '2026-11-30T01:00:00.000Z',
      actorId: ME,
      actorName: '区工委管理员',
      action: 'firm.save',
      targetType: 'firm',
      targetId: 'f1',
      orgId: 'p1',
      before: null,
      after: { name: '云帆智造' },
    },
  ],
  nextBefore: 11,
};

describe('audit log', () => {
  useFreshDevice();
  const requests: string[] = [];
  beforeEach(async () => {
    requests.length = 0;
    await writeMeta(db, META.session, {
      token: 'token-token-token-token',
      user: {
        id: ME,
        name: '区工委管理员',
        login: 'admin',
        roles: ['admin'],
        orgId: 'd',
        groups: [],
      },
      card: null,
    });
    vi.stubGlobal('fetch', async (url: string) => {
      requests.push(url);
      const body = url.includes('before=11') ? { entries: [], nextBefore: null } : page;
      return new Response(JSON.stringify(body), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    useSyncStore.setState({ online: true });
  });

  it('shows entries newest first with what changed, filters by action and pages back', async () => {
    useSyncStore.setState({ online: true });
    renderAt(
      <Routes>
        <Route path="admin/*" element={<AdminPage />} />
      </Routes>,
      '/admin/audit',
    );
    const items = await screen.findAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByText('保存组织')).toBeTruthy();
    expect(within(items[0]!).getByText('乙支部').tagName).toBe('DEL');
    expect(within(items[0]!).getByText('乙联合支部').tagName).toBe('INS');
    // unchanged fields are not listed
    expect(within(items[0]!).getByRole('rowheader', { name: '名称' })).toBeTruthy();
    expect(within(items[0]!).queryByRole('rowheader', { name: '类型' })).toBeNull();
    expect(requests[0]).toBe('/api/admin/audit?limit=50');

    fireEvent.change(screen.getByLabelText('操作类型'), { target: { value: 'firm.save' } });
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByText('云帆智造')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '加载更早的记录' }));
    await vi.waitFor(() => expect(requests).toContain('/api/admin/audit?before=11&limit=50'));
    await vi.waitFor(() =>
      expect(screen.queryByRole('button', { name: '加载更早的记录' })).toBeNull(),
    );
  });

  it('exports the log as the server’s CSV', async () => {
    useSyncStore.setState({ online: true });
    const csv = '\uFEFF"id","at"\r\n';
    vi.stubGlobal('fetch', async (url: string) => {
      requests.push(url);
      return url.includes('format=csv')
        ? new Response(csv, { status: 200, headers: { 'content-type': 'text/csv' } })
        : new Response(JSON.stringify(page), { status: 200 });
    });
    const saved: Blob[] = [];
    URL.createObjectURL = (b: Blob) => {
      saved.push(b);
      return 'blob:audit';
    };
    URL.revokeObjectURL = () => {};
    renderAt(
      <Routes>
        <Route path="admin/*" element={<AdminPage />} />
      </Routes>,
      '/admin/audit',
    );
    await screen.findAllByRole('listitem');
    fireEvent.click(screen.getByRole('button', { name: '导出 CSV' }));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(requests).toContain('/api/admin/audit?format=csv&limit=500');
    expect(new Uint8Array(await saved[0]!.arrayBuffer()).slice(0, 3)).toEqual(
      new Uint8Array([0xef, 0xbb, 0xbf]),
    );
  });

  it('says clearly that the log needs the network when offline', async () => {
    useSyncStore.setState({ online: false });
    renderAt(
      <Routes>
        <Route path="admin/*" element={<AdminPage />} />
      </Routes>,
      '/admin/audit',
    );
    expect(await screen.findByText(/现在离线。操作日志保存在服务器上/)).toBeTruthy();
    expect(requests).toEqual([]);
  });
});
