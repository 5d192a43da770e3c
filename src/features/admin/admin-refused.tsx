import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { REJECT_CODES, type RejectCode } from '../../shared/errors.ts';
import { dismissRefused, useRefused } from '../../sync/status.ts';
import '../me/strings.ts';
import './strings.ts';

const isRejectCode = (code: string): code is RejectCode =>
  (REJECT_CODES as readonly string[]).includes(code);

/**
 * The refusals of this screen's kind of work, shown where the work is done (the full list is on
 * "me"); nothing at all when there are none, so the page does not jump.
 */
export function AdminRefused({ names }: { names: readonly string[] }) {
  const { t } = useTranslation('refused');
  const { t: ta } = useTranslation('admin');
  const items = useRefused().filter((r) => names.includes(r.name));
  if (items.length === 0) return null;
  return (
    <section className="card admin-refused" aria-labelledby="admin-refused-title" role="status">
      <h2 id="admin-refused-title" className="card__title">
        {ta('refused.title')}
      </h2>
      <ul className="list">
        {items.map((item) => {
          const name = t(`mutation.${item.name}` as 'mutation.org.save', {
            defaultValue: item.name,
          });
          return (
            <li key={item.id} className="refused-item">
              <div className="refused-item__text">
                <p>
                  <strong>{name}</strong>
                </p>
                <p>
                  {isRejectCode(item.code) ? t(`code.${item.code}`) : item.message || item.code}
                </p>
              </div>
              <Button
                variant="secondary"
                small
                aria-label={t('dismissLabel', { name })}
                onClick={() => void dismissRefused(item.id)}
              >
                {t('dismiss')}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
