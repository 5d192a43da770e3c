/** The seven service groups (docs/domain.md pillar 3; keys from docs/sync-protocol.md). */
export const SERVICE_GROUPS = [
  'party_guidance',
  'talent',
  'general',
  'finance',
  'legal',
  'property',
  'social',
] as const;
export type ServiceGroup = (typeof SERVICE_GROUPS)[number];

/** `instructor`: a party-building instructor (党建指导员) who looks after a set of firms. */
export const ROLES = ['member', 'organizer', 'staff', 'admin', 'instructor'] as const;
export type Role = (typeof ROLES)[number];
