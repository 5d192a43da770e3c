import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { WriteFailedNotice } from '../../../src/app/write-failed-notice.tsx';
import { db } from '../../../src/db/db.ts';
import { META } from '../../../src/db/meta.ts';
import { LocalWriteError } from '../../../src/sync/errors.ts';
import { mutate } from '../../../src/sync/mutate.ts';
import {
  dismissWriteFailure,
  reportWriteFailure,
  useWriteFailure,
  writeFailureKind,
} from '../../../src/sync/write-failures.ts';
import { useFreshDevice } from './setup-app.tsx';

describe('a write that cannot be saved on the device', () => {
  useFreshDevice();
  beforeEach(() => dismissWriteFailure());

  it('is reported by mutate to the shell, and still rejects for a screen that awaits it', async () => {
    await db.meta.delete(META.session);
    const write = mutate('lesson.withdraw', { lessonId: '0195a000-0000-7000-8000-0000000000a1' });
    await expect(write).rejects.toBeInstanceOf(LocalWriteError);
    expect(useWriteFailure.getState().failure?.kind).toBe('not_signed_in');
    expect(await db.outbox.count()).toBe(0);
  });

  it("is said on screen in the user's language until put away", async () => {
    render(<WriteFailedNotice />);
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => reportWriteFailure(new LocalWriteError('storage_full', 'full')));
    expect(screen.getByRole('alert').textContent).toContain('存储空间满了');
    act(() => screen.getByRole('button', { name: '知道了' }).click());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names a full disk however it surfaces, and anything unforeseen plainly', () => {
    const quota = Object.assign(new Error('wrapped'), { inner: { name: 'QuotaExceededError' } });
    expect(writeFailureKind(quota)).toBe('storage_full');
    expect(writeFailureKind(new LocalWriteError('invalid_args', 'x'))).toBe('other');
    expect(writeFailureKind(new TypeError('x'))).toBe('other');
  });
});
