import { useTranslation } from 'react-i18next';
import type { ServiceGroupRecord } from '../../shared/records.ts';
import './strings.ts';

/** At most this many staff names; more are counted ("周律师、李会计等 5 人"). */
const NAMES = 2;

/** Who handles a group and how long it usually takes to be taken on, in one line. */
export function useHandlersText() {
  const { t, i18n } = useTranslation('requests');
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  return (group: ServiceGroupRecord | undefined): string | null => {
    if (!group) return null;
    if (group.staff.length === 0) return t('handlers.none');
    const names = group.staff.slice(0, NAMES).map((s) => s.name);
    const who =
      group.staff.length > NAMES
        ? t('handlers.someOf', { names: names.join('、'), count: group.staff.length })
        : t('handlers.names', { names: list.format(names) });
    const h = group.typicalHours;
    const when =
      h === null
        ? t('handlers.noTime')
        : h >= 48
          ? t('handlers.days', { value: number.format(h / 24) })
          : t('handlers.hours', { value: number.format(Math.max(h, 0.1)) });
    return `${who} · ${when}`;
  };
}

/** The handlers line, styled as a warning when nobody staffs the group. */
export function GroupHandlers({
  group,
  id,
}: {
  group: ServiceGroupRecord | undefined;
  id?: string;
}) {
  const text = useHandlersText()(group);
  if (!text) return null;
  const none = group?.staff.length === 0;
  return (
    <span id={id} className={none ? 'group-handlers group-handlers--none' : 'group-handlers'}>
      {text}
    </span>
  );
}
