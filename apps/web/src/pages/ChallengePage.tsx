import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router-dom';

import { useSession } from '../auth/session';
import { DocumentList } from '../documents/DocumentList';
import { useI18n } from '../i18n/i18n';
import { errorsByField } from '../lib/field-errors';
import { ApiError } from '../lib/graphql-client';
import { useMutation, useQuery } from '../lib/use-query';
import { Countdown } from '../ui/Countdown';
import { Alert, Badge, Loading } from '../ui/Feedback';
import { TextArea } from '../ui/Field';
import { FormErrors, useFieldErrors } from '../ui/FormErrors';
import { Page } from '../ui/Page';
import { AskQuestionDocument, ChallengeDetailDocument, EligibilityDocument, PUBLIC_CLASSIFICATIONS } from './challenge-documents';
import { EligibilityBadge } from './EligibilityBadge';

/** Everything a vendor needs before deciding to bid, and the public Q&A with a form to ask. */
export function ChallengePage() {
  const { id = '' } = useParams();
  const { t, formatMoney, formatDateTime } = useI18n();
  const { user } = useSession();
  const isVendor = !!user?.roles.includes('VENDOR');
  const detail = useQuery(ChallengeDetailDocument, { id });
  const eligibility = useQuery(EligibilityDocument, { challengeId: id }, { skip: !isVendor });
  const ask = useMutation(AskQuestionDocument);
  const [question, setQuestion] = useState('');
  const [asked, setAsked] = useState(false);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const fieldErrors = useFieldErrors(errors);

  if (detail.loading && !detail.data) return <Loading label={t('common.loading')} />;
  const c = detail.data?.challenge;
  if (!c)
    return (
      <Page title={t('notFound.title')}>
        <p>{t('challenge.notFound')}</p>
      </Page>
    );

  async function submitQuestion(event: FormEvent) {
    event.preventDefault();
    try {
      await ask({ challengeId: id, text: question });
      setQuestion('');
      setErrors({});
      setAsked(true);
    } catch (error) {
      setAsked(false);
      setErrors(error instanceof ApiError ? errorsByField(error, ['text'], { DEADLINE_PASSED: { field: 'text' } }) : { '': ['UNKNOWN'] });
    }
  }

  const open = c.status === 'PUBLISHED';
  return (
    <Page title={c.title}>
      <p>
        <Badge tone="neutral">{t(`status.${c.status}`)}</Badge> <Badge tone="neutral">{t(`classification.${c.classification}`)}</Badge>{' '}
        {c.smeOnly ? <Badge tone="neutral">{t('challenge.smeOnly')}</Badge> : null}
      </p>
      {eligibility.data ? (
        <section className="card" aria-labelledby="eligibility-heading">
          <h2 id="eligibility-heading">{t('challenge.canIBid')}</h2>
          <EligibilityBadge eligibility={eligibility.data.eligibility} />
          {open && eligibility.data.eligibility.eligible ? (
            <p>
              <Link className="button" to={`/challenges/${c.id}/bid`}>
                {t('challenge.bid')}
              </Link>
            </p>
          ) : null}
        </section>
      ) : null}
      <section className="card" aria-labelledby="statement-heading">
        <h2 id="statement-heading">{t('challenge.statement')}</h2>
        <p>{c.problemStatement}</p>
        <dl className="facts">
          <dt>{t('challenge.buyer')}</dt>
          <dd>{c.buyer.name}</dd>
          <dt>{t('challenge.budget')}</dt>
          <dd>{formatMoney(c.budget)}</dd>
          <dt>{t('challenge.maxContract')}</dt>
          <dd>{formatMoney(c.maxContractValue)}</dd>
          <dt>{t('challenge.maxAwards')}</dt>
          <dd>{c.maxAwards}</dd>
          <dt>{t('challenge.requiredTier')}</dt>
          <dd>{t('challenge.tierFor', { tier: c.requiredTier, trusted: t(`trusted.${c.trustedJurisdiction}`) })}</dd>
          {c.questionsDeadline ? (
            <>
              <dt>{t('challenge.questionsDeadline')}</dt>
              <dd>
                {formatDateTime(c.questionsDeadline)} (<Countdown until={c.questionsDeadline} />)
              </dd>
            </>
          ) : null}
          <dt>{t('challenge.deadline')}</dt>
          <dd>
            {formatDateTime(c.submissionDeadline)} (<Countdown until={c.submissionDeadline} />)
          </dd>
        </dl>
        {PUBLIC_CLASSIFICATIONS.includes(c.classification) ? (
          <p>
            <a href={`/ocds/challenges/${c.id}/releases`} download>
              {t('challenge.ocds')}
            </a>
          </p>
        ) : null}
      </section>
      <section className="card" aria-labelledby="annexes-heading">
        <h2 id="annexes-heading">{t('challenge.annexes')}</h2>
        {c.documents.length ? <DocumentList documents={c.documents} label={t('challenge.annexes')} /> : <p>{t('challenge.noAnnexes')}</p>}
      </section>
      <section className="card" aria-labelledby="criteria-heading">
        <h2 id="criteria-heading">{t('challenge.criteria')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('challenge.criterion')}</th>
              <th scope="col">{t('challenge.weight')}</th>
            </tr>
          </thead>
          <tbody>
            {c.criteria.map((criterion) => (
              <tr key={criterion.id}>
                <td>
                  <strong>{criterion.name}</strong>
                  <br />
                  {criterion.description}
                </td>
                <td>{criterion.weight} %</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="amendments-heading">
        <h2 id="amendments-heading">{t('challenge.amendments')}</h2>
        {c.amendments.length ? (
          <ul>
            {c.amendments.map((a) => (
              <li key={a.at}>
                {formatDateTime(a.at)}: {a.reason}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('challenge.noAmendments')}</p>
        )}
      </section>
      <section className="card" aria-labelledby="qa-heading">
        <h2 id="qa-heading">{t('challenge.questions')}</h2>
        {c.questions.length ? (
          <dl>
            {c.questions.map((q) => (
              <div key={q.id}>
                <dt>
                  <strong>{q.text}</strong>
                </dt>
                <dd>
                  {q.answer ?? t('challenge.unanswered')}
                  <DocumentList documents={q.documents} label={t('challenge.answerDocuments')} />
                </dd>
              </div>
            ))}
          </dl>
        ) : (
          <p>{t('challenge.noQuestions')}</p>
        )}
        {isVendor && open ? (
          <form onSubmit={submitQuestion} noValidate>
            <FormErrors errors={errors} />
            {asked ? <Alert kind="success">{t('challenge.asked')}</Alert> : null}
            <TextArea
              label={t('challenge.ask')}
              hint={t('challenge.askHint')}
              value={question}
              onChange={(e) => setQuestion(e.target.value)}
              errors={fieldErrors('text')}
            />
            <button type="submit">{t('challenge.askSubmit')}</button>
          </form>
        ) : null}
      </section>
    </Page>
  );
}
