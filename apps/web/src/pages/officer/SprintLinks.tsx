import { Link } from 'react-router-dom';

import { useI18n } from '../../i18n/i18n';

/** The pages of a running sprint, from any of them. */
export function SprintLinks({ challengeId }: { challengeId: string }) {
  const { t } = useI18n();
  const base = `/officer/challenges/${challengeId}`;
  return (
    <nav aria-label={t('officer.sprint.nav')} className="actions">
      <Link to={base}>{t('officer.sprint.manage')}</Link>
      <Link to={`${base}/questions`}>{t('officer.sprint.questions')}</Link>
      <Link to={`${base}/board`}>{t('officer.sprint.board')}</Link>
      <Link to={`${base}/moderation`}>{t('officer.sprint.moderation')}</Link>
      <Link to={`${base}/ranking`}>{t('officer.sprint.ranking')}</Link>
    </nav>
  );
}
