import { type FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';

import type { DocumentView } from '../documents/document-view';
import { DocumentList } from '../documents/DocumentList';
import { DocumentUpload } from '../documents/DocumentUpload';
import { graphql } from '../gql';
import type { MyContractsQuery } from '../gql/graphql';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/i18n';
import { ApiError } from '../lib/graphql-client';
import { useMutation, useQuery } from '../lib/use-query';
import { Alert, Badge, Loading } from '../ui/Feedback';
import { TextArea } from '../ui/Field';
import { Page } from '../ui/Page';

// Two queries, so the list stays within the API's query-cost limit however many contracts there are:
// the list, then each contract's milestones.
const MyContractsDocument = graphql(`
  query MyContracts {
    contracts {
      id
      phase
      title
      status
      issuedAt
      signedAt
      value {
        amountMinor
        currency
      }
      challenge {
        id
        title
      }
    }
  }
`);

const ContractMilestonesDocument = graphql(`
  query ContractMilestones($id: ID!) {
    contract(id: $id) {
      id
      milestones {
        id
        title
        status
        dueDate
        rejectionReason
        deliveredAt
        acceptedAt
        paidAt
        amount {
          amountMinor
          currency
        }
        documents {
          ...DocumentFields
        }
      }
    }
  }
`);

const SignContractDocument = graphql(`
  mutation SignContract($id: ID!) {
    signContract(id: $id) {
      id
      status
      signedAt
    }
  }
`);

const DeliverMilestoneDocument = graphql(`
  mutation DeliverMilestone($id: ID!, $evidence: String!, $documentIds: [ID!]) {
    deliverMilestone(id: $id, evidence: $evidence, documentIds: $documentIds) {
      id
      status
    }
  }
`);

type Contract = MyContractsQuery['contracts'][number];

/** The vendor's micro-contracts: sign (after the standstill), deliver milestones, follow acceptance and payment. */
export default function ContractsPage() {
  const { t } = useI18n();
  const contracts = useQuery(MyContractsDocument, {});
  if (contracts.loading && !contracts.data) return <Loading label={t('common.loading')} />;
  const list = contracts.data?.contracts ?? [];
  return (
    <Page title={t('contracts.title')}>
      {contracts.error ? <Alert>{t('error.UNKNOWN')}</Alert> : null}
      {!list.length ? <p>{t('contracts.none')}</p> : null}
      {list.map((c) => (
        <ContractCard key={c.id} contract={c} onChange={contracts.reload} />
      ))}
    </Page>
  );
}

function ContractCard({ contract: c, onChange }: { contract: Contract; onChange(): void }) {
  const { t, has, formatMoney, formatDateTime, formatDate } = useI18n();
  const sign = useMutation(SignContractDocument);
  const details = useQuery(ContractMilestonesDocument, { id: c.id });
  const milestones = details.data?.contract?.milestones ?? [];
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  async function signContract() {
    try {
      await sign({ id: c.id });
      setMessage({ kind: 'success', text: t('contracts.signed') });
      onChange();
      details.reload();
    } catch (error) {
      const problem = error instanceof ApiError ? error.problems[0] : undefined;
      // During the standstill the API says when it ends: the vendor learns the date, not just "no".
      if (problem?.code === 'STANDSTILL' && typeof problem.extensions.standstillEndsAt === 'string')
        setMessage({ kind: 'error', text: t('contracts.standstill', { date: formatDateTime(problem.extensions.standstillEndsAt) }) });
      else setMessage({ kind: 'error', text: describeError(t, has, problem?.code ?? 'UNKNOWN') });
    }
  }

  return (
    <article className="card" aria-labelledby={`contract-${c.id}`}>
      <h2 id={`contract-${c.id}`}>{c.title}</h2>
      <p>
        <Link to={`/challenges/${c.challenge.id}`}>{c.challenge.title}</Link>
      </p>
      <dl className="facts">
        <dt>{t('contracts.status')}</dt>
        <dd>
          <Badge tone={c.status === 'TERMINATED' ? 'bad' : c.status === 'PENDING_SIGNATURE' ? 'neutral' : 'good'}>
            {t(`contractStatus.${c.status}`)}
          </Badge>
        </dd>
        <dt>{t('contracts.phase')}</dt>
        <dd>{c.phase}</dd>
        <dt>{t('contracts.value')}</dt>
        <dd>{formatMoney(c.value)}</dd>
        <dt>{t('contracts.issuedAt')}</dt>
        <dd>{formatDateTime(c.issuedAt)}</dd>
        {c.signedAt ? (
          <>
            <dt>{t('contracts.signedAt')}</dt>
            <dd>{formatDateTime(c.signedAt)}</dd>
          </>
        ) : null}
      </dl>
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      {c.status === 'PENDING_SIGNATURE' ? (
        <div className="actions">
          <button type="button" onClick={signContract}>
            {t('contracts.sign')}
          </button>
        </div>
      ) : null}
      <h3>{t('contracts.milestones')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('contracts.milestone')}</th>
            <th scope="col">{t('contracts.amount')}</th>
            <th scope="col">{t('contracts.due')}</th>
            <th scope="col">{t('contracts.status')}</th>
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
                  {t(`milestoneStatus.${m.status}`)}
                </Badge>
                {m.deliveredAt ? <div>{t('contracts.deliveredAt', { date: formatDateTime(m.deliveredAt) })}</div> : null}
                {m.acceptedAt ? <div>{t('contracts.acceptedAt', { date: formatDateTime(m.acceptedAt) })}</div> : null}
                {m.paidAt ? <div>{t('contracts.paidAt', { date: formatDateTime(m.paidAt) })}</div> : null}
                {m.rejectionReason ? <div>{t('contracts.rejected', { reason: m.rejectionReason })}</div> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {milestones
        .filter((m) => m.documents.length)
        .map((m) => (
          <section key={m.id} aria-labelledby={`evidence-${m.id}`}>
            <h4 id={`evidence-${m.id}`}>{t('contracts.deliveredDocuments', { milestone: m.title })}</h4>
            <DocumentList documents={m.documents} label={t('contracts.deliveredDocuments', { milestone: m.title })} />
          </section>
        ))}
      {c.status === 'ACTIVE'
        ? milestones
            .filter((m) => m.status === 'SCHEDULED' || m.status === 'REJECTED')
            .slice(0, 1)
            .map((m) => <DeliverForm key={m.id} milestone={m} onDelivered={details.reload} />)
        : null}
    </article>
  );
}

/** Delivery of the next open milestone, with the evidence the buyer will review. */
function DeliverForm({ milestone, onDelivered }: { milestone: { id: string; title: string }; onDelivered(): void }) {
  const { t, has } = useI18n();
  const deliver = useMutation(DeliverMilestoneDocument);
  const [evidence, setEvidence] = useState('');
  const [documents, setDocuments] = useState<DocumentView[]>([]);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!evidence.trim()) {
      setError(describeError(t, has, 'REQUIRED'));
      return;
    }
    try {
      await deliver({ id: milestone.id, evidence, documentIds: documents.map((d) => d.id) });
      setError(null);
      setDocuments([]);
      onDelivered();
    } catch (e) {
      setError(describeError(t, has, e instanceof ApiError ? e.code : 'UNKNOWN'));
    }
  }
  return (
    <form onSubmit={submit} noValidate>
      <TextArea
        label={t('contracts.evidence', { milestone: milestone.title })}
        hint={t('contracts.evidenceHint')}
        value={evidence}
        onChange={(e) => setEvidence(e.target.value)}
        errors={error ? [error] : undefined}
      />
      <DocumentUpload
        label={t('contracts.evidenceDocuments', { milestone: milestone.title })}
        hint={t('contracts.evidenceDocumentsHint')}
        documents={documents}
        onChange={setDocuments}
        onBusyChange={setUploading}
      />
      <button type="submit" disabled={uploading}>
        {t('contracts.deliver', { milestone: milestone.title })}
      </button>
    </form>
  );
}
