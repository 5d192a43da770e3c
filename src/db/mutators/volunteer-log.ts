import type { Mutator } from './types.ts';

/**
 * Nothing to show optimistically: the hours become a points entry that only the server writes
 * (points are never claimed by a phone), and it reaches this device through pull.
 */
export const volunteerLog: Mutator<'volunteer.log'> = async () => {};
