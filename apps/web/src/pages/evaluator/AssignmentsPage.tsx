import { useState } from 'react';
import { Link } from 'react-router-dom';

import type { AssignmentStatus, EvaluatorAssignmentsQuery } from '../../gql/graphql';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n';
import { ApiError } from '../../lib/graphql-client';
import { useLiveQuery } from '../../lib/use-live-query';
import { useMutation } from '../../lib/use-query';
import { Alert, Badge, Loading } from '../../ui/Feedback';
import { Page } from '../../ui/Page';
import { ReasonForm } from '../../ui/ReasonForm';
import { AcceptAssignmentDocument, DeclareConflictDocument, EvaluatorAssignmentsDocument } from './assignment-documents';

type Assignment = EvaluatorAssignmentsQuery['myAssignments'][number];

export const assignmentTone = (status: AssignmentStatus) =>
  status === 'CONFLICT_DECLARED' || status === 'WITHDRAWN' ? 'bad' : status === 'PENDING' ? 'neutral' : 'good';

/**
 * The evaluator's inbox. It polls: the worker assigns bids when a challenge closes, and they appear
 * here without a reload. Open work (pending, accepted) comes first.
 */
export default function AssignmentsPage() {
  const { t } = useI18n();
  const assignments = useLiveQuery(EvaluatorAssignmentsDocument, {});
  if (assignments.loading && !assignments.data) return <Loading label={t('common.loading')} />;
  const order: AssignmentStatus[] = ['PENDING', 'ACCEPTED', 'SCORED', 'CONFLICT_DECLARED', 'WITHDRAWN'];
  const list = [...(assignments.data?.myAssignments ?? [])].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
  return (
    <Page title={t('evaluator.title')}>
      <p>{t('evaluator.intro')}</p>
      {assignments.error ? <Alert>{t('error.UNKNOWN')}</Alert> : null}
      {!list.length ? <p>{t('evaluator.none')}</p> : null}
      {list.map((a) => (
        <AssignmentCard key={a.id} assignment={a} onChange={assignments.reload} />
      ))}
    </Page>
  );
}

function AssignmentCard({ assignment: a, onChange }: { assignment: Assignment; onChange(): void }) {
  const { t, has, formatDateTime } = useI18n();
  const accept = useMutation(AcceptAssignmentDocument);
  const declare = useMutation(DeclareConflictDocument);
  const [noConflict, setNoConflict] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const challenge = a.submission.challenge;
  const headingId = `assignment-${a.id}`;

  async function confirmAndAccept() {
    if (!noConflict) {
      setMessage({ kind: 'error', text: t('evaluator.confirmFirst') });
      return;
    }
    try {
      await accept({ id: a.id });
      setMessage({ kind: 'success', text: t('evaluator.accepted') });
      onChange();
    } catch (e) {
      setMessage({ kind: 'error', text: describeError(t, has, e instanceof ApiError ? e.code : 'UNKNOWN') });
    }
  }

  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{challenge.title}</h2>
      <dl className="facts">
        <dt>{t('evaluator.status')}</dt>
        <dd>
          <Badge tone={assignmentTone(a.status)}>{t(`evaluator.status.${a.status}`)}</Badge>
        </dd>
        <dt>{t('evaluator.vendor')}</dt>
        <dd>{challenge.blindEvaluation || !a.submission.vendor ? t('evaluator.blind') : a.submission.vendor.name}</dd>
        {challenge.scoringDeadline ? (
          <>
            <dt>{t('evaluator.scoringDeadline')}</dt>
            <dd>{formatDateTime(challenge.scoringDeadline)}</dd>
          </>
        ) : null}
      </dl>
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      {a.status === 'PENDING' ? (
        <>
          <h3>{t('evaluator.acceptTitle')}</h3>
          <div className="field">
            <label className="choice">
              <input type="checkbox" checked={noConflict} onChange={(e) => setNoConflict(e.target.checked)} /> {t('evaluator.noConflict')}
            </label>
          </div>
          <div className="actions">
            <button type="button" onClick={confirmAndAccept}>
              {t('evaluator.accept')}
            </button>
          </div>
          <h3>{t('evaluator.conflictTitle')}</h3>
          <ReasonForm
            label={t('evaluator.conflictReason')}
            hint={t('evaluator.conflictHint')}
            submitLabel={t('evaluator.declareConflict')}
            onSubmit={async (reason) => {
              await declare({ id: a.id, reason });
              setMessage({ kind: 'success', text: t('evaluator.conflictDeclared') });
              onChange();
            }}
          />
        </>
      ) : null}
      {a.status === 'ACCEPTED' || a.status === 'SCORED' ? (
        <p>
          <Link to={`/evaluations/${a.id}`} className="button">
            {a.status === 'ACCEPTED' ? t('evaluator.score') : t('evaluator.viewScores')}
          </Link>
        </p>
      ) : null}
    </article>
  );
}
