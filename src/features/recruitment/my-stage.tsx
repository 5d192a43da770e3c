import { useTranslation } from 'react-i18next';
import { useSession } from '../../sync/session.ts';
import { useMyStage } from './use-recruitment.ts';
import './strings.ts';

/** A candidate with an account sees their own stage, and nothing else of the record. */
export function MyStage() {
  const { t } = useTranslation('recruitment');
  const { user } = useSession();
  const mine = useMyStage(user?.id);
  if (!mine) return null;
  return (
    <section className="card" aria-labelledby="my-stage-title">
      <h2 id="my-stage-title" className="card__title">
        {t('mine.title')}
      </h2>
      <p>{t('mine.stage', { stage: t(`stage.${mine.stage}`) })}</p>
    </section>
  );
}
