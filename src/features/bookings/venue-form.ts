import { clockMinutes } from '../../shared/venue-hours.ts';

export interface VenueDraft {
  id: string;
  orgId: string;
  name: string;
  location: string;
  capacity: string;
  opensAt: string;
  closesAt: string;
}

export type VenueErrors = Partial<Record<'name' | 'capacity' | 'hours', true>>;

/** Checks a draft the way venue.save will, so the organizer hears of a mistake before it queues. */
export function checkVenue(d: VenueDraft): VenueErrors {
  const errors: VenueErrors = {};
  if (!d.name.trim()) errors.name = true;
  const cap = Number(d.capacity);
  if (!Number.isInteger(cap) || cap < 1 || cap > 1000) errors.capacity = true;
  if (!/^\d\d:\d\d$/.test(d.opensAt) || !/^\d\d:\d\d$/.test(d.closesAt)) errors.hours = true;
  else if (clockMinutes(d.closesAt) <= clockMinutes(d.opensAt)) errors.hours = true;
  return errors;
}
