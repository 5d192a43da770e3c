/** The seven service groups (DOMAIN.md pillar 3; keys from SYNC.md). */
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

export const ROLES = ['member', 'organizer', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];
