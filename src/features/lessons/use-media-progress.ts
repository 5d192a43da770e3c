import { useCallback, useEffect, useRef, useState } from 'react';
import { reportProgress } from './lesson-actions.ts';

/** Report the position at most this often while playing; pause, end and leaving report at once. */
const REPORT_EVERY_S = 15;

/**
 * Resume where the member stopped, and record how far they got. The server keeps the furthest
 * position (docs/sync-protocol.md lesson.progress), so only progress beyond what was reported is queued. With
 * `record` false (a viewer without the member role) nothing is queued.
 */
export function useMediaProgress(
  lessonId: string,
  saved: number,
  completed: boolean,
  record: boolean,
) {
  const reported = useRef(saved);
  const element = useRef<HTMLMediaElement | null>(null);
  const [resumedAt, setResumedAt] = useState<number | null>(null);

  useEffect(() => {
    reported.current = Math.max(reported.current, saved);
  }, [saved]);

  const report = useCallback(
    (position: number, done = false) => {
      if (!record) return;
      if (!done && position < reported.current + 1) return;
      reported.current = Math.max(reported.current, position);
      void reportProgress(lessonId, position, done || completed);
    },
    [lessonId, completed, record],
  );

  useEffect(
    () => () => {
      if (element.current) report(element.current.currentTime);
    },
    [report],
  );

  return {
    resumedAt,
    bind: {
      ref: (el: HTMLMediaElement | null) => {
        element.current = el;
      },
      onLoadedMetadata: (e: { currentTarget: HTMLMediaElement }) => {
        const el = e.currentTarget;
        if (saved > 1 && Number.isFinite(el.duration) && saved < el.duration - 2) {
          el.currentTime = saved;
          setResumedAt(saved);
        }
      },
      onTimeUpdate: (e: { currentTarget: HTMLMediaElement }) => {
        const t = e.currentTarget.currentTime;
        if (t >= reported.current + REPORT_EVERY_S) report(t);
      },
      onPause: (e: { currentTarget: HTMLMediaElement }) => report(e.currentTarget.currentTime),
      onEnded: (e: { currentTarget: HTMLMediaElement }) =>
        report(e.currentTarget.currentTime, true),
    },
  };
}

export function formatClock(seconds: number): string {
  const s = Math.floor(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
