import { type FormEvent, useState } from 'react';

import type { DocumentView } from '../../documents/document-view';
import { DocumentList } from '../../documents/DocumentList';
import { DocumentUpload } from '../../documents/DocumentUpload';
import type { Pillar } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { countryName } from '../../lib/countries';
import { errorsByField } from '../../lib/field-errors';
import { ApiError } from '../../lib/graphql-client';
import { useMutation } from '../../lib/use-query';
import { TextField } from '../../ui/Field';
import { FormErrors, useFieldErrors } from '../../ui/FormErrors';
import { type AnswerDraft, type Holding, isAnswered, optionLabel, valueFromDraft } from './answer-values';
import { AnswerControl, type CriterionView } from './AnswerControl';
import { SubmitAttestationDocument } from './attestation-documents';

export const PILLARS: Pillar[] = ['DATA', 'OPERATIONAL', 'TECHNOLOGICAL'];

/**
 * Three steps, one per pillar, then a review and the signature. Each step checks that every
 * criterion has an answer before moving on; the API's own per-criterion refusals are shown next to
 * the criterion they concern, and the wizard returns to that criterion's step.
 */
export function AttestationWizard({
  criteria,
  initial,
  initialEvidence,
  onSigned,
  onCancel,
}: {
  criteria: (CriterionView & { pillar: Pillar })[];
  initial: Record<string, AnswerDraft>;
  /** Evidence documents per criterion code: the current version's, which the new version may keep. */
  initialEvidence: Record<string, DocumentView[]>;
  onSigned(): void;
  onCancel(): void;
}) {
  const { t, has, locale } = useI18n();
  const [step, setStep] = useState(0);
  const [drafts, setDrafts] = useState<Record<string, AnswerDraft>>(initial);
  const [evidence, setEvidence] = useState<Record<string, DocumentView[]>>(initialEvidence);
  const [uploading, setUploading] = useState(false);
  const [signatory, setSignatory] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  const fieldErrors = useFieldErrors(errors);
  const submit = useMutation(SubmitAttestationDocument);
  const codes = criteria.map((c) => c.code);
  const reviewing = step === PILLARS.length;
  const pillarOf = (code: string) => PILLARS.indexOf(criteria.find((c) => c.code === code)?.pillar ?? 'DATA');

  function next(event: FormEvent) {
    event.preventDefault();
    const missing = criteria.filter((c) => c.pillar === PILLARS[step] && !isAnswered(c.answerType, drafts[c.code]));
    if (missing.length) {
      setErrors(Object.fromEntries(missing.map((c) => [c.code, ['NOT_ANSWERED']])));
      return;
    }
    setErrors({});
    setStep(step + 1);
  }

  async function sign(event: FormEvent) {
    event.preventDefault();
    if (!signatory.trim()) {
      setErrors({ signatoryName: ['REQUIRED'] });
      return;
    }
    setBusy(true);
    try {
      await submit({
        input: {
          signatoryName: signatory,
          answers: criteria.map((c) => ({
            code: c.code,
            value: valueFromDraft(c.answerType, drafts[c.code]),
            documentIds: (evidence[c.code] ?? []).map((d) => d.id),
          })),
        },
      });
      onSigned();
    } catch (error) {
      const placed = error instanceof ApiError ? errorsByField(error, [...codes, 'signatoryName']) : { '': ['UNKNOWN'] };
      setErrors(placed);
      const firstCode = codes.find((code) => placed[code]);
      if (firstCode) setStep(pillarOf(firstCode));
    } finally {
      setBusy(false);
    }
  }

  const describe = (c: CriterionView): string => {
    const draft = drafts[c.code];
    if (typeof draft === 'boolean') return draft ? t('common.yes') : t('common.no');
    if (c.answerType === 'COUNTRY') return countryName(locale, draft as string);
    if (c.answerType === 'ENUM')
      return has(`option.${draft}`) ? t(`option.${draft as string}` as 'option.NONE') : optionLabel(draft as string);
    if (c.answerType === 'OWNERSHIP') {
      const holdings = draft as Holding[];
      return holdings.length ? holdings.map((h) => `${countryName(locale, h.country)} ${h.percent} %`).join(', ') : t('attestation.none');
    }
    const list = draft as string[];
    if (!list.length) return t('attestation.none');
    return list
      .map((v) =>
        c.answerType === 'COUNTRY_LIST' ? countryName(locale, v) : has(`option.${v}`) ? t(`option.${v}` as 'option.NONE') : optionLabel(v),
      )
      .join(', ');
  };

  return (
    <section aria-labelledby="wizard-heading">
      <h2 id="wizard-heading">
        {reviewing
          ? t('attestation.reviewTitle')
          : t('attestation.stepTitle', { n: step + 1, total: PILLARS.length + 1, pillar: t(`pillar.${PILLARS[step]}`) })}
      </h2>
      <ol className="steps" aria-label={t('attestation.steps')}>
        {[...PILLARS.map((p) => t(`pillar.${p}`)), t('attestation.review')].map((label, i) => (
          <li key={label} aria-current={i === step ? 'step' : undefined}>
            {i === step ? <strong>{label}</strong> : label}
          </li>
        ))}
      </ol>
      {!reviewing ? (
        <form className="card" onSubmit={next} noValidate>
          <FormErrors errors={errors} />
          {/* Said once per step rather than under each of the step's evidence fields. */}
          <p className="hint">{t('attestation.evidenceHint')}</p>
          {criteria
            .filter((c) => c.pillar === PILLARS[step])
            .map((c) => (
              <div key={c.code} className="criterion">
                <AnswerControl
                  criterion={c}
                  draft={drafts[c.code]}
                  errors={fieldErrors(c.code)}
                  onChange={(v) => setDrafts((d) => ({ ...d, [c.code]: v }))}
                />
                <DocumentUpload
                  label={t('attestation.evidence', { code: c.code })}
                  documents={evidence[c.code] ?? []}
                  onChange={(next) => setEvidence((e) => ({ ...e, [c.code]: next }))}
                  onBusyChange={setUploading}
                />
              </div>
            ))}
          <div className="actions">
            {step > 0 ? (
              <button type="button" className="secondary" onClick={() => setStep(step - 1)}>
                {t('attestation.back')}
              </button>
            ) : (
              <button type="button" className="secondary" onClick={onCancel}>
                {t('common.cancel')}
              </button>
            )}
            <button type="submit" disabled={uploading}>
              {t('attestation.next')}
            </button>
          </div>
        </form>
      ) : (
        <form className="card" onSubmit={sign} noValidate>
          <FormErrors errors={errors} />
          {PILLARS.map((pillar) => (
            <section key={pillar} aria-labelledby={`review-${pillar}`}>
              <h3 id={`review-${pillar}`}>{t(`pillar.${pillar}`)}</h3>
              <dl className="facts">
                {criteria
                  .filter((c) => c.pillar === pillar)
                  .map((c) => (
                    <div key={c.code} className="pair">
                      <dt>
                        {c.code} · {c.question}
                      </dt>
                      <dd>
                        {describe(c)}
                        <DocumentList documents={evidence[c.code] ?? []} label={t('attestation.evidenceFor', { code: c.code })} />
                      </dd>
                    </div>
                  ))}
              </dl>
            </section>
          ))}
          <TextField
            label={t('attestation.signatory')}
            hint={t('attestation.signatoryHint')}
            value={signatory}
            onChange={(e) => setSignatory(e.target.value)}
            errors={fieldErrors('signatoryName')}
          />
          <div className="actions">
            <button type="button" className="secondary" onClick={() => setStep(step - 1)}>
              {t('attestation.back')}
            </button>
            <button type="submit" disabled={busy}>
              {t('attestation.sign')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
