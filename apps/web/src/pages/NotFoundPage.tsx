import { Link } from 'react-router-dom';

import { useI18n } from '../i18n/i18n';
import { Page } from '../ui/Page';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.text')}</p>
      <Link to="/">{t('nav.challenges')}</Link>
    </Page>
  );
}
