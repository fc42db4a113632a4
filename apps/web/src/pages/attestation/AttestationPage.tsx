import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';

import { DocumentList } from '../../documents/DocumentList';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages.en';
import { useQuery } from '../../lib/use-query';
import { Alert, Badge, Loading } from '../../ui/Feedback';
import { Page } from '../../ui/Page';
import { type AnswerDraft, type AnswerType, draftFromValue } from './answer-values';
import { AttestationHistoryDocument, CriteriaDocument, MyAttestationDocument } from './attestation-documents';
import { AttestationWizard } from './AttestationWizard';
import { TierSummary } from './TierSummary';

/** The vendor's attestation: tiers and gaps per trusted set, the version history, and the wizard. */
export default function AttestationPage() {
  const { t, has, formatDateTime } = useI18n();
  const criteria = useQuery(CriteriaDocument, {});
  const mine = useQuery(MyAttestationDocument, {});
  const history = useQuery(AttestationHistoryDocument, {});
  const [editing, setEditing] = useState(false);
  const [signed, setSigned] = useState(false);

  // Question and help text in the chosen language; the catalogue's own wording when none is written.
  const views = useMemo(
    () =>
      (criteria.data?.sovereigntyCriteria ?? []).map((c) => {
        const questionKey = `criterion.${c.code}.question`;
        const helpKey = `criterion.${c.code}.help`;
        return {
          code: c.code,
          pillar: c.pillar,
          answerType: c.answerType as AnswerType,
          options: c.options ?? null,
          question: has(questionKey) ? t(questionKey as MessageKey) : c.question,
          help: has(helpKey) ? t(helpKey as MessageKey) : '',
        };
      }),
    [criteria.data, t, has],
  );

  if ((criteria.loading && !criteria.data) || (mine.loading && !mine.data)) return <Loading label={t('common.loading')} />;
  const attestation = mine.data?.myAttestation ?? null;
  const initial: Record<string, AnswerDraft> = Object.fromEntries(
    views.map((c) => [c.code, draftFromValue(c.answerType, attestation?.answers.find((a) => a.code === c.code)?.value)]),
  );
  const initialEvidence = Object.fromEntries((attestation?.answers ?? []).map((a) => [a.code, a.documents]));
  const withEvidence = (attestation?.answers ?? []).filter((a) => a.documents.length);

  return (
    <Page title={t('attestation.title')}>
      <p>{t('attestation.intro')}</p>
      {signed ? <Alert kind="success">{t('attestation.signed', { version: attestation?.version ?? '' })}</Alert> : null}
      {editing ? (
        <AttestationWizard
          criteria={views}
          initial={initial}
          initialEvidence={initialEvidence}
          onCancel={() => setEditing(false)}
          onSigned={() => {
            setEditing(false);
            setSigned(true);
            mine.reload();
            history.reload();
          }}
        />
      ) : (
        <>
          {attestation ? (
            <>
              <section className="card" aria-labelledby="current-heading">
                <h2 id="current-heading">{t('attestation.current', { version: attestation.version })}</h2>
                <dl className="facts">
                  <dt>{t('attestation.status')}</dt>
                  <dd>
                    <Badge tone={attestation.status === 'ACTIVE' ? 'good' : 'bad'}>{t(`attestationStatus.${attestation.status}`)}</Badge>
                  </dd>
                  <dt>{t('attestation.signedAt')}</dt>
                  <dd>{formatDateTime(attestation.signedAt)}</dd>
                  <dt>{t('attestation.expiresAt')}</dt>
                  <dd>{formatDateTime(attestation.expiresAt)}</dd>
                </dl>
              </section>
              {withEvidence.length ? (
                <section className="card" aria-labelledby="evidence-heading">
                  <h2 id="evidence-heading">{t('attestation.evidenceTitle', { version: attestation.version })}</h2>
                  {withEvidence.map((a) => (
                    <section key={a.code} aria-labelledby={`evidence-${a.code}`}>
                      <h3 id={`evidence-${a.code}`}>
                        {a.code} · {views.find((v) => v.code === a.code)?.question ?? ''}
                      </h3>
                      <DocumentList documents={a.documents} label={t('attestation.evidenceFor', { code: a.code })} />
                    </section>
                  ))}
                </section>
              ) : null}
              <section aria-labelledby="tiers-heading">
                <h2 id="tiers-heading">{t('attestation.tiers')}</h2>
                <TierSummary trusted="NATO" assessment={attestation.nato} />
                <TierSummary trusted="EU_EEA" assessment={attestation.euEea} />
              </section>
            </>
          ) : (
            <Alert kind="info">{t('attestation.noneYet')}</Alert>
          )}
          <div className="actions">
            <button type="button" onClick={() => setEditing(true)}>
              {attestation ? t('attestation.update') : t('attestation.start')}
            </button>
            <Link to="/">{t('attestation.findChallenges')}</Link>
          </div>
          {history.data?.myAttestationHistory.length ? (
            <section className="card" aria-labelledby="history-heading">
              <h2 id="history-heading">{t('attestation.history')}</h2>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('attestation.version')}</th>
                    <th scope="col">{t('attestation.status')}</th>
                    <th scope="col">{t('attestation.signedAt')}</th>
                    <th scope="col">{t('attestation.signatory')}</th>
                  </tr>
                </thead>
                <tbody>
                  {history.data.myAttestationHistory.map((v) => (
                    <tr key={v.id}>
                      <td>{v.version}</td>
                      <td>{t(`attestationStatus.${v.status}`)}</td>
                      <td>{formatDateTime(v.signedAt)}</td>
                      <td>{v.signatoryName}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
        </>
      )}
    </Page>
  );
}
