import { Link, useLocation, useParams } from 'react-router-dom';

import { useI18n } from '../../i18n/i18n';
import { useQuery } from '../../lib/use-query';
import { Alert, Badge, Loading } from '../../ui/Feedback';
import { Page } from '../../ui/Page';
import { AmendChallenge } from './AmendChallenge';
import { ChallengeAnnexes } from './annexes/ChallengeAnnexes';
import { CancelChallenge } from './CancelChallenge';
import { DraftEditor } from './DraftEditor';
import { InviteEvaluators } from './InviteEvaluators';
import { OfficerChallengeDocument } from './officer-documents';
import { SprintLinks } from './SprintLinks';

/** What an officer can do to one challenge at its stage: edit and publish a draft, invite, amend, cancel. */
export default function ManageChallengePage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const { t, formatDateTime } = useI18n();
  const query = useQuery(OfficerChallengeDocument, { id });
  const c = query.data?.challenge;
  if (query.loading && !query.data) return <Loading label={t('common.loading')} />;
  if (!c || !c.evaluators)
    return (
      <Page title={t('notFound.title')}>
        <p>{t('challenge.notFound')}</p>
      </Page>
    );
  const created = (location.state as { created?: boolean } | null)?.created;
  const open = c.status === 'DRAFT' || c.status === 'PUBLISHED';
  return (
    <Page title={c.title}>
      <p>
        <Link to="/officer/challenges">{t('officer.manage.back')}</Link>
      </p>
      {created ? <Alert kind="success">{t('officer.manage.created')}</Alert> : null}
      <dl className="facts">
        <dt>{t('officer.list.status')}</dt>
        <dd>
          <Badge tone={c.status === 'CANCELLED' ? 'bad' : 'neutral'}>{t(`status.${c.status}`)}</Badge>
        </dd>
        <dt>{t('officer.field.submissionDeadline')}</dt>
        <dd>{formatDateTime(c.submissionDeadline)}</dd>
        {c.publishedAt ? (
          <>
            <dt>{t('officer.stage.published')}</dt>
            <dd>{formatDateTime(c.publishedAt)}</dd>
          </>
        ) : null}
        <dt>{t('officer.manage.evaluators')}</dt>
        <dd>{c.evaluators.length ? c.evaluators.map((e) => e.displayName).join(', ') : t('officer.manage.noEvaluators')}</dd>
      </dl>
      {c.status !== 'DRAFT' ? <SprintLinks challengeId={c.id} /> : null}
      {c.status === 'DRAFT' ? <DraftEditor challenge={c} onChange={query.reload} /> : null}
      {open || c.status === 'CLOSED' || c.status === 'EVALUATING' ? (
        <InviteEvaluators challengeId={c.id} candidates={c.evaluatorCandidates ?? []} onChange={query.reload} />
      ) : null}
      {open ? <ChallengeAnnexes challengeId={c.id} attached={c.documents} onChange={query.reload} /> : null}
      {c.status === 'PUBLISHED' ? <AmendChallenge challenge={c} onChange={query.reload} /> : null}
      {c.amendments.length ? (
        <section className="card" aria-labelledby="amendments-heading">
          <h2 id="amendments-heading">{t('officer.amend.history')}</h2>
          <ul>
            {c.amendments.map((a) => (
              <li key={a.at}>
                {formatDateTime(a.at)}: {a.reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {open ? <CancelChallenge challengeId={c.id} onChange={query.reload} /> : null}
    </Page>
  );
}
