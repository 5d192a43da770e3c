import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Select } from '../../components/ui/select.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import type { AuditEntry } from '../../shared/org/api.ts';
import { ApiRequestError } from '../../sync/http.ts';
import { useSyncStore } from '../../sync/status.ts';
import { downloadAuditCsv, loadAudit } from './audit-actions.ts';
import { auditDiff } from './audit-diff.ts';
import { BackLink } from './back-link.tsx';
import { downloadFile } from './download-file.ts';
import '../me/strings.ts';
import './strings.ts';

/** The actions an administrator filters by (the server records these names). */
const ACTIONS = [
  'org.save',
  'firm.save',
  'firm.assign',
  'invite.create',
  'invite.revoke',
  'join.decide',
  'member.reset',
  'member.move',
  'member.set_active',
  'member.roles',
  'member.standing',
  'account.create',
] as const;

type State =
  | { kind: 'loading' }
  | { kind: 'failed'; code: string }
  | { kind: 'ready'; entries: AuditEntry[]; nextBefore: number | null; more: boolean };

/** Who changed what and when: read from the server page by page, so online only. */
export function AuditPage() {
  const { t, i18n } = useTranslation('admin');
  const { t: tr } = useTranslation('refused');
  const online = useSyncStore((s) => s.online);
  const [action, setAction] = useState('');
  const [state, setState] = useState<State>({ kind: 'loading' });

  const load = useCallback(async (before: number | null, keep: AuditEntry[]) => {
    if (before === null) setState({ kind: 'loading' });
    else setState({ kind: 'ready', entries: keep, nextBefore: before, more: true });
    try {
      const page = await loadAudit(before);
      setState({
        kind: 'ready',
        entries: [...keep, ...page.entries],
        nextBefore: page.nextBefore,
        more: false,
      });
    } catch (err) {
      setState({ kind: 'failed', code: err instanceof ApiRequestError ? err.code : 'unknown' });
    }
  }, []);

  useEffect(() => {
    if (online) void load(null, []);
  }, [online, load]);

  const actionName = (a: string) =>
    (ACTIONS as readonly string[]).includes(a) ? tr(`mutation.${a}` as 'mutation.org.save') : a;

  const exportCsv = async () => {
    try {
      downloadFile(`${t('audit.fileName')}.csv`, await downloadAuditCsv());
    } catch (err) {
      setState({ kind: 'failed', code: err instanceof ApiRequestError ? err.code : 'unknown' });
    }
  };

  // the filter applies to what has been read; "load earlier" reads further back
  const shown =
    state.kind === 'ready' ? state.entries.filter((e) => !action || e.action === action) : [];

  return (
    <div className="stack">
      <PageHeader title={t('audit.title')} leading={<BackLink />} />
      {!online ? (
        <EmptyState title={t('audit.offline')} />
      ) : (
        <>
          <div className="toolbar">
            <Select
              label={t('audit.filter')}
              value={action}
              onChange={(e) => setAction(e.target.value)}
              options={[
                { value: '', label: t('audit.allActions') },
                ...ACTIONS.map((a) => ({ value: a, label: actionName(a) })),
              ]}
            />
            <Button small variant="secondary" onClick={() => void exportCsv()}>
              {t('audit.export')}
            </Button>
          </div>
          <div aria-live="polite">
            {state.kind === 'loading' && <p className="route-loading">{t('loading')}</p>}
            {state.kind === 'failed' && (
              <div role="alert" className="stack">
                <p>
                  {state.code === 'network'
                    ? t('audit.offline')
                    : state.code === 'forbidden'
                      ? t('audit.forbidden')
                      : t('audit.error')}
                </p>
                <Button small variant="secondary" onClick={() => void load(null, [])}>
                  {t('audit.retry')}
                </Button>
              </div>
            )}
            {state.kind === 'ready' && shown.length === 0 && !state.more && (
              <EmptyState title={t('audit.empty')} />
            )}
          </div>
          {shown.length > 0 && (
            <ol className="audit-list">
              {shown.map((e) => (
                <AuditItem
                  key={e.id}
                  entry={e}
                  name={actionName(e.action)}
                  locale={i18n.language}
                />
              ))}
            </ol>
          )}
          {state.kind === 'ready' && state.nextBefore !== null && (
            <Button
              variant="secondary"
              disabled={state.more}
              onClick={() => void load(state.nextBefore, state.entries)}
            >
              {state.more ? t('loading') : t('audit.more')}
            </Button>
          )}
        </>
      )}
    </div>
  );
}

function AuditItem({ entry, name, locale }: { entry: AuditEntry; name: string; locale: string }) {
  const { t } = useTranslation('admin');
  const diff = auditDiff(entry.before, entry.after);
  return (
    <li className="card audit-item">
      <p className="audit-item__head">
        <strong>{name}</strong>
        <time className="muted" dateTime={entry.at}>
          {formatDateTime(entry.at, locale)}
        </time>
      </p>
      <p className="muted">
        {t('audit.by', { name: entry.actorName ?? t('audit.system') })} ·{' '}
        {t('audit.target', { type: entry.targetType, id: entry.targetId ?? '' })}
      </p>
      {diff.length === 0 ? (
        <p className="muted">{t('audit.noChanges')}</p>
      ) : (
        <table className="audit-diff">
          <thead>
            <tr>
              <th scope="col">{t('audit.field')}</th>
              <th scope="col">{t('audit.before')}</th>
              <th scope="col">{t('audit.after')}</th>
            </tr>
          </thead>
          <tbody>
            {diff.map((d) => (
              <tr key={d.field}>
                <th scope="row">
                  {t(`audit.fields.${d.field}` as 'audit.fields.name', { defaultValue: d.field })}
                </th>
                <td>
                  {d.before === null ? (
                    <span className="muted">{t('audit.none')}</span>
                  ) : (
                    <del>{d.before}</del>
                  )}
                </td>
                <td>
                  {d.after === null ? (
                    <span className="muted">{t('audit.none')}</span>
                  ) : (
                    <ins>{d.after}</ins>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}
