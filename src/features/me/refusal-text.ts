import { useTranslation } from 'react-i18next';
import { REJECT_CODES, type RejectCode } from '../../shared/errors.ts';
import type { MutationName } from '../../shared/mutations/index.ts';
import type { RefusedItem } from '../../sync/status.ts';
import './strings.ts';

function isRejectCode(code: string): code is RejectCode {
  return (REJECT_CODES as readonly string[]).includes(code);
}

/** The screen a refusal belongs on, from the mutation's area and the record it was about. */
export function refusalPath(name: string, target: string | null): string | null {
  if (!target) return null;
  const area = name.split('.')[0];
  if (area === 'event' || area === 'wall') return `/events/${target}`;
  if (area === 'request') return `/services/r/${target}`;
  if (name === 'booking.create') return `/services/venues/${target}`;
  if (area === 'lesson') return `/lessons/${target}`;
  if (area === 'candidate') return `/recruitment/c/${target}`;
  if (area === 'discussion') return `/instructor/discussion/${target}`;
  return null;
}

/** A refusal in words: what was refused ("area.verb" maps onto the nested keys) and why. */
export function useRefusalText() {
  const { t, i18n } = useTranslation('refused');
  const isKnown = (name: string): name is MutationName =>
    typeof i18n.getResource(i18n.language, 'refused', `mutation.${name}`) === 'string';
  return {
    nameOf: (name: string) => (isKnown(name) ? t(`mutation.${name}`) : name),
    reasonOf: (item: Pick<RefusedItem, 'code' | 'message'>) =>
      isRejectCode(item.code) ? t(`code.${item.code}`) : item.message || item.code,
  };
}
