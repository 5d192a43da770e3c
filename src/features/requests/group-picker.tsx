import { useTranslation } from 'react-i18next';
import { SERVICE_GROUPS, type ServiceGroup } from '../../shared/groups.ts';
import { GroupHandlers } from './group-handlers.tsx';
import { useServiceGroups } from './use-service-groups.ts';
import './strings.ts';

interface GroupPickerProps {
  value: ServiceGroup | null;
  onChange: (group: ServiceGroup) => void;
  error?: string | null;
}

/**
 * The seven service groups as radios, each with a line saying what it helps with and who handles
 * it how fast; a group with nobody on it says so before the member files there.
 */
export function GroupPicker({ value, onChange, error }: GroupPickerProps) {
  const { t } = useTranslation('requests');
  const groups = useServiceGroups();
  const chosen = value ? groups?.get(value) : undefined;
  return (
    <fieldset className="group-picker" aria-describedby={error ? 'group-error' : undefined}>
      <legend className="field__label">{t('form.group')}</legend>
      {SERVICE_GROUPS.map((g) => (
        <label key={g} className="group-picker__option">
          <input
            type="radio"
            name="service-group"
            value={g}
            checked={value === g}
            onChange={() => onChange(g)}
          />
          <span className="group-picker__text">
            <span className="group-picker__name">{t(`groups.${g}.name`)}</span>
            <span className="group-picker__hint">{t(`groups.${g}.hint`)}</span>
            <GroupHandlers group={groups?.get(g)} />
          </span>
        </label>
      ))}
      {chosen?.staff.length === 0 && (
        <p className="notice notice--danger" role="alert">
          {t('handlers.noneWarning')}
        </p>
      )}
      {error && (
        <span className="field__error" id="group-error">
          {error}
        </span>
      )}
    </fieldset>
  );
}
