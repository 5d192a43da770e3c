import { describe, expect, it } from 'vitest';
import { reviewId } from '../../../src/shared/visits/duties.ts';
import { device, newId, world } from '../sync/helpers.ts';

async function signedIn() {
  const w = world();
  const phone = device(w.server);
  await phone.signIn('alice');
  return { ...w, phone, db: phone.db };
}

describe("local mutators of the instructor's duties", () => {
  it('discussion.save shows the discussion at once; held needs minutes and stays held', async () => {
    const { phone, db, alice } = await signedIn();
    const id = newId();
    const planned = {
      id,
      at: '2025-03-05T02:00:00.000Z', // the test phone's clock says 2025-03-01
      place: '会议室',
      topic: '座谈会',
      firmIds: [newId()],
    };
    await phone.mutate('discussion.save', planned);
    expect(await db.discussions.get(id)).toMatchObject({
      held: false,
      notes: '',
      topic: '座谈会',
      instructorId: alice.id,
      pending: true,
    });
    const past = '2025-02-28T02:00:00.000Z';
    // held without minutes: skipped here, as the server would refuse it
    await phone.mutate('discussion.save', { ...planned, at: past, held: true });
    expect((await db.discussions.get(id))?.held).toBe(false);
    await phone.mutate('discussion.save', { ...planned, at: past, held: true, notes: '纪要' });
    expect(await db.discussions.get(id)).toMatchObject({ held: true, notes: '纪要' });
    await phone.mutate('discussion.save', { ...planned, held: false });
    expect((await db.discussions.get(id))?.held).toBe(true);
  });

  it('instructor.review writes one record per instructor and year, under the id the server uses', async () => {
    const { phone, db } = await signedIn();
    const instructorId = newId();
    const year = 2024;
    await phone.mutate('instructor.review', { year, instructorId, outcome: 'keep', notes: '' });
    await phone.mutate('instructor.review', {
      year,
      instructorId,
      outcome: 'adjust',
      notes: '减两家企业',
    });
    expect(await db.instructorReviews.count()).toBe(1);
    expect(await db.instructorReviews.get(reviewId(instructorId, year))).toMatchObject({
      outcome: 'adjust',
      notes: '减两家企业',
      pending: true,
    });
  });
});
