import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Switch } from '../../components/ui/switch.tsx';
import { NOTICE_KINDS, type NoticeKind } from '../../shared/notices/kinds.ts';
import { setMutedKinds } from './inbox-actions.ts';
import { useInbox } from './use-inbox.ts';
import './strings.ts';

/** A switch per kind of notice; the choice is a mutation, so it follows the user to every device. */
export function PrefsPage() {
  const { t } = useTranslation('inbox');
  const inbox = useInbox();
  const muted = new Set(inbox?.muted ?? []);
  const toggle = (kind: NoticeKind, on: boolean) => {
    const next = new Set(muted);
    if (on) next.delete(kind);
    else next.add(kind);
    void setMutedKinds(NOTICE_KINDS.filter((k) => next.has(k)));
  };
  return (
    <div className="stack">
      <PageHeader
        title={t('prefs.title')}
        leading={
          <Link className="icon-btn back-link" to="/inbox" aria-label={t('back')} title={t('back')}>
            <span aria-hidden="true">‹</span>
          </Link>
        }
      />
      <p className="muted">{t('prefs.intro')}</p>
      {inbox && (
        <div className="stack inbox-prefs">
          {NOTICE_KINDS.map((kind) => (
            <Switch
              key={kind}
              label={t(`kinds.${kind}`)}
              checked={!muted.has(kind)}
              onChange={(on) => toggle(kind, on)}
              onText={t('prefs.on')}
              offText={t('prefs.off')}
            />
          ))}
        </div>
      )}
    </div>
  );
}
