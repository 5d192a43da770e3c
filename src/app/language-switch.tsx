import { useTranslation } from 'react-i18next';
import { SegmentedControl } from '../components/ui/segmented-control.tsx';
import type { Locale } from '../i18n/locales.ts';
import { useUiStore } from './ui-store.ts';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const locale = useUiStore((state) => state.locale);
  const setLocale = useUiStore((state) => state.setLocale);
  return (
    <SegmentedControl<Locale>
      legend={t('language.label')}
      value={locale}
      onChange={setLocale}
      options={[
        { value: 'zh-CN', label: t('language.zh'), lang: 'zh-CN' },
        { value: 'en', label: t('language.en'), lang: 'en' },
      ]}
    />
  );
}
