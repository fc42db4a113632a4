import { useId } from 'react';

import { useI18n } from '../../i18n/i18n';
import { type MilestoneRow, shareTotal } from './milestone-plan';

/** The optional milestone plan: rows of title, due day and share, with a live check of the 100 % sum. */
export function MilestonePlan({
  rows,
  onChange,
  errors,
}: {
  rows: MilestoneRow[];
  onChange(rows: MilestoneRow[]): void;
  errors?: string[];
}) {
  const { t } = useI18n();
  const id = useId();
  const total = shareTotal(rows);
  const update = (index: number, patch: Partial<MilestoneRow>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <fieldset
      className="field choices"
      aria-describedby={`${id}-hint${errors?.length ? ` ${id}-error` : ''}`}
      aria-invalid={errors?.length ? true : undefined}
    >
      <legend>{t('bid.milestones')}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t('bid.milestonesHint')}
      </p>
      {rows.map((row, index) => (
        <div className="filters" key={index}>
          <div className="field">
            <label htmlFor={`${id}-t${index}`}>{t('bid.milestoneTitle', { n: index + 1 })}</label>
            <input id={`${id}-t${index}`} value={row.title} onChange={(e) => update(index, { title: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-d${index}`}>{t('bid.milestoneDue', { n: index + 1 })}</label>
            <input
              id={`${id}-d${index}`}
              type="number"
              inputMode="numeric"
              min={1}
              value={row.dueInDays}
              onChange={(e) => update(index, { dueInDays: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-s${index}`}>{t('bid.milestoneShare', { n: index + 1 })}</label>
            <input
              id={`${id}-s${index}`}
              type="number"
              inputMode="numeric"
              min={1}
              max={100}
              value={row.sharePercent}
              onChange={(e) => update(index, { sharePercent: e.target.value })}
            />
          </div>
          <div className="field">
            <button type="button" className="secondary" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
              {t('bid.removeMilestone', { n: index + 1 })}
            </button>
          </div>
        </div>
      ))}
      {rows.length ? (
        <p className={`total ${total === 100 ? 'good' : 'bad'}`} aria-live="polite" data-testid="share-total">
          {total === 100 ? t('bid.sharesOk') : t('bid.sharesOff', { total })}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="secondary" onClick={() => onChange([...rows, { title: '', dueInDays: '', sharePercent: '' }])}>
          {t('bid.addMilestone')}
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
