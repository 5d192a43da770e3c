import type { Translation } from '../shape.ts';
import type { common as source } from '../zh-CN/common.ts';

export const common = {
  appName: 'Lianxin',
  loading: 'Loading…',
  close: 'Close',
  cancel: 'Cancel',
  back: 'Back',
  skipToMain: 'Skip to main content',
  notFound: {
    title: 'Page not found',
    body: 'The link may have expired, or the address has a typo.',
    home: 'Back to start',
  },
  update: {
    available: 'A new version is available',
    reload: 'Reload',
  },
  rating: {
    star_one: '{{count}} star',
    star_other: '{{count}} stars',
  },
  chart: {
    label: 'Item',
    value: 'Value',
  },
  language: {
    label: 'Language',
    zh: '中文',
    en: 'English',
  },
  on: 'On',
  off: 'Off',
} satisfies Translation<typeof source>;
