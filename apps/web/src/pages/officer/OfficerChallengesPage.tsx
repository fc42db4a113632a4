import { Link } from 'react-router-dom';

import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { useQuery } from '../../lib/use-query';
import { Alert, Badge, Loading } from '../../ui/Feedback';
import { Page } from '../../ui/Page';
import { OfficerChallengesDocument } from './officer-documents';

/** The buyer's challenges in every status, newest first, each opening its management page. */
export default function OfficerChallengesPage() {
  const { t, formatDateTime } = useI18n();
  const { user } = useSession();
  const list = useQuery(OfficerChallengesDocument, { buyerId: user?.organisation.id ?? '' }, { skip: !user });
  const rows = list.data?.challenges.edges.map((e) => e.node) ?? [];
  return (
    <Page title={t('officer.list.title')}>
      <p>
        <Link className="button" to="/officer/challenges/new">
          {t('officer.list.new')}
        </Link>
      </p>
      {list.loading && !list.data ? <Loading label={t('common.loading')} /> : null}
      {list.error ? <Alert>{t('error.UNKNOWN')}</Alert> : null}
      {list.data && !rows.length ? <p>{t('officer.list.none')}</p> : null}
      {rows.length ? (
        <table>
          <caption>{t('officer.list.caption', { n: list.data?.challenges.totalCount ?? rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('officer.list.challenge')}</th>
              <th scope="col">{t('officer.list.status')}</th>
              <th scope="col">{t('officer.list.classification')}</th>
              <th scope="col">{t('officer.list.deadline')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/officer/challenges/${c.id}`}>{c.title}</Link>
                </td>
                <td>
                  <Badge tone={c.status === 'CANCELLED' || c.status === 'NO_AWARD' ? 'bad' : c.status === 'DRAFT' ? 'neutral' : 'good'}>
                    {t(`status.${c.status}`)}
                  </Badge>
                </td>
                <td>{t(`classification.${c.classification}`)}</td>
                <td>{formatDateTime(c.submissionDeadline)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Page>
  );
}
