import type { FormEvent } from 'react';

import { useI18n } from '../../i18n/i18n';
import { SelectField, TextArea, TextField } from '../../ui/Field';
import { FormErrors } from '../../ui/FormErrors';
import { type ChallengeFormValues, FIXED_AFTER_CREATE } from './challenge-form';
import { CriteriaEditor } from './CriteriaEditor';
import { useOfficerErrors } from './officer-errors';

const CLASSIFICATIONS = [
  'PUBLIC',
  'NATO_UNCLASSIFIED',
  'NATO_RESTRICTED',
  'NATO_CONFIDENTIAL',
  'NATO_SECRET',
  'COSMIC_TOP_SECRET',
] as const;
const TIERS = ['T0', 'T1', 'T2', 'T3', 'T4'] as const;
const TRUSTED = ['NATO', 'EU_EEA'] as const;

/**
 * Every field of a challenge's terms. `mode` 'edit' is a draft after creation: the fields the
 * update input does not carry are shown but cannot change, so nobody types what would be ignored.
 */
export function ChallengeForm({
  values,
  onChange,
  errors,
  mode,
  busy,
  onSubmit,
}: {
  values: ChallengeFormValues;
  onChange(next: ChallengeFormValues): void;
  errors: Record<string, string[]>;
  mode: 'create' | 'edit';
  busy: boolean;
  onSubmit(): void;
}) {
  const { t } = useI18n();
  const fieldErrors = useOfficerErrors(errors);
  const fixed = (field: keyof ChallengeFormValues) => mode === 'edit' && FIXED_AFTER_CREATE.includes(field);
  const set =
    <K extends keyof ChallengeFormValues>(field: K) =>
    (value: ChallengeFormValues[K]) =>
      onChange({ ...values, [field]: value });
  const text = (field: keyof ChallengeFormValues, label: string, extra: Record<string, unknown> = {}) => (
    <TextField
      label={label}
      value={values[field] as string}
      onChange={(e) => set(field)(e.target.value as never)}
      errors={fieldErrors(field)}
      disabled={fixed(field)}
      {...extra}
    />
  );
  const number = { type: 'number', inputMode: 'numeric', min: 0 };
  const dateTime = { type: 'datetime-local', step: 1 };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="challenge-form-heading">
      <h2 id="challenge-form-heading">{mode === 'create' ? t('officer.form.createTitle') : t('officer.form.editTitle')}</h2>
      {mode === 'edit' ? <p className="hint">{t('officer.form.fixedHint')}</p> : null}
      <FormErrors errors={errors} />
      {text('title', t('officer.field.title'))}
      <TextArea
        label={t('officer.field.problemStatement')}
        value={values.problemStatement}
        onChange={(e) => set('problemStatement')(e.target.value)}
        errors={fieldErrors('problemStatement')}
      />
      {text('tags', t('officer.field.tags'), { hint: t('officer.field.tagsHint') })}
      <SelectField
        label={t('officer.field.classification')}
        value={values.classification}
        disabled={fixed('classification')}
        onChange={(e) => set('classification')(e.target.value)}
        errors={fieldErrors('classification')}
        options={CLASSIFICATIONS.map((c) => ({ value: c, label: t(`classification.${c}`) }))}
      />
      <SelectField
        label={t('officer.field.requiredTier')}
        hint={t('officer.field.requiredTierHint')}
        value={values.requiredTier}
        disabled={fixed('requiredTier')}
        onChange={(e) => set('requiredTier')(e.target.value)}
        errors={fieldErrors('requiredTier')}
        options={TIERS.map((tier) => ({ value: tier, label: tier }))}
      />
      <SelectField
        label={t('officer.field.trustedJurisdiction')}
        value={values.trustedJurisdiction}
        disabled={fixed('trustedJurisdiction')}
        onChange={(e) => set('trustedJurisdiction')(e.target.value)}
        errors={fieldErrors('trustedJurisdiction')}
        options={TRUSTED.map((j) => ({ value: j, label: t(`trusted.${j}`) }))}
      />
      <div className="field">
        <label className="choice">
          <input type="checkbox" checked={values.smeOnly} disabled={fixed('smeOnly')} onChange={(e) => set('smeOnly')(e.target.checked)} />{' '}
          {t('officer.field.smeOnly')}
        </label>
      </div>
      {text('currency', t('officer.field.currency'), { hint: t('officer.field.currencyHint'), maxLength: 3 })}
      {text('budget', t('officer.field.budget', { currency: values.currency }), { inputMode: 'decimal' })}
      {text('maxContractValue', t('officer.field.maxContractValue', { currency: values.currency }), { inputMode: 'decimal' })}
      {text('maxAwards', t('officer.field.maxAwards'), number)}
      {text('evaluatorsPerSubmission', t('officer.field.evaluatorsPerSubmission'), number)}
      <div className="field">
        <label className="choice">
          <input
            type="checkbox"
            checked={values.blindEvaluation}
            disabled={fixed('blindEvaluation')}
            onChange={(e) => set('blindEvaluation')(e.target.checked)}
          />{' '}
          {t('officer.field.blindEvaluation')}
        </label>
      </div>
      {text('standstillDays', t('officer.field.standstillDays'), number)}
      {text('submissionDeadline', t('officer.field.submissionDeadline'), dateTime)}
      {text('questionsDeadline', t('officer.field.questionsDeadline'), { ...dateTime, hint: t('officer.field.optional') })}
      {text('scoringDeadline', t('officer.field.scoringDeadline'), { ...dateTime, hint: t('officer.field.optional') })}
      <CriteriaEditor
        rows={values.criteria}
        onChange={set('criteria')}
        errors={[...(fieldErrors('criteria') ?? []), ...(fieldErrors('criterion') ?? [])]}
      />
      <div className="actions">
        {/* aria-disabled, not disabled: a disabled button drops the keyboard user's focus. */}
        <button type="submit" aria-disabled={busy}>
          {mode === 'create' ? t('officer.form.create') : t('officer.form.save')}
        </button>
      </div>
    </form>
  );
}
