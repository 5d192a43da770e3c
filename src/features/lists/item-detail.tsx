import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { Select } from '../../components/ui/select.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import type { SessionUser } from '../../shared/protocol.ts';
import { mayClaim, mayMoveNeed, type NeedStatus } from '../../shared/lists/rules.ts';
import { groupName } from '../requests/group-label.ts';
import '../requests/strings.ts';
import { ItemForm } from './item-form.tsx';
import { claimNeed, matchNeed, removeListItem, updateNeed } from './lists-actions.ts';
import type { ListItemRow } from './use-lists.ts';
import './strings.ts';

interface ItemDetailProps {
  item: ListItemRow;
  user: SessionUser;
  /** the user organizes the park */
  leads: boolean;
  /** resources of the same lists, for matching a need */
  resources: readonly ListItemRow[];
  groups: readonly string[];
  onClose: () => void;
}

const MOVES: {
  to: Exclude<NeedStatus, 'claimed'>;
  label: 'start' | 'closeNeed' | 'release' | 'reopen';
  from: NeedStatus[];
}[] = [
  { to: 'in_progress', label: 'start', from: ['claimed'] },
  { to: 'closed', label: 'closeNeed', from: ['open', 'claimed', 'in_progress'] },
  { to: 'open', label: 'release', from: ['claimed', 'in_progress'] },
  { to: 'open', label: 'reopen', from: ['closed'] },
];

/** One item: its fields, and for a need the department's work on it (claim, progress, match). */
export function ItemDetail({ item, user, leads, resources, groups, onClose }: ItemDetailProps) {
  const { t, i18n } = useTranslation('lists');
  const { t: tr } = useTranslation('requests');
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [removing, setRemoving] = useState(false);
  const locale = i18n.language;
  const group = (key: string | null) => (key ? groupName(tr, key) : '');
  const groupStaff =
    user.roles.includes('staff') && item.category !== null && user.groups.includes(item.category);
  const actor = { organizer: leads, groupStaff };
  const mayEdit = leads || (item.kind === 'resource' && groupStaff);

  if (editing) {
    return (
      <ItemForm
        orgId={item.orgId}
        quarter={item.quarter}
        kind={item.kind}
        item={item}
        groups={groups}
        onDone={() => setEditing(false)}
      />
    );
  }

  const move = async (to: Exclude<NeedStatus, 'claimed'> | null) => {
    if (to === 'closed' && !note.trim()) {
      setNoteError(t('detail.noteHint'));
      return;
    }
    setNoteError(null);
    await updateNeed({ needId: item.id, to, note: note.trim() || null });
    setNote('');
  };

  return (
    <div className="stack lists-detail" aria-labelledby={`item-${item.id}`}>
      <div className="lists-entry__head">
        <h2 id={`item-${item.id}`} className="lists-detail__title">
          {item.title}
        </h2>
        <Button variant="ghost" small onClick={onClose} aria-label={t('detail.close')}>
          ×
        </Button>
      </div>
      <p>
        {item.status && <Badge tone="info">{t(`status.${item.status}`)}</Badge>}{' '}
        {item.category && <Badge>{group(item.category)}</Badge>}{' '}
        {item.pending && <Badge tone="warning">{t('detail.pending')}</Badge>}
      </p>
      {item.description && <p className="lists-pre">{item.description}</p>}
      {item.provider && <p>{t('published.provider', { provider: item.provider })}</p>}
      {item.contact && <p>{t('published.contact', { contact: item.contact })}</p>}
      {item.startsAt && (
        <p>{t('published.when', { time: formatDateTime(item.startsAt, locale) })}</p>
      )}
      {item.venue && <p>{t('published.venue', { venue: item.venue })}</p>}
      {item.sourceType && (
        <p className="muted">
          {t('work.source', {
            source: t(
              item.sourceType === 'request'
                ? 'work.fromRequest'
                : item.sourceType === 'event'
                  ? 'work.fromEvent'
                  : 'work.fromLesson',
            ),
          })}
        </p>
      )}

      {item.kind === 'need' && item.status && (
        <>
          {item.claimedByName && (
            <p>
              {t('detail.claimedBy', { name: item.claimedByName, group: group(item.claimedGroup) })}
            </p>
          )}
          {mayClaim(item.status, actor) && (
            <Button onClick={() => void claimNeed(item.id, note.trim())}>
              {t('detail.claim')}
            </Button>
          )}
          {(leads || groupStaff) && (
            <>
              <TextArea
                label={t('detail.note')}
                hint={t('detail.noteHint')}
                error={noteError}
                value={note}
                maxLength={500}
                rows={3}
                onChange={(e) => setNote(e.target.value)}
              />
              <div className="lists-actions">
                {MOVES.filter(
                  (m) => m.from.includes(item.status!) && mayMoveNeed(item.status!, m.to, actor),
                ).map((m) => (
                  <Button key={m.label} variant="secondary" small onClick={() => void move(m.to)}>
                    {t(`detail.${m.label}`)}
                  </Button>
                ))}
                <Button
                  variant="ghost"
                  small
                  disabled={!note.trim()}
                  onClick={() => void move(null)}
                >
                  {t('detail.addNote')}
                </Button>
              </div>
              <Select
                label={t('detail.match')}
                value={item.resourceId ?? ''}
                onChange={(e) => void matchNeed(item.id, e.target.value || null)}
                options={[
                  { value: '', label: t('detail.noMatch') },
                  ...resources.map((r) => ({ value: r.id, label: r.title })),
                ]}
              />
            </>
          )}
          <section aria-labelledby={`notes-${item.id}`}>
            <h3 id={`notes-${item.id}`}>{t('detail.notes')}</h3>
            {item.notes.length === 0 ? (
              <p className="muted">{t('detail.noNotes')}</p>
            ) : (
              <ol className="lists-notes">
                {item.notes.map((n, i) => (
                  <li key={i}>
                    <span className="muted">
                      {formatDateTime(n.at, locale)} · {n.name}
                      {n.status ? ` · ${t(`status.${n.status}`)}` : ''}
                    </span>
                    {n.text && <p className="lists-pre">{n.text}</p>}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </>
      )}

      {mayEdit && (
        <div className="lists-actions">
          <Button variant="secondary" small onClick={() => setEditing(true)}>
            {t('form.edit')}
          </Button>
          <Button variant="danger" small onClick={() => setRemoving(true)}>
            {t('detail.remove')}
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={removing}
        danger
        title={t('detail.removeTitle', { title: item.title })}
        body={t('detail.removeBody')}
        confirmLabel={t('detail.removeConfirm')}
        cancelLabel={t('work.cancel')}
        onCancel={() => setRemoving(false)}
        onConfirm={() => {
          setRemoving(false);
          void removeListItem(item.id).then(onClose);
        }}
      />
    </div>
  );
}
