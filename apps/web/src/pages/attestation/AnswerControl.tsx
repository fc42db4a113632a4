import { useId, useMemo, useState } from 'react';

import { useI18n } from '../../i18n/i18n';
import { countryName, countryOptions } from '../../lib/countries';
import { ChoiceGroup, SelectField } from '../../ui/Field';
import { type AnswerDraft, type AnswerType, type Holding, optionLabel, ownershipTotal } from './answer-values';

export interface CriterionView {
  code: string;
  question: string;
  help: string;
  answerType: AnswerType;
  options: string[] | null;
}

/** The right control for each answer type: yes/no, country pickers, option sets, ownership table. */
export function AnswerControl({
  criterion,
  draft,
  errors,
  onChange,
}: {
  criterion: CriterionView;
  draft: AnswerDraft;
  errors?: string[];
  onChange(next: AnswerDraft): void;
}) {
  const { t, has, locale } = useI18n();
  const label = `${criterion.code} · ${criterion.question}`;
  const options = (criterion.options ?? []).map((o) => {
    const key = `option.${o}`;
    return { value: o, label: has(key) ? t(key) : optionLabel(o) };
  });
  switch (criterion.answerType) {
    case 'BOOLEAN':
      return (
        <ChoiceGroup
          type="radio"
          name={criterion.code}
          label={label}
          hint={criterion.help}
          errors={errors}
          options={[
            { value: 'yes', label: t('common.yes') },
            { value: 'no', label: t('common.no') },
          ]}
          selected={draft === true ? ['yes'] : draft === false ? ['no'] : []}
          onChange={([v]) => onChange(v === 'yes')}
        />
      );
    case 'ENUM':
      return (
        <ChoiceGroup
          type="radio"
          name={criterion.code}
          label={label}
          hint={criterion.help}
          errors={errors}
          options={options}
          selected={typeof draft === 'string' ? [draft] : []}
          onChange={([v]) => onChange(v)}
        />
      );
    case 'ENUM_SET':
      return (
        <ChoiceGroup
          type="checkbox"
          name={criterion.code}
          label={label}
          hint={criterion.help}
          errors={errors}
          options={options}
          selected={(draft as string[]) ?? []}
          onChange={(v) => onChange(v)}
        />
      );
    case 'COUNTRY':
      return (
        <SelectField
          label={label}
          hint={criterion.help}
          errors={errors}
          value={typeof draft === 'string' ? draft : ''}
          onChange={(e) => onChange(e.target.value)}
          options={[{ value: '', label: t('common.choose') }, ...countryOptions(locale)]}
        />
      );
    case 'COUNTRY_LIST':
      return (
        <CountryList
          label={label}
          hint={criterion.help}
          errors={errors}
          value={(draft as string[]) ?? []}
          onChange={onChange}
          locale={locale}
        />
      );
    case 'OWNERSHIP':
      return <Ownership label={label} hint={criterion.help} errors={errors} value={(draft as Holding[]) ?? []} onChange={onChange} />;
  }
}

/** A list of countries: each chosen one with a remove button, and a picker to add another. */
function CountryList({
  label,
  hint,
  errors,
  value,
  onChange,
  locale,
}: {
  label: string;
  hint: string;
  errors?: string[];
  value: string[];
  onChange(v: string[]): void;
  locale: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const [pick, setPick] = useState('');
  const all = useMemo(() => countryOptions(locale), [locale]);
  return (
    <fieldset
      className="field choices"
      aria-describedby={`${id}-hint${errors?.length ? ` ${id}-error` : ''}`}
      aria-invalid={errors?.length ? true : undefined}
    >
      <legend>{label}</legend>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {value.length ? (
        <ul>
          {value.map((code) => (
            <li key={code}>
              {countryName(locale, code)}{' '}
              <button type="button" className="link" onClick={() => onChange(value.filter((c) => c !== code))}>
                {t('attestation.removeCountry', { country: countryName(locale, code) })}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('attestation.noCountries')}</p>
      )}
      <div className="filters">
        <SelectField
          label={t('attestation.addCountry')}
          value={pick}
          onChange={(e) => setPick(e.target.value)}
          options={[{ value: '', label: t('common.choose') }, ...all.filter((c) => !value.includes(c.value))]}
        />
        <div className="field">
          <button
            type="button"
            className="secondary"
            disabled={!pick}
            onClick={() => {
              onChange([...value, pick]);
              setPick('');
            }}
          >
            {t('attestation.add')}
          </button>
        </div>
      </div>
      {errors?.length ? (
        <p className="field-error" id={`${id}-error`}>
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Holdings of 5 % or more: country and percent per row, with a running total announced politely. */
function Ownership({
  label,
  hint,
  errors,
  value,
  onChange,
}: {
  label: string;
  hint: string;
  errors?: string[];
  value: Holding[];
  onChange(v: Holding[]): void;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const all = useMemo(() => countryOptions(locale), [locale]);
  const total = ownershipTotal(value);
  const update = (index: number, patch: Partial<Holding>) => onChange(value.map((h, i) => (i === index ? { ...h, ...patch } : h)));
  return (
    <fieldset
      className="field choices"
      aria-describedby={`${id}-hint${errors?.length ? ` ${id}-error` : ''}`}
      aria-invalid={errors?.length ? true : undefined}
    >
      <legend>{label}</legend>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {value.map((holding, index) => (
        <div className="filters" key={index}>
          <SelectField
            label={t('attestation.holdingCountry', { n: index + 1 })}
            value={holding.country}
            onChange={(e) => update(index, { country: e.target.value })}
            options={[{ value: '', label: t('common.choose') }, ...all]}
          />
          <div className="field">
            <label htmlFor={`${id}-p${index}`}>{t('attestation.holdingPercent', { n: index + 1 })}</label>
            <input
              id={`${id}-p${index}`}
              type="number"
              inputMode="numeric"
              min={5}
              max={100}
              value={holding.percent}
              onChange={(e) => update(index, { percent: e.target.value })}
            />
          </div>
          <div className="field">
            <button type="button" className="secondary" onClick={() => onChange(value.filter((_, i) => i !== index))}>
              {t('attestation.removeHolding', { n: index + 1 })}
            </button>
          </div>
        </div>
      ))}
      <p className={`total ${total > 100 ? 'bad' : 'good'}`} aria-live="polite">
        {t('attestation.ownershipTotal', { total })}
        {total > 100 ? ` ${t('attestation.ownershipOver')}` : ''}
      </p>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => onChange([...value, { country: '', percent: '' }])}>
          {t('attestation.addHolding')}
        </button>
      </div>
      {errors?.length ? (
        <p className="field-error" id={`${id}-error`}>
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}
