import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { REJECT_CODES, type RejectCode } from '../../shared/errors.ts';
import type { MutationName } from '../../shared/mutations/index.ts';
import { dismissRefused, useRefused } from '../../sync/status.ts';
import './strings.ts';

function isRejectCode(code: string): code is RejectCode {
  return (REJECT_CODES as readonly string[]).includes(code);
}

/** What the server refused and why (SYNC.md push rule 4: "the app shows the user what was refused"). */
export function RefusedList() {
  const { t, i18n } = useTranslation('refused');
  const items = useRefused();

  // Mutation names are "area.verb", which maps onto the nested keys; unknown ones show raw.
  const isKnown = (name: string): name is MutationName =>
    typeof i18n.getResource(i18n.language, 'refused', `mutation.${name}`) === 'string';
  const nameOf = (name: string) => (isKnown(name) ? t(`mutation.${name}`) : name);

  return (
    <section aria-labelledby="refused-title">
      <h3 id="refused-title">{t('title')}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <>
          <p className="muted">{t('intro')}</p>
          <ul className="list">
            {items.map((item) => {
              const name = nameOf(item.name);
              return (
                <li key={item.id} className="refused-item">
                  <div className="refused-item__text">
                    <p>
                      <strong>{name}</strong>
                    </p>
                    <p>
                      {isRejectCode(item.code) ? t(`code.${item.code}`) : item.message || item.code}
                    </p>
                    <p className="muted">
                      <time dateTime={item.at}>{formatDateTime(item.at, i18n.language)}</time>
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
        </>
      )}
    </section>
  );
}
