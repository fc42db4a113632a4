import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { Page } from '../../ui/Page';
import { EmailPreferences } from './EmailPreferences';
import { SavedSearches } from './SavedSearches';
import { Webhooks } from './Webhooks';

/** Email per kind for everyone; saved searches for vendors; the organisation's webhooks for vendors and officers. */
export default function NotificationSettingsPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const roles = user?.roles ?? [];
  return (
    <Page title={t('notificationSettings.title')}>
      <EmailPreferences />
      {roles.includes('VENDOR') ? <SavedSearches /> : null}
      {roles.some((role) => role === 'VENDOR' || role === 'OFFICER' || role === 'ADMIN') ? <Webhooks /> : null}
    </Page>
  );
}
