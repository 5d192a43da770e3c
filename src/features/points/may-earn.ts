import type { PointRule } from '../../shared/points/rules.ts';

/**
 * Which rule a waiting outbox action may earn once the server confirms it. Only a hint for the
 * screen: the server decides (caps, a lesson completed before, a wrong check-in code).
 */
export function mayEarn(name: string, args: unknown): PointRule | null {
  const a = typeof args === 'object' && args !== null ? (args as Record<string, unknown>) : {};
  switch (name) {
    case 'lesson.progress':
      return a.completed === true ? 'lesson_completed' : null;
    case 'lesson.rate':
      return 'lesson_rated';
    case 'event.checkin':
      return 'event_attended';
    case 'request.rate':
      return 'request_rated';
    default:
      return null;
  }
}
