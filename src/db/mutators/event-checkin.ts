import { addCheckin } from './add-checkin.ts';
import type { Mutator } from './types.ts';

// The code is checked by the server only (members hold no secret); a wrong one comes back refused.
export const eventCheckin: Mutator<'event.checkin'> = (tx, args, { user, now }) =>
  addCheckin(tx, args.eventId, user.id, 'code', now);
