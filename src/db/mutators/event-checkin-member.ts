import { addCheckin } from './add-checkin.ts';
import type { Mutator } from './types.ts';

export const eventCheckinMember: Mutator<'event.checkin_member'> = (tx, args, { now }) =>
  addCheckin(tx, args.eventId, args.memberId, 'card', now);
