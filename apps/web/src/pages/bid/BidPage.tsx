import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';

import type { DocumentView } from '../../documents/document-view';
import { DocumentUpload } from '../../documents/DocumentUpload';
import { useI18n } from '../../i18n/i18n';
import { errorsByField } from '../../lib/field-errors';
import { ApiError } from '../../lib/graphql-client';
import { useMutation, useQuery } from '../../lib/use-query';
import { Countdown } from '../../ui/Countdown';
import { Alert, Loading } from '../../ui/Feedback';
import { TextArea, TextField } from '../../ui/Field';
import { FormErrors, useFieldErrors } from '../../ui/FormErrors';
import { Page } from '../../ui/Page';
import { EligibilityBadge } from '../EligibilityBadge';
import { BidContextDocument, SubmitProposalDocument, WithdrawDocument } from './bid-documents';
import { fromMinorUnits, type MilestoneRow, shareTotal, toMinorUnits } from './milestone-plan';
import { MilestonePlan } from './MilestonePlan';

const FIELDS = ['summary', 'technicalApproach', 'price', 'durationDays', 'milestones'];

/**
 * Submit, revise or withdraw a sealed bid. A refusal (not eligible, and why) is shown before the
 * form. Each distinct content gets one idempotency key, so a double click or a retry after a lost
 * answer returns the first result instead of bidding twice.
 */
