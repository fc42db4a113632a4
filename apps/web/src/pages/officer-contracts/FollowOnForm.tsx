import { type FormEvent, useState } from 'react';

import { useI18n } from '../../i18n/i18n';
import { errorsByField } from '../../lib/field-errors';
import { ApiError } from '../../lib/graphql-client';
import { useMutation } from '../../lib/use-query';
import { TextArea, TextField } from '../../ui/Field';
import { FormErrors, useFieldErrors } from '../../ui/FormErrors';
import { type MilestoneRow, shareTotal, toMinorUnits } from '../bid/milestone-plan';
import { MilestonePlan } from '../bid/MilestonePlan';
import { IssueFollowOnDocument } from './contract-documents';

const FIELDS = ['title', 'justification', 'value', 'milestones'] as const;

/**
 * A follow-on to a completed contract: the next phase, earned by the work delivered, so the record
 * needs a justification. Same currency as the parent; the API checks the micro-contract limit.
 */
export function FollowOnForm({ parentId, currency, onIssued }: { parentId: string; currency: string; onIssued(): void }) {
  const { t } = useI18n();
  const issue = useMutation(IssueFollowOnDocument);
  const [title, setTitle] = useState('');
  const [value, setValue] = useState('');
  const [justification, setJustification] = useState('');
  const [rows, setRows] = useState<MilestoneRow[]>([{ title: '', dueInDays: '', sharePercent: '100' }]);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const fieldErrors = useFieldErrors(errors);
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string[]> = {};
    if (!title.trim()) local.title = ['REQUIRED'];
    if (!justification.trim()) local.justification = ['REQUIRED'];
    const amountMinor = toMinorUnits(value, digits);
    if (!amountMinor) local.value = ['PRICE_FORMAT'];
    if (!rows.length || shareTotal(rows) !== 100) local.milestones = ['SHARES_NOT_100'];
    else if (rows.some((r) => !r.title.trim() || !Number.isInteger(Number(r.dueInDays)) || Number(r.dueInDays) < 1))
      local.milestones = ['MILESTONE_ROW'];
    setErrors(local);
    if (Object.keys(local).length || !amountMinor) return;
    try {
      await issue({
        parentId,
        input: {
          title: title.trim(),
          justification: justification.trim(),
          value: { amountMinor, currency },
          milestones: rows.map((r) => ({ title: r.title.trim(), dueInDays: Number(r.dueInDays), sharePercent: Number(r.sharePercent) })),
        },
      });
      setTitle('');
      setValue('');
      setJustification('');
      onIssued();
    } catch (e) {
      setErrors(errorsByField(e instanceof ApiError ? e : new ApiError([]), FIELDS));
    }
  }

  return (
    <section aria-labelledby={`follow-on-${parentId}`}>
      <h3 id={`follow-on-${parentId}`}>{t('officerContracts.followOnTitle')}</h3>
      <form onSubmit={submit} noValidate>
        <FormErrors errors={errors} />
        <TextField
          label={t('officerContracts.followOnName')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          errors={fieldErrors('title')}
        />
        <TextField
          label={t('officerContracts.followOnValue', { currency })}
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          errors={fieldErrors('value')}
        />
        <TextArea
          label={t('officerContracts.followOnJustification')}
          hint={t('officerContracts.followOnJustificationHint')}
          value={justification}
          onChange={(e) => setJustification(e.target.value)}
          errors={fieldErrors('justification')}
        />
        <MilestonePlan rows={rows} onChange={setRows} errors={fieldErrors('milestones')} />
        <button type="submit">{t('officerContracts.issueFollowOn')}</button>
      </form>
    </section>
  );
}
