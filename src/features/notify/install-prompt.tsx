import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { markOffered, promptInstall, useInstallOffer } from './install.ts';
import './strings.ts';
import './notify.css';

/** The one-time offer to install the app, above the tab bar (docs/notices.md "Install"). */
export function InstallPrompt() {
  const { t } = useTranslation('notify');
  const offer = useInstallOffer();
  if (!offer) return null;
  const ios = offer === 'ios';
  return (
    <section className="install-offer card" role="region" aria-labelledby="install-offer-title">
      <h2 id="install-offer-title" className="card__title">
        {ios ? t('install.iosTitle') : t('install.title')}
      </h2>
      <p>{ios ? t('install.iosSteps') : t('install.body')}</p>
      <div className="install-offer__actions">
        {ios ? (
          <Button onClick={() => markOffered('dismissed')}>{t('install.gotIt')}</Button>
        ) : (
          <>
            <Button onClick={() => void promptInstall()}>{t('install.install')}</Button>
            <Button variant="ghost" onClick={() => markOffered('dismissed')}>
              {t('install.later')}
            </Button>
          </>
        )}
      </div>
    </section>
  );
}