export default function BidPage() {
  const { id = '' } = useParams();
  const { t, formatMoney, formatDateTime } = useI18n();
  const context = useQuery(BidContextDocument, { challengeId: id });
  const submit = useMutation(SubmitProposalDocument);
  const withdraw = useMutation(WithdrawDocument);
  const [summary, setSummary] = useState('');
  const [approach, setApproach] = useState('');
  const [price, setPrice] = useState('');
  const [duration, setDuration] = useState('');
  const [plan, setPlan] = useState<MilestoneRow[]>([]);
  const [documents, setDocuments] = useState<DocumentView[]>([]);
  const [uploading, setUploading] = useState(false);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [done, setDone] = useState<'submitted' | 'revised' | 'withdrawn' | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldErrors = useFieldErrors(errors);

  const challenge = context.data?.challenge;
  const currency = challenge?.budget.currency ?? 'EUR';
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  const current = context.data?.mySubmissions.find((s) => s.challenge.id === id && s.status === 'SUBMITTED') ?? null;

  // A bid already in: its content fills the form once, when the page opens. Never afterwards, or
  // the reload after our own submit could overwrite what the vendor is typing.
  const prefilled = useRef(false);
  useEffect(() => {
    if (!current || prefilled.current) return;
    prefilled.current = true;
    if (summary) return;
    setSummary(current.summary);
    setApproach(current.technicalApproach);
    setPrice(fromMinorUnits(current.price.amountMinor, digits));
    setDuration(String(current.durationDays));
    setDocuments(current.documents);
  }, [current, digits, summary]);

  // Any edit is new content: it needs a key of its own.
  const edit =
    <T,>(setter: (v: T) => void) =>
    (v: T) => {
      setter(v);
      setIdempotencyKey(crypto.randomUUID());
    };

  if (context.loading && !context.data) return <Loading label={t('common.loading')} />;
  if (!challenge || !context.data)
    return (
      <Page title={t('notFound.title')}>
        <p>{t('challenge.notFound')}</p>
      </Page>
    );
  const eligibility = context.data.eligibility;

  async function send(event: FormEvent) {
    event.preventDefault();
    const problems: Record<string, string[]> = {};
    if (!summary.trim()) problems.summary = ['REQUIRED'];
    if (!approach.trim()) problems.technicalApproach = ['REQUIRED'];
    const minor = toMinorUnits(price, digits);
    if (minor === null || minor <= 0) problems.price = ['PRICE_FORMAT'];
    if (!/^\d+$/.test(duration) || Number(duration) < 1) problems.durationDays = ['WHOLE_DAYS'];
    if (plan.length && shareTotal(plan) !== 100) problems.milestones = ['SHARES_NOT_100'];
    if (Object.keys(problems).length) {
      setErrors(problems);
      return;
    }
    setBusy(true);
    try {
      await submit({
        input: {
          challengeId: id,
          summary,
          technicalApproach: approach,
          price: { amountMinor: minor!, currency },
          durationDays: Number(duration),
          milestones: plan.length
            ? plan.map((m) => ({ title: m.title, dueInDays: Number(m.dueInDays), sharePercent: Number(m.sharePercent) }))
            : null,
          // Always the whole set: a revision replaces the documents of the one before.
          documentIds: documents.map((d) => d.id),
          idempotencyKey,
        },
      });
      setErrors({});
      setDone(current ? 'revised' : 'submitted');
      context.reload();
    } catch (error) {
      setDone(null);
      setErrors(error instanceof ApiError ? errorsByField(error, FIELDS) : { '': ['UNKNOWN'] });
    } finally {
      setBusy(false);
    }
  }

  async function withdrawBid() {
    if (!current) return;
    setBusy(true);
    try {
      await withdraw({ id: current.id });
      setDone('withdrawn');
      setSummary('');
      setApproach('');
      setPrice('');
      setDuration('');
      setPlan([]);
      setDocuments([]);
      context.reload();
    } catch (error) {
      setErrors(error instanceof ApiError ? errorsByField(error, []) : { '': ['UNKNOWN'] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('bid.title', { challenge: challenge.title })}>
      <p>
        {t('bid.deadline', { date: formatDateTime(challenge.submissionDeadline) })} (<Countdown until={challenge.submissionDeadline} />)
      </p>
      <p>{t('bid.sealed')}</p>
      {done ? <Alert kind="success">{t(`bid.done.${done}`)}</Alert> : null}
      {!eligibility.eligible ? (
        <section className="card" aria-labelledby="refusal-heading">
          <h2 id="refusal-heading">{t('bid.refused')}</h2>
          <EligibilityBadge eligibility={eligibility} />
          <p>
            <Link to="/attestation">{t('bid.improve')}</Link>
          </p>
        </section>
      ) : (
        <form className="card" onSubmit={send} noValidate aria-labelledby="bid-form-heading">
          <h2 id="bid-form-heading">{current ? t('bid.revise') : t('bid.new')}</h2>
          <FormErrors errors={errors} />
          <TextField
            label={t('bid.summary')}
            value={summary}
            onChange={(e) => edit(setSummary)(e.target.value)}
            errors={fieldErrors('summary')}
          />
          <TextArea
            label={t('bid.approach')}
            value={approach}
            onChange={(e) => edit(setApproach)(e.target.value)}
            errors={fieldErrors('technicalApproach')}
          />
          <TextField
            label={t('bid.price', { currency })}
            hint={t('bid.priceHint', { budget: formatMoney(challenge.budget), max: formatMoney(challenge.maxContractValue) })}
            inputMode="decimal"
            value={price}
            onChange={(e) => edit(setPrice)(e.target.value)}
            errors={fieldErrors('price')}
          />
          <TextField
            label={t('bid.duration')}
            type="number"
            inputMode="numeric"
            min={1}
            value={duration}
            onChange={(e) => edit(setDuration)(e.target.value)}
            errors={fieldErrors('durationDays')}
          />
          <MilestonePlan rows={plan} onChange={edit(setPlan)} errors={fieldErrors('milestones')} />
          <DocumentUpload
            label={t('bid.documents')}
            hint={t('bid.documentsHint')}
            listLabel={t('bid.documentsInBid')}
            documents={documents}
            onChange={edit(setDocuments)}
            onBusyChange={setUploading}
          />
          <div className="actions">
            <button type="submit" disabled={busy || uploading}>
              {current ? t('bid.submitRevision') : t('bid.submit')}
            </button>
            {current ? (
              <button type="button" className="secondary" disabled={busy} onClick={withdrawBid}>
                {t('bid.withdraw')}
              </button>
            ) : null}
          </div>
        </form>
      )}
    </Page>
  );
}
