import { describe, expect, it } from 'vitest';
import { checkVenue, type VenueDraft } from '../../../../src/features/bookings/venue-form.ts';
import { device, world } from '../../sync/helpers.ts';
import { uuidv7 } from '../../../../src/shared/ids.ts';

const draft = (o: Partial<VenueDraft> = {}): VenueDraft => ({
  id: uuidv7(),
  orgId: uuidv7(),
  name: '小会议室',
  location: 'A 座 5 层',
  capacity: '12',
  opensAt: '09:00',
  closesAt: '18:00',
  ...o,
});

describe('venue management', () => {
  it('checks a draft as venue.save will', () => {
    expect(checkVenue(draft())).toEqual({});
    expect(checkVenue(draft({ name: '  ' }))).toEqual({ name: true });
    expect(checkVenue(draft({ capacity: '0' }))).toEqual({ capacity: true });
    expect(checkVenue(draft({ capacity: '2.5' }))).toEqual({ capacity: true });
    expect(checkVenue(draft({ opensAt: '18:00', closesAt: '09:00' }))).toEqual({ hours: true });
    expect(checkVenue(draft({ closesAt: '' }))).toEqual({ hours: true });
  });

  it('venue.save shows at once offline; closing removes the room from the phone', async () => {
    const { server } = world();
    const phone = device(server);
    await phone.signIn('alice');
    server.offline = true;
    const args = {
      id: uuidv7(),
      orgId: uuidv7(),
      name: '支部活动室',
      capacity: 20,
      location: 'B 座 2 层',
      opensAt: '08:30',
      closesAt: '20:00',
      active: true,
    };
    await phone.mutate('venue.save', args);
    expect(await phone.db.venues.get(args.id)).toMatchObject({
      name: '支部活动室',
      opensAt: '08:30',
      pending: true,
    });
    expect(await phone.db.venues.get(args.id)).not.toHaveProperty('active');
    await phone.mutate('venue.save', { ...args, name: '支部活动室（新）' });
    expect((await phone.db.venues.get(args.id))?.name).toBe('支部活动室（新）');
    await phone.mutate('venue.save', { ...args, active: false });
    expect(await phone.db.venues.get(args.id)).toBeUndefined();
    expect(await phone.db.outbox.count()).toBe(3);
  });
});
