import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { Select } from '../../components/ui/select.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { uuidv7 } from '../../shared/ids.ts';
import { SERVICE_GROUPS, type ServiceGroup } from '../../shared/groups.ts';
import type { ListKind } from '../../shared/lists/rules.ts';
import { groupName } from '../requests/group-label.ts';
import '../requests/strings.ts';
import { saveListItem } from './lists-actions.ts';
import type { ListItemRow } from './use-lists.ts';
import './strings.ts';

interface ItemFormProps {
  orgId: string;
  quarter: string;
  kind: ListKind;
  /** the item being edited; none for a new one */
  item?: ListItemRow;
  /** the service groups the user may choose (staff: their own) */
  groups: readonly string[];
  onDone: (id: string | null) => void;
}

/** `datetime-local` value in China Standard Time, and back. */
const toLocal = (iso: string | null) =>
  iso ? new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16) : '';
const fromLocal = (v: string) => (v ? new Date(`${v}:00+08:00`).toISOString() : null);

/** Adds or edits one item of a list; needs and resources name their service department. */
export function ItemForm({ orgId, quarter, kind, item, groups, onDone }: ItemFormProps) {
  const { t } = useTranslation('lists');
  const { t: tr } = useTranslation('requests');
  const [title, setTitle] = useState(item?.title ?? '');
  const [description, setDescription] = useState(item?.description ?? '');
  const [category, setCategory] = useState(item?.category ?? groups[0] ?? '');
  const [provider, setProvider] = useState(item?.provider ?? '');
  const [contact, setContact] = useState(item?.contact ?? '');
  const [startsAt, setStartsAt] = useState(toLocal(item?.startsAt ?? null));
  const [venue, setVenue] = useState(item?.venue ?? '');
  const [errors, setErrors] = useState<{ title?: string; category?: string }>({});

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const next = {
      title: title.trim() ? undefined : t('form.titleMissing'),
      category: kind === 'activity' || category ? undefined : t('form.categoryMissing'),
    };
    setErrors(next);
    if (next.title || next.category) return;
    const id = item?.id ?? uuidv7();
    await saveListItem({
      id,
      orgId,
      quarter,
      kind,
      title: title.trim(),
      description: description.trim(),
      category: kind === 'activity' ? null : (category as ServiceGroup),
      provider: kind === 'resource' ? provider.trim() || null : null,
      contact: kind === 'resource' ? contact.trim() || null : null,
      startsAt: kind === 'activity' ? fromLocal(startsAt) : null,
      venue: kind === 'activity' ? venue.trim() || null : null,
      sourceType: item?.sourceType ?? null,
      sourceId: item?.sourceId ?? null,
    });
    onDone(id);
  };

  return (
    <form className="stack lists-form" onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        label={t('form.title')}
        value={title}
        maxLength={120}
        required
        error={errors.title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextArea
        label={t('form.description')}
        value={description}
        maxLength={2000}
        onChange={(e) => setDescription(e.target.value)}
      />
      {kind !== 'activity' && (
        <Select
          label={t('form.category')}
          value={category}
          error={errors.category}
          onChange={(e) => setCategory(e.target.value)}
          options={SERVICE_GROUPS.filter((g) => groups.includes(g)).map((g) => ({
            value: g,
            label: groupName(tr, g),
          }))}
        />
      )}
      {kind === 'resource' && (
        <>
          <TextField
            label={t('form.provider')}
            value={provider}
            maxLength={100}
            onChange={(e) => setProvider(e.target.value)}
          />
          <TextField
            label={t('form.contact')}
            value={contact}
            maxLength={100}
            onChange={(e) => setContact(e.target.value)}
          />
        </>
      )}
      {kind === 'activity' && (
        <>
          <TextField
            label={t('form.startsAt')}
            type="datetime-local"
            value={startsAt}
            onChange={(e) => setStartsAt(e.target.value)}
          />
          <TextField
            label={t('form.venue')}
            value={venue}
            maxLength={100}
            onChange={(e) => setVenue(e.target.value)}
          />
        </>
      )}
      <div className="lists-actions">
        <Button type="submit">{t('form.save')}</Button>
        <Button variant="secondary" onClick={() => onDone(item?.id ?? null)}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}
