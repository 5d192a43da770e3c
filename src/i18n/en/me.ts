import type { Translation } from '../shape.ts';
import type { me as source } from '../zh-CN/me.ts';

export const me = {
  title: 'Me',
  card: {
    title: 'Member card',
    org: 'Organisation',
    orgUnknown: 'Shown after the first sync',
    role: 'Role',
    qrLabel: 'Member card QR code of {{name}}',
    qrHint: 'At a party day, let the organiser scan this code to check you in.',
    validUntil: 'QR code valid until {{date}}',
    none: 'Your member card QR code appears after you sync online.',
  },
  account: {
    title: 'Work account',
    noRole: 'No role assigned',
    duty: {
      member: 'Show your member card to check in at party days.',
      organizer: 'Plan party days, run check-in and see your organisation’s service overview.',
      staff: 'Handle the requests of your service groups at the queue under Services.',
      admin: 'Manage organisations, accounts and point rules.',
      instructor: 'See the firms you look after in the register of the workbench.',
    },
  },
  roles: {
    member: 'Member',
    organizer: 'Organiser',
    staff: 'Service staff',
    admin: 'Administrator',
    instructor: 'Party-building instructor',
  },
  settings: {
    title: 'Display and language',
    largeText: 'Large text',
    largeTextHint: 'Bigger text and buttons',
    contrast: 'High contrast',
    contrastHint: 'Darker text and borders, easier to read in bright light',
  },
  storage: {
    title: 'Storage on this phone',
    used: '{{used}} used of about {{quota}} available',
    unknown: 'This device does not report storage use.',
    persist: 'Ask to keep data on this phone',
    persisted: 'The browser will keep the data on this phone.',
    notPersisted: 'The browser said no for now. Add Lianxin to your home screen and try again.',
    unsupported: 'This browser cannot keep data permanently.',
  },
  sync: {
    title: 'Sync',
    syncNow: 'Sync now',
  },
  signOut: {
    button: 'Sign out',
    confirmTitle: 'Some items are not synced yet',
    confirmBody_one:
      '{{count}} item is not yet synced. It stays on this phone and will be sent when you sign in again.',
    confirmBody_other:
      '{{count}} items not yet synced stay on this phone and will be sent when you sign in again.',
    confirmBody:
      '{{count}} items not yet synced stay on this phone and will be sent when you sign in again.',
    confirm: 'Sign out anyway',
    cancel: 'Stay signed in',
  },
} satisfies Translation<typeof source>;
