import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router-dom';

import { useI18n } from '../../i18n/i18n';
import { errorsByField } from '../../lib/field-errors';
import { ApiError } from '../../lib/graphql-client';
import { useLiveQuery } from '../../lib/use-live-query';
import { useMutation } from '../../lib/use-query';
import { Alert, Badge, Loading } from '../../ui/Feedback';
import { TextArea } from '../../ui/Field';
import { FormErrors, useFieldErrors } from '../../ui/FormErrors';
import { Page } from '../../ui/Page';
import { AwardAttestations } from './AwardAttestations';
import { ApproveAwardDocument, RankingDocument } from './sprint-documents';
import { SprintLinks } from './SprintLinks';

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * The ranking with the recommendation (best first, within the budget and max awards) and the award
 * decision: the recommended bids are preselected; departing from them needs a justification.
 */
export default function RankingPage() {
  const { id = '' } = useParams();
  const { t, formatMoney, formatNumber, formatDateTime } = useI18n();
  const query = useLiveQuery(RankingDocument, { id }, { intervalMs: 3000 });
  const approve = useMutation(ApproveAwardDocument);
  const [selected, setSelected] = useState<string[] | null>(null);
  const [justification, setJustification] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  const [approved, setApproved] = useState(false);
  const fieldErrors = useFieldErrors(errors);
  const c = query.data?.challenge;
  if (query.loading && !query.data) return <Loading label={t('common.loading')} />;
  if (!c)
    return (
      <Page title={t('notFound.title')}>
        <p>{t('challenge.notFound')}</p>
      </Page>
    );
  const ranking = c.ranking ?? [];
  const recommended = ranking.filter((r) => r.recommended).map((r) => r.submission.id);
  const chosen = selected ?? recommended;
  const departs = !sameSet(chosen, recommended);
  const decided = c.status !== 'EVALUATING';
  const vendorName = (r: (typeof ranking)[number]) => r.submission.vendor?.name ?? t('officer.board.bid', { n: r.rank });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const problems: Record<string, string[]> = {};
    if (!chosen.length) problems.selection = ['officer.ranking.pickOne'];
    if (departs && !justification.trim()) problems.justification = ['REQUIRED'];
    setErrors(problems);
    if (Object.keys(problems).length) return;
    setBusy(true);
    try {
      await approve({ challengeId: id, submissionIds: chosen, justification: justification.trim() || null });
      setApproved(true);
      query.reload();
    } catch (error) {
      // T2 and above: the winners' key attestation answers must be verified before an award.
      if (error instanceof ApiError && error.problems.some((p) => p.extensions.unverified))
        setErrors({ '': ['officer.ranking.unverified'] });
      else setErrors(error instanceof ApiError ? errorsByField(error, ['justification', 'submissionIds']) : { '': ['UNKNOWN'] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('officer.ranking.title', { challenge: c.title })}>
      <SprintLinks challengeId={c.id} />
      <p className="hint">{t('officer.board.live')}</p>
      {approved ? <Alert kind="success">{t('officer.ranking.approved')}</Alert> : null}
      {c.awardedAt ? <p>{t('officer.ranking.decided', { date: formatDateTime(c.awardedAt) })}</p> : null}
      {c.noAwardReason ? <p>{t('officer.ranking.noAward', { reason: c.noAwardReason })}</p> : null}
      {!c.ranking ? (
        <p>{t('officer.ranking.notYet')}</p>
      ) : (
        <form onSubmit={submit} noValidate aria-labelledby="ranking-caption">
          <table>
            <caption id="ranking-caption">{t('officer.ranking.caption', { budget: formatMoney(c.budget), max: c.maxAwards })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('officer.ranking.rank')}</th>
                <th scope="col">{t('officer.board.vendor')}</th>
                <th scope="col">{t('officer.ranking.score')}</th>
                <th scope="col">{t('officer.ranking.price')}</th>
                <th scope="col">{t('officer.ranking.recommendation')}</th>
                {!decided ? <th scope="col">{t('officer.ranking.award')}</th> : <th scope="col">{t('officer.list.status')}</th>}
              </tr>
            </thead>
            <tbody>
              {ranking.map((r) => (
                <tr key={r.submission.id}>
                  <td>{r.rank}</td>
                  <th scope="row">{vendorName(r)}</th>
                  <td>{formatNumber(r.totalScore, { maximumFractionDigits: 2 })}</td>
                  <td>{formatMoney(r.submission.price)}</td>
                  <td>{r.recommended ? <Badge tone="good">{t('officer.ranking.recommended')}</Badge> : '–'}</td>
                  {!decided ? (
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t('officer.ranking.select', { vendor: vendorName(r) })}
                        checked={chosen.includes(r.submission.id)}
                        onChange={(e) =>
                          setSelected(e.target.checked ? [...chosen, r.submission.id] : chosen.filter((x) => x !== r.submission.id))
                        }
                      />
                    </td>
                  ) : (
                    <td>{t(`submissionStatus.${r.submission.status}`)}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {!decided ? (
            <>
              {errors['']?.[0] === 'officer.ranking.unverified' ? (
                <Alert>{t('officer.ranking.unverified')}</Alert>
              ) : (
                <FormErrors errors={errors.selection ? { '': [], selection: errors.selection } : { '': errors[''] ?? [] }} />
              )}
              {errors.selection ? <p className="field-error">{t('officer.ranking.pickOne')}</p> : null}
              {departs ? <Alert kind="info">{t('officer.ranking.departs')}</Alert> : null}
              <TextArea
                label={t('officer.ranking.justification')}
                value={justification}
                onChange={(e) => setJustification(e.target.value)}
                errors={fieldErrors('justification')}
              />
              <div className="actions">
                {/* aria-disabled, not disabled: a disabled button drops the keyboard user's focus. */}
                <button type="submit" aria-disabled={busy}>
                  {t('officer.ranking.approve')}
                </button>
              </div>
            </>
          ) : null}
        </form>
      )}
      {c.ranking && !decided && ['T2', 'T3', 'T4'].includes(c.requiredTier) ? <AwardAttestations challengeId={c.id} /> : null}
    </Page>
  );
}
