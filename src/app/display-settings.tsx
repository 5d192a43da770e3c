import { useTranslation } from 'react-i18next';
import { Switch } from '../components/ui/switch.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { useUiStore } from './ui-store.ts';
import '../features/me/strings.ts';

export function DisplaySettings() {
  const { t } = useTranslation('me');
  const { t: tCommon } = useTranslation();
  const textSize = useUiStore((state) => state.textSize);
  const theme = useUiStore((state) => state.theme);
  const setTextSize = useUiStore((state) => state.setTextSize);
  const setTheme = useUiStore((state) => state.setTheme);
  return (
    <section className="card stack" aria-labelledby="display-title">
      <h2 id="display-title" className="card__title">
        {t('settings.title')}
      </h2>
      <LanguageSwitch />
      <Switch
        label={t('settings.largeText')}
        hint={t('settings.largeTextHint')}
        checked={textSize === 'large'}
        onChange={(on) => setTextSize(on ? 'large' : 'normal')}
        onText={tCommon('on')}
        offText={tCommon('off')}
      />
      <Switch
        label={t('settings.contrast')}
        hint={t('settings.contrastHint')}
        checked={theme === 'contrast'}
        onChange={(on) => setTheme(on ? 'contrast' : 'default')}
        onText={tCommon('on')}
        offText={tCommon('off')}
      />
    </section>
  );
}
