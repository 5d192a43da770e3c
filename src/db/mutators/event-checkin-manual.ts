import { addCheckin } from './add-checkin.ts';
import type { Mutator } from './types.ts';

export const eventCheckinManual: Mutator<'event.checkin_manual'> = (tx, args, { now }) =>
  addCheckin(tx, args.eventId, args.memberId, 'manual', now);
