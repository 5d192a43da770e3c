import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TabBar } from '../../../src/app/tab-bar.tsx';
import { renderAt, useFreshDevice } from './setup-app.tsx';

describe('tab bar', () => {
  useFreshDevice();

  it('offers the pillars and the inbox as labelled links in the main navigation', () => {
    renderAt(<TabBar />, '/events/2024-06');
    const nav = screen.getByRole('navigation', { name: '主导航' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      '微党课',
      '主题党日',
      '服务',
      '通知',
      '我的',
    ]);
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/lessons',
      '/events',
      '/services',
      '/inbox',
      '/me',
    ]);
  });

  it('marks only the current section with aria-current', () => {
    renderAt(<TabBar />, '/events/2024-06');
    const current = screen.getByRole('link', { current: 'page' });
    expect(current).toHaveProperty('textContent', '主题党日');
    expect(screen.getAllByRole('link').filter((l) => l.hasAttribute('aria-current'))).toHaveLength(
      1,
    );
  });
});
