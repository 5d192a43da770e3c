import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { AlertIcon } from '../../components/ui/icons.tsx';
import { dismissRefused, useRefused } from '../../sync/status.ts';
import { useRefusalText } from './refusal-text.ts';
import './strings.ts';

interface RefusedHereProps {
  /** the record of this screen: an event, a request, a lesson */
  target: string | undefined;
  /** only these mutations (e.g. the check-in page shows check-ins, not wall posts) */
  names?: readonly string[];
  /**
   * refusals of `names` whatever their record: for mutations that name none of their own (a
   * yearly review, a firm's assignment), shown on the screen that makes them
   */
  anyTarget?: boolean;
}

/**
 * A refusal shown where it happened: on the party day whose check-in code was wrong, on the
 * request whose change was refused. It goes when the member puts it away, or by itself once the
 * same thing goes through (src/db/refused.ts).
 */
export function RefusedHere({ target, names, anyTarget }: RefusedHereProps) {
  const { t } = useTranslation('refused');
  const { nameOf, reasonOf } = useRefusalText();
  const items = useRefused().filter(
    (r) =>
      (anyTarget || (target !== undefined && r.target === target)) &&
      (!names || names.includes(r.name)),
  );
  if (items.length === 0) return null;
  return (
    <>
      {items.map((item) => {
        const name = nameOf(item.name);
        return (
          <div key={item.id} className="notice notice--danger" role="alert">
            <AlertIcon aria-hidden="true" />
            <div className="notice__text">
              <p>
                <strong>{t('here', { name })}</strong>
              </p>
              <p>{reasonOf(item)}</p>
              <Button
                small
                variant="secondary"
                aria-label={t('dismissLabel', { name })}
                onClick={() => void dismissRefused(item.id)}
              >
                {t('dismiss')}
              </Button>
            </div>
          </div>
        );
      })}
    </>
  );
}
