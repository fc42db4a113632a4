import { Link } from 'react-router-dom';

import { DocumentList } from '../documents/DocumentList';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { useQuery } from '../lib/use-query';
import { Alert, Badge, Loading } from '../ui/Feedback';
import { Page } from '../ui/Page';

const MySubmissionsDocument = graphql(`
  query MySubmissions {
    mySubmissions {
      id
      status
      summary
      submittedAt
      durationDays
      price {
        amountMinor
        currency
      }
      challenge {
        id
        title
        status
        submissionDeadline
      }
      screening {
        eligible
        reasons
        tier
        screenedAt
      }
      debrief {
        score
        justification
        criterion {
          name
          weight
        }
      }
    }
  }
`);

// Apart from the list, so the list stays within the API's query-cost limit however many bids there are.
const SubmissionDocumentsDocument = graphql(`
  query SubmissionDocuments($id: ID!) {
    submission(id: $id) {
      id
      documents {
        ...DocumentFields
      }
    }
  }
`);

/** The documents of a bid's latest revision, with their hashes: what the sealed bid covers. */
function SubmissionDocuments({ submissionId }: { submissionId: string }) {
  const { t } = useI18n();
  const documents = useQuery(SubmissionDocumentsDocument, { id: submissionId }).data?.submission?.documents ?? [];
  if (!documents.length) return null;
  return (
    <section aria-labelledby={`documents-${submissionId}`}>
      <h3 id={`documents-${submissionId}`}>{t('submissions.documents')}</h3>
      <DocumentList documents={documents} label={t('submissions.documents')} />
    </section>
  );
}

/** The vendor's bids: status, the screening outcome at close, and after the award the debrief. */
export default function SubmissionsPage() {
  const { t, formatMoney, formatDateTime } = useI18n();
  const mine = useQuery(MySubmissionsDocument, {});
  if (mine.loading && !mine.data) return <Loading label={t('common.loading')} />;
  const submissions = mine.data?.mySubmissions ?? [];
  return (
    <Page title={t('submissions.title')}>
      {mine.error ? <Alert>{t('error.UNKNOWN')}</Alert> : null}
      {!submissions.length ? <p>{t('submissions.none')}</p> : null}
      {submissions.map((s) => (
        <article className="card" key={s.id} aria-labelledby={`submission-${s.id}`}>
          <h2 id={`submission-${s.id}`}>
            <Link to={`/challenges/${s.challenge.id}`}>{s.challenge.title}</Link>
          </h2>
          <dl className="facts">
            <dt>{t('submissions.status')}</dt>
            <dd>
              <Badge tone={s.status === 'AWARDED' ? 'good' : s.status === 'SCREENED_OUT' || s.status === 'NOT_AWARDED' ? 'bad' : 'neutral'}>
                {t(`submissionStatus.${s.status}`)}
              </Badge>
            </dd>
            <dt>{t('submissions.summary')}</dt>
            <dd>{s.summary}</dd>
            <dt>{t('submissions.price')}</dt>
            <dd>{formatMoney(s.price)}</dd>
            <dt>{t('submissions.submittedAt')}</dt>
            <dd>{formatDateTime(s.submittedAt)}</dd>
            <dt>{t('submissions.screening')}</dt>
            <dd>
              {s.screening ? (
                <>
                  {s.screening.eligible ? t('submissions.screenedIn') : t('submissions.screenedOut')}
                  {s.screening.reasons.length ? (
                    <ul>
                      {s.screening.reasons.map((r) => (
                        <li key={r}>{r}</li>
                      ))}
                    </ul>
                  ) : null}
                </>
              ) : (
                t('submissions.notScreened')
              )}
            </dd>
          </dl>
          <SubmissionDocuments submissionId={s.id} />
          {s.status === 'SUBMITTED' && s.challenge.status === 'PUBLISHED' ? (
            <p>
              <Link to={`/challenges/${s.challenge.id}/bid`}>{t('submissions.reviseOrWithdraw')}</Link>
            </p>
          ) : null}
          {s.debrief ? (
            <section aria-labelledby={`debrief-${s.id}`}>
              <h3 id={`debrief-${s.id}`}>{t('submissions.debrief')}</h3>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('challenge.criterion')}</th>
                    <th scope="col">{t('submissions.score')}</th>
                    <th scope="col">{t('submissions.justification')}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.debrief.map((d, i) => (
                    <tr key={`${d.criterion.name}-${i}`}>
                      <td>
                        {d.criterion.name} ({d.criterion.weight} %)
                      </td>
                      <td>{t('submissions.scoreOf', { score: d.score })}</td>
                      <td>{d.justification}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
        </article>
      ))}
    </Page>
  );
}
