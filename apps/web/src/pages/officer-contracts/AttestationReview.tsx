import { useState } from 'react';

import type { BuyerContractDetailQuery } from '../../gql/graphql';
import { describeError } from '../../i18n/describe-error';
import { type Translate, useI18n } from '../../i18n/i18n';
import { ApiError } from '../../lib/graphql-client';
import { useMutation } from '../../lib/use-query';
import { Alert, Badge } from '../../ui/Feedback';
import { ReasonForm } from '../../ui/ReasonForm';
import { ChallengeAttestationDocument, VerifyCriteriaDocument } from './contract-documents';

type Attestation = NonNullable<NonNullable<NonNullable<BuyerContractDetailQuery['contract']>['submission']>['attestation']>;

/** An answer as a short readable text (yes/no, lists, ownership holdings); '—' when empty. */
function showValue(value: unknown, t: Translate): string {
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (Array.isArray(value))
    return value.length
      ? value
          .map((v) =>
            v && typeof v === 'object'
              ? `${String((v as { country?: unknown }).country)} ${String((v as { percent?: unknown }).percent)} %`
              : String(v),
          )
          .join(', ')
      : '—';
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * The attestation version frozen into the winning bid: the officer marks answers whose evidence
 * they checked as verified, or challenges the attestation with a reason (an admin then decides).
 */
export function AttestationReview({ attestation: a, vendor, onChange }: { attestation: Attestation; vendor: string; onChange(): void }) {
  const { t, has, formatDateTime } = useI18n();
  const verify = useMutation(VerifyCriteriaDocument);
  const challenge = useMutation(ChallengeAttestationDocument);
  const [selected, setSelected] = useState<string[]>([]);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const headingId = `attestation-${a.id}`;
  // Evidence can be checked on any version a bid froze, not on one that lapsed or was revoked.
  const canVerify = a.status === 'ACTIVE' || a.status === 'CHALLENGED' || a.status === 'SUPERSEDED';

  async function verifySelected() {
    if (!selected.length) {
      setMessage({ kind: 'error', text: t('officerContracts.verifyNone') });
      return;
    }
    try {
      await verify({ attestationId: a.id, codes: selected });
      setMessage({ kind: 'success', text: t('officerContracts.verified', { n: selected.length }) });
      setSelected([]);
      onChange();
    } catch (e) {
      setMessage({ kind: 'error', text: describeError(t, has, e instanceof ApiError ? e.code : 'UNKNOWN') });
    }
  }

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('officerContracts.attestationTitle', { vendor, version: a.version })}</h3>
      <p>
        <Badge tone={a.status === 'ACTIVE' ? 'good' : a.status === 'SUPERSEDED' ? 'neutral' : 'bad'}>
          {t(`officerContracts.attestation.${a.status}`)}
        </Badge>{' '}
        {t('officerContracts.signedBy', { name: a.signatoryName, date: formatDateTime(a.signedAt) })}
      </p>
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      <table>
        <caption className="visually-hidden">{t('officerContracts.answers')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('officerContracts.criterion')}</th>
            <th scope="col">{t('officerContracts.answer')}</th>
            <th scope="col">{t('officerContracts.evidence')}</th>
            <th scope="col">{t('officerContracts.verification')}</th>
          </tr>
        </thead>
        <tbody>
          {a.answers.map((answer) => (
            <tr key={answer.code}>
              <th scope="row">{answer.code}</th>
              <td>{showValue(answer.value, t)}</td>
              <td>{answer.evidence ?? '—'}</td>
              <td>
                {answer.verified ? (
                  <Badge tone="good">{t('officerContracts.isVerified')}</Badge>
                ) : !canVerify ? (
                  t('officerContracts.notVerified')
                ) : (
                  <label className="choice">
                    <input
                      type="checkbox"
                      checked={selected.includes(answer.code)}
                      onChange={(e) =>
                        setSelected((s) => (e.target.checked ? [...s, answer.code] : s.filter((code) => code !== answer.code)))
                      }
                    />{' '}
                    {t('officerContracts.markVerified', { code: answer.code })}
                  </label>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {canVerify ? (
        <div className="actions">
          <button type="button" onClick={verifySelected}>
            {t('officerContracts.verifySelected')}
          </button>
        </div>
      ) : null}
      {a.status === 'ACTIVE' ? (
        <ReasonForm
          label={t('officerContracts.challengeReason')}
          hint={t('officerContracts.challengeHint')}
          submitLabel={t('officerContracts.challengeAttestation')}
          onSubmit={async (reason) => {
            await challenge({ attestationId: a.id, reason });
            setMessage({ kind: 'success', text: t('officerContracts.challenged') });
            onChange();
          }}
        />
      ) : null}
    </section>
  );
}
