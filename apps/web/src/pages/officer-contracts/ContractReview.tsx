import { useState } from 'react';
import { Link } from 'react-router-dom';

import type { BuyerContractDetailQuery, BuyerContractsQuery } from '../../gql/graphql';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n';
import { ApiError } from '../../lib/graphql-client';
import { useLiveQuery } from '../../lib/use-live-query';
import { useMutation } from '../../lib/use-query';
import { Alert, Badge } from '../../ui/Feedback';
import { ReasonForm } from '../../ui/ReasonForm';
import { AttestationReview } from './AttestationReview';
import {
  AcceptMilestoneDocument,
  BuyerContractDetailDocument,
  RecordPaymentDocument,
  RejectMilestoneDocument,
  TerminateContractDocument,
} from './contract-documents';
import { FollowOnForm } from './FollowOnForm';

type Contract = BuyerContractsQuery['contracts'][number];
type Milestone = NonNullable<BuyerContractDetailQuery['contract']>['milestones'][number];

/** One contract as its buyer reviews it: facts, the milestone decisions, and what may follow. */
export function ContractReview({ contract: c, onChange }: { contract: Contract; onChange(): void }) {
  const { t, has, formatMoney, formatDateTime } = useI18n();
  // Details poll too: a milestone the vendor delivers appears without a reload. Only an active
  // contract has deliveries to wait for; the others refresh rarely (the list polls their status).
  const details = useLiveQuery(BuyerContractDetailDocument, { id: c.id }, { intervalMs: c.status === 'ACTIVE' ? 5000 : 60_000 });
  const terminate = useMutation(TerminateContractDocument);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const detail = details.data?.contract;
  const milestones = detail?.milestones ?? [];
  const changed = (text: string) => {
    setMessage({ kind: 'success', text });
    details.reload();
    onChange();
  };
  const failed = (e: unknown) => setMessage({ kind: 'error', text: describeError(t, has, e instanceof ApiError ? e.code : 'UNKNOWN') });
  const headingId = `contract-${c.id}`;

  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{c.title}</h2>
      <dl className="facts">
        <dt>{t('officerContracts.vendor')}</dt>
        <dd>{c.vendor.name}</dd>
        <dt>{t('officerContracts.challenge')}</dt>
        <dd>
          <Link to={`/challenges/${c.challenge.id}`}>{c.challenge.title}</Link>
        </dd>
        <dt>{t('officerContracts.status')}</dt>
        <dd>
          <Badge tone={c.status === 'TERMINATED' ? 'bad' : c.status === 'PENDING_SIGNATURE' ? 'neutral' : 'good'}>
            {t(`officerContracts.status.${c.status}`)}
          </Badge>
        </dd>
        <dt>{t('officerContracts.phase')}</dt>
        <dd>
          {c.phase}
          {detail?.parent ? ` · ${t('officerContracts.followOnOf', { title: detail.parent.title })}` : null}
        </dd>
        <dt>{t('officerContracts.value')}</dt>
        <dd>{formatMoney(c.value)}</dd>
        <dt>{t('officerContracts.issuedAt')}</dt>
        <dd>{formatDateTime(c.issuedAt)}</dd>
        {c.signedAt ? (
          <>
            <dt>{t('officerContracts.signedAt')}</dt>
            <dd>{formatDateTime(c.signedAt)}</dd>
          </>
        ) : null}
      </dl>
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}

      <h3>{t('officerContracts.milestones')}</h3>
      <MilestoneTable milestones={milestones} />
      {milestones
        .filter((m) => m.status === 'DELIVERED')
        .map((m) => (
          <DeliveredMilestone key={m.id} milestone={m} onDecided={changed} />
        ))}
      {milestones
        .filter((m) => m.status === 'ACCEPTED')
        .map((m) => (
          <PaymentAction key={m.id} milestone={m} onPaid={changed} onFailed={failed} />
        ))}

      {detail?.followOns.length ? (
        <>
          <h3>{t('officerContracts.followOns')}</h3>
          <ul>
            {detail.followOns.map((f) => (
              <li key={f.id}>
                {f.title} · {t(`officerContracts.status.${f.status}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {c.status === 'COMPLETED' ? (
        <FollowOnForm parentId={c.id} currency={c.value.currency} onIssued={() => changed(t('officerContracts.followOnIssued'))} />
      ) : null}
      {c.status === 'ACTIVE' || c.status === 'PENDING_SIGNATURE' ? (
        <section aria-labelledby={`${headingId}-terminate`}>
          <h3 id={`${headingId}-terminate`}>{t('officerContracts.terminateTitle')}</h3>
          <ReasonForm
            label={t('officerContracts.terminateReason')}
            hint={t('officerContracts.terminateHint')}
            submitLabel={t('officerContracts.terminate', { title: c.title })}
            onSubmit={async (reason) => {
              await terminate({ id: c.id, reason });
              changed(t('officerContracts.terminated'));
            }}
          />
        </section>
      ) : null}
      {detail?.submission?.attestation ? (
        <AttestationReview attestation={detail.submission.attestation} vendor={c.vendor.name} onChange={details.reload} />
      ) : null}
    </article>
  );
}

function MilestoneTable({ milestones }: { milestones: Milestone[] }) {
  const { t, formatMoney, formatDate, formatDateTime } = useI18n();
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('officerContracts.milestone')}</th>
          <th scope="col">{t('officerContracts.amount')}</th>
          <th scope="col">{t('officerContracts.due')}</th>
          <th scope="col">{t('officerContracts.status')}</th>
        </tr>
      </thead>
      <tbody>
        {milestones.map((m) => (
          <tr key={m.id}>
            <td>{m.title}</td>
            <td>{formatMoney(m.amount)}</td>
            <td>{formatDate(m.dueDate)}</td>
            <td>
              <Badge tone={m.status === 'REJECTED' ? 'bad' : m.status === 'SCHEDULED' ? 'neutral' : 'good'}>
                {t(`officerContracts.milestone.${m.status}`)}
              </Badge>
              {m.deliveredAt ? <div>{t('officerContracts.deliveredAt', { date: formatDateTime(m.deliveredAt) })}</div> : null}
              {m.acceptedAt ? <div>{t('officerContracts.acceptedAt', { date: formatDateTime(m.acceptedAt) })}</div> : null}
              {m.paidAt ? <div>{t('officerContracts.paidAt', { date: formatDateTime(m.paidAt) })}</div> : null}
              {m.rejectionReason ? <div>{t('officerContracts.rejectedBecause', { reason: m.rejectionReason })}</div> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A delivered milestone: the vendor's evidence, then accept it or reject it with a reason. */
function DeliveredMilestone({ milestone: m, onDecided }: { milestone: Milestone; onDecided(text: string): void }) {
  const { t, has } = useI18n();
  const accept = useMutation(AcceptMilestoneDocument);
  const reject = useMutation(RejectMilestoneDocument);
  const [error, setError] = useState<string | null>(null);
  const headingId = `milestone-${m.id}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('officerContracts.awaiting', { title: m.title })}</h4>
      <p>
        <strong>{t('officerContracts.evidence')}</strong> {m.evidence}
      </p>
      {error ? <Alert>{error}</Alert> : null}
      <div className="actions">
        <button
          type="button"
          onClick={async () => {
            try {
              await accept({ id: m.id });
              onDecided(t('officerContracts.accepted', { title: m.title }));
            } catch (e) {
              setError(describeError(t, has, e instanceof ApiError ? e.code : 'UNKNOWN'));
            }
          }}
        >
          {t('officerContracts.accept', { title: m.title })}
        </button>
      </div>
      <ReasonForm
        label={t('officerContracts.rejectReason', { title: m.title })}
        hint={t('officerContracts.rejectHint')}
        submitLabel={t('officerContracts.reject', { title: m.title })}
        onSubmit={async (reason) => {
          await reject({ id: m.id, reason });
          onDecided(t('officerContracts.rejected', { title: m.title }));
        }}
      />
    </section>
  );
}

function PaymentAction({
  milestone: m,
  onPaid,
  onFailed,
}: {
  milestone: Milestone;
  onPaid(text: string): void;
  onFailed(error: unknown): void;
}) {
  const { t, formatMoney } = useI18n();
  const pay = useMutation(RecordPaymentDocument);
  return (
    <div className="actions">
      <button
        type="button"
        onClick={async () => {
          try {
            await pay({ id: m.id });
            onPaid(t('officerContracts.paid', { title: m.title }));
          } catch (e) {
            onFailed(e);
          }
        }}
      >
        {t('officerContracts.recordPayment', { title: m.title, amount: formatMoney(m.amount) })}
      </button>
    </div>
  );
}
