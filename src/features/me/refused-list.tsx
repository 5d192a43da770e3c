import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { dismissRefused, useRefused } from '../../sync/status.ts';
import { refusalPath, useRefusalText } from './refusal-text.ts';
import './strings.ts';

interface RefusedListProps {
  /** false inside a dialog that already says what this is */
  heading?: boolean;
  /** called when a link to where it happened is followed (a dialog closes) */
  onNavigate?: () => void;
}

/** What the server refused and why (docs/sync-protocol.md, Push rule 4: the app shows the user). */
export function RefusedList({ heading = true, onNavigate }: RefusedListProps) {
  const { t, i18n } = useTranslation('refused');
  const items = useRefused();
  const { nameOf, reasonOf } = useRefusalText();

  return (
    <section
      aria-labelledby={heading ? 'refused-title' : undefined}
      aria-label={heading ? undefined : t('title')}
    >
      {heading && <h3 id="refused-title">{t('title')}</h3>}
      {items.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <>
          <p className="muted">{t('intro')}</p>
          <ul className="list">
            {items.map((item) => {
              const name = nameOf(item.name);
              const path = refusalPath(item.name, item.target);
              return (
                <li key={item.id} className="refused-item">
                  <div className="refused-item__text">
                    <p>
                      <strong>{name}</strong>
                    </p>
                    <p>{reasonOf(item)}</p>
                    <p className="muted">
                      <time dateTime={item.at}>{formatDateTime(item.at, i18n.language)}</time>
                    </p>
                    {path && (
                      <p>
                        <Link to={path} onClick={onNavigate}>
                          {t('open')}
                        </Link>
                      </p>
                    )}
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
