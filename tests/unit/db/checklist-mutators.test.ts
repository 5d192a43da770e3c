import { describe, expect, it } from 'vitest';
import { DEFAULT_GOALS } from '../../../src/shared/checklist/template.ts';
import { device, newId, world } from '../sync/helpers.ts';

async function signedIn() {
  const w = world();
  const phone = device(w.server);
  await phone.signIn('alice');
  return { ...w, phone, db: phone.db };
}

describe('checklist mutators', () => {
  it('checklist.assess keeps one row per branch, period and indicator, and skips what the server refuses', async () => {
    const { phone, db } = await signedIn();
    const orgId = newId();
    // the test phone's clock stands in March 2025
    const period = '2025-02';
    const base = { orgId, period, indicatorId: 'g1r2i2', evidence: '会议记录' };
    await phone.mutate('checklist.assess', { ...base, value: 1 });
    await phone.mutate('checklist.assess', { ...base, value: 2, evidence: '两次会议' });
    // a computed indicator is not entered; a share above 1 does not fit
    await phone.mutate('checklist.assess', { ...base, indicatorId: 'g1r2i1', value: 1 });
    await phone.mutate('checklist.assess', { ...base, indicatorId: 'g2r1i3', value: 3 });
    const rows = await db.checklistAssessments.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ value: 2, evidence: '两次会议', authorName: 'alice' });
  });

  it('checklist.assess shows added photos from their bytes at once and drops removed ones', async () => {
    const { phone, db } = await signedIn();
    const base = {
      orgId: newId(),
      period: '2025-02',
      indicatorId: 'g1r2i2',
      value: 1,
      evidence: '',
    };
    const [a, b] = [newId(), newId()];
    const photo = (id: string) => ({ id, mime: 'image/jpeg' as const, data: '/9j/AAAA' });
    await phone.mutate('checklist.assess', { ...base, photos: [photo(a), photo(b)] });
    await phone.mutate('checklist.assess', { ...base, dropPhotos: [a] });
    const [row] = await db.checklistAssessments.toArray();
    expect(row!.photos).toEqual([
      { id: b, mime: 'image/jpeg', url: 'data:image/jpeg;base64,/9j/AAAA' },
    ]);
  });

  it('checklist.save keeps one template per district', async () => {
    const { phone, db } = await signedIn();
    const orgId = newId();
    await phone.mutate('checklist.save', { orgId, goals: DEFAULT_GOALS });
    const renamed = structuredClone(DEFAULT_GOALS);
    renamed[0]!.title = '组织建设';
    await phone.mutate('checklist.save', { orgId, goals: renamed });
    const rows = await db.checklistTemplates.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.goals[0]!.title).toBe('组织建设');
  });
});
