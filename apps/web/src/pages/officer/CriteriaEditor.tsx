import { useId } from 'react';

import { useI18n } from '../../i18n/i18n';
import { type CriterionRow, weightTotal } from './challenge-form';

/** The evaluation criteria: name, description and weight per row, with a live check of the 100 % sum. */
export function CriteriaEditor({
  rows,
  onChange,
  errors,
}: {
  rows: CriterionRow[];
  onChange(rows: CriterionRow[]): void;
  errors: string[];
}) {
  const { t } = useI18n();
  const id = useId();
  const total = weightTotal(rows);
  const update = (index: number, patch: Partial<CriterionRow>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <fieldset
      className="field choices"
      aria-describedby={`${id}-total${errors.length ? ` ${id}-error` : ''}`}
      aria-invalid={errors.length ? true : undefined}
    >
      <legend>{t('officer.field.criteria')}</legend>
      {rows.map((row, index) => (
        <div className="filters" key={index}>
          <div className="field">
            <label htmlFor={`${id}-n${index}`}>{t('officer.criterion.name', { n: index + 1 })}</label>
            <input id={`${id}-n${index}`} value={row.name} onChange={(e) => update(index, { name: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-d${index}`}>{t('officer.criterion.description', { n: index + 1 })}</label>
            <input id={`${id}-d${index}`} value={row.description} onChange={(e) => update(index, { description: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-w${index}`}>{t('officer.criterion.weight', { n: index + 1 })}</label>
            <input
              id={`${id}-w${index}`}
              type="number"
              inputMode="numeric"
              min={1}
              max={100}
              value={row.weight}
              onChange={(e) => update(index, { weight: e.target.value })}
            />
          </div>
          <div className="field">
            <button type="button" className="secondary" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
              {t('officer.criterion.remove', { n: index + 1 })}
            </button>
          </div>
        </div>
      ))}
      <p id={`${id}-total`} className={`total ${total === 100 ? 'good' : 'bad'}`} aria-live="polite">
        {total === 100 ? t('officer.criterion.weightsOk') : t('officer.criterion.weightsOff', { total })}
      </p>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => onChange([...rows, { name: '', description: '', weight: '' }])}>
          {t('officer.criterion.add')}
        </button>
      </div>
      {errors.length ? (
        <p className="field-error" id={`${id}-error`}>
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}
