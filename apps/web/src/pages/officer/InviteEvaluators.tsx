import { type FormEvent, useState } from 'react';

import { useI18n } from '../../i18n/i18n';
import { errorsByField } from '../../lib/field-errors';
import { ApiError } from '../../lib/graphql-client';
import { useMutation } from '../../lib/use-query';
import { Alert } from '../../ui/Feedback';
import { ChoiceGroup } from '../../ui/Field';
import { FormErrors } from '../../ui/FormErrors';
import { InviteEvaluatorsDocument } from './officer-documents';

/** Invite the organisation's evaluators to the pool the worker assigns from (also mid-evaluation, to fill a gap). */
export function InviteEvaluators({
  challengeId,
  candidates,
  onChange,
}: {
  challengeId: string;
  candidates: { id: string; displayName: string }[];
  onChange(): void;
}) {
  const { t } = useI18n();
  const invite = useMutation(InviteEvaluatorsDocument);
  const [selected, setSelected] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    if (!selected.length) {
      setErrors({ userIds: ['REQUIRED'] });
      return;
    }
    try {
      await invite({ id: challengeId, userIds: selected });
      setSelected([]);
      setErrors({});
      setDone(true);
      onChange();
    } catch (error) {
      setErrors(error instanceof ApiError ? errorsByField(error, ['userIds']) : { '': ['UNKNOWN'] });
    }
  }

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('officer.invite.title')}</h2>
      {done ? <Alert kind="success">{t('officer.invite.done')}</Alert> : null}
      <FormErrors errors={{ '': errors[''] ?? [] }} />
      {candidates.length ? (
        <>
          <ChoiceGroup
            label={t('officer.invite.who')}
            type="checkbox"
            name="evaluators"
            options={candidates.map((c) => ({ value: c.id, label: c.displayName }))}
            selected={selected}
            onChange={setSelected}
            errors={errors.userIds?.map(() => t('officer.invite.pickOne'))}
          />
          <div className="actions">
            <button type="submit">{t('officer.invite.button')}</button>
          </div>
        </>
      ) : (
        <p>{t('officer.invite.none')}</p>
      )}
    </form>
  );
}
