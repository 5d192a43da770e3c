import { describe, expect, it } from 'vitest';
import { changeNote, mayCare, parseChangeNote } from '../../src/server/database/change-note.ts';

const viewer = { id: 'u1', orgPath: ['d', 'p', 'b'], managedOrgs: [], groups: [] };

describe('change notes', () => {
  it('a record for every signed-in user (a service group) reaches everyone', () => {
    const note = parseChangeNote(
      changeNote(7, [{ orgId: null, ownerId: null, groupKey: null, everyone: true }]),
    );
    expect(note).toMatchObject({ v: 7, all: true });
    expect(mayCare(note, viewer)).toBe(true);
  });

  it('names the orgs, owners and groups touched, and only those care', () => {
    const note = parseChangeNote(
      changeNote(9, [{ orgId: 'other', ownerId: 'u2', groupKey: 'legal' }]),
    );
    expect(mayCare(note, viewer)).toBe(false);
    expect(mayCare(note, { ...viewer, groups: ['legal'] })).toBe(true);
    expect(mayCare(note, { ...viewer, orgPath: ['d', 'other'] })).toBe(true);
  });
});
