import type { Translation } from '../shape.ts';
import type { refused as source } from '../zh-CN/refused.ts';

export const refused = {
  title: 'Refused items',
  intro: 'The server did not accept these actions. The reason is under each one.',
  empty: 'Nothing was refused.',
  here: '“{{name}}” did not go through',
  open: 'Show me',
  dismiss: 'Got it',
  dismissLabel: 'Got it, remove “{{name}}”',
  code: {
    slot_taken: 'Someone else has already booked this time slot.',
    invalid_transition: 'The request is not in a state that allows this.',
    bad_code: 'The check-in code is wrong.',
    outside_window: 'Check-in is not open at this time.',
    forbidden: 'You are not allowed to do this.',
    conflict: 'This record clashes with one that already exists.',
    invalid_request: 'What was sent is incomplete or in the wrong format.',
    not_found: 'The item no longer exists.',
    bad_card: 'The member card QR code is invalid or has expired.',
    invalid_credit_code:
      'The unified social credit code is not valid (18 characters, the last one a check character).',
    invalid_instructor: 'The person chosen is not a party-building instructor.',
    invalid_contacts: 'One or two contact members are needed.',
    invalid_introducers: 'Two full members are needed as introducers.',
    too_early: 'It is too early for this step.',
    unknown_mutation: 'The server does not know this action. Please update the app and try again.',
  },
  mutation: {
    flowing: {
      register: 'Flowing member registration',
      decide: 'Flowing member decision',
    },
    transfer: {
      create: 'Open a transfer',
      advance: 'Transfer step',
    },
    request: {
      create: 'New service request',
      comment: 'Request comment',
      transition: 'Request status change',
      cancel: 'Cancel service request',
      rate: 'Service rating',
    },
    lesson: {
      progress: 'Lesson progress',
      rate: 'Lesson rating',
      save: 'Publish or edit a lesson',
      withdraw: 'Withdraw a lesson',
    },
    event: {
      rsvp: 'Party day RSVP',
      checkin: 'Party day check-in',
      checkin_member: 'Scanned check-in',
      checkin_manual: 'Manual check-in',
      save: 'Plan party day',
      cancel: 'Cancel party day',
    },
    wall: {
      post: 'Message wall post',
      unhide: 'Show a hidden post again',
      hide: 'Hide wall post',
    },
    volunteer: {
      log: 'Log volunteer hours',
    },
    booking: {
      create: 'Venue booking',
      cancel: 'Cancel venue booking',
    },
    venue: {
      save: 'Save room',
    },
    org: {
      save: 'Save organisation',
    },
    firm: {
      save: 'Save firm',
      assign: 'Assign instructor',
    },
    invite: {
      create: 'Create invitation code',
      revoke: 'Revoke invitation code',
    },
    join: {
      decide: 'Decide on a join request',
    },
    member: {
      reset: 'Reset password',
      move: 'Move to another organisation',
      set_active: 'Deactivate or reactivate account',
      roles: 'Set roles',
      standing: 'Set standing',
    },
    checklist: {
      save: 'Save the responsibility checklist',
      assess: 'Enter a checklist indicator',
    },
    account: {
      create: 'Create account',
    },
    notice: {
      publish: 'Publish notice',
      read: 'Mark notice read',
      prefs: 'Notice settings',
    },
    list_item: {
      save: 'Save list item',
      remove: 'Remove list item',
    },
    need: {
      claim: 'Claim need',
      update: 'Update need',
      match: 'Match need with resource',
    },
    lists: {
      publish: 'Publish the three lists',
    },
    candidate: {
      create: 'Register an applicant',
      advance: 'Move a candidate to the next stage',
      step: 'Record a recruitment step',
    },
    visit: {
      log: 'Log a visit',
      settings: 'Save visit settings',
    },
    worklog: {
      save: 'Save work log',
      submit: 'Submit work log',
    },
    discussion: {
      save: 'Plan or record a discussion',
    },
    instructor: {
      review: 'Yearly review of an instructor',
    },
    group: {
      save: 'Set a service group time limit',
    },
  },
} satisfies Translation<typeof source>;
