import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router-dom';

import type { OfficerModerationQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { errorsByField } from '../../lib/field-errors';
import { ApiError } from '../../lib/graphql-client';
import { useLiveQuery } from '../../lib/use-live-query';
import { useMutation } from '../../lib/use-query';
import { Alert, Badge, Loading } from '../../ui/Feedback';
import { TextArea, TextField } from '../../ui/Field';
import { FormErrors, useFieldErrors } from '../../ui/FormErrors';
import { Page } from '../../ui/Page';
import { ModerateSubmissionDocument, ModerationDocument } from './sprint-documents';
import { SprintLinks } from './SprintLinks';

type Submission = NonNullable<OfficerModerationQuery['challenge']>['submissions'][number];

/** Evaluators disagreed by this much or more on a criterion: the officer settles it (docs/product.md step 5). */
export const DIVERGENT_SPREAD = 4;

/** Every evaluated bid's per-criterion means and spreads; divergent ones get a consensus form. */
export default function ModerationPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const query = useLiveQuery(ModerationDocument, { id }, { intervalMs: 5000 });
  const c = query.data?.challenge;
  if (query.loading && !query.data) return <Loading label={t('common.loading')} />;
  if (!c)
    return (
      <Page title={t('notFound.title')}>
        <p>{t('challenge.notFound')}</p>
      </Page>
    );
  const withResults = c.submissions.filter((s) => s.result);
  return (
    <Page title={t('officer.moderation.title', { challenge: c.title })}>
      <SprintLinks challengeId={c.id} />
      <p>{t('officer.moderation.intro')}</p>
      {!withResults.length ? <p>{t('officer.moderation.none')}</p> : null}
      {withResults.map((s, i) => (
        <SubmissionResult key={s.id} submission={s} n={i + 1} onModerated={query.reload} />
      ))}
    </Page>
  );
}

function SubmissionResult({ submission: s, n, onModerated }: { submission: Submission; n: number; onModerated(): void }) {
  const { t, formatNumber } = useI18n();
  const moderate = useMutation(ModerateSubmissionDocument);
  const result = s.result!;
  const divergent = result.criteria.filter((k) => k.spread >= DIVERGENT_SPREAD && k.consensus === null);
  const [scores, setScores] = useState<Record<string, { score: string; justification: string }>>({});
  const [rationale, setRationale] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [done, setDone] = useState(false);
  const fieldErrors = useFieldErrors(errors);
  const name = s.vendor?.name ?? t('officer.board.bid', { n });
  const entry = (criterionId: string) => scores[criterionId] ?? { score: '', justification: '' };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems: Record<string, string[]> = {};
    for (const k of divergent) {
      const e = entry(k.criterion.id);
      if (!/^\d+$/.test(e.score) || Number(e.score) > 10) problems[`score-${k.criterion.id}`] = ['officer.error.score'];
      if (!e.justification.trim()) problems[`justification-${k.criterion.id}`] = ['REQUIRED'];
    }
    if (!rationale.trim()) problems.rationale = ['REQUIRED'];
    setErrors(problems);
    if (Object.keys(problems).length) return;
    try {
      await moderate({
        submissionId: s.id,
        rationale,
        scores: divergent.map((k) => ({
          criterionId: k.criterion.id,
          score: Number(entry(k.criterion.id).score),
          justification: entry(k.criterion.id).justification,
        })),
      });
      setDone(true);
      onModerated();
    } catch (error) {
      setErrors(error instanceof ApiError ? errorsByField(error, ['rationale']) : { '': ['UNKNOWN'] });
    }
  }

  const scoreError = (key: string) => (errors[key]?.[0] === 'officer.error.score' ? [t('officer.error.score')] : fieldErrors(key));
  return (
    <section className="card" aria-labelledby={`result-${s.id}`}>
      <h2 id={`result-${s.id}`}>{name}</h2>
      <p>
        {t('officer.moderation.total', { score: formatNumber(result.totalScore, { maximumFractionDigits: 2 }) })}{' '}
        {result.needsModeration ? <Badge tone="bad">{t('officer.moderation.needed')}</Badge> : null}
      </p>
      {done ? <Alert kind="success">{t('officer.moderation.done')}</Alert> : null}
      <table>
        <caption>{t('officer.moderation.caption', { vendor: name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('officer.moderation.criterion')}</th>
            <th scope="col">{t('officer.moderation.mean')}</th>
            <th scope="col">{t('officer.moderation.spread')}</th>
            <th scope="col">{t('officer.moderation.consensus')}</th>
          </tr>
        </thead>
        <tbody>
          {result.criteria.map((k) => (
            <tr key={k.criterion.id} className={k.spread >= DIVERGENT_SPREAD ? 'divergent' : undefined}>
              <th scope="row">{k.criterion.name}</th>
              <td>{formatNumber(k.mean, { maximumFractionDigits: 2 })}</td>
              <td>
                {k.spread >= DIVERGENT_SPREAD ? (
                  <Badge tone="bad">{t('officer.moderation.divergent', { spread: k.spread })}</Badge>
                ) : (
                  k.spread
                )}
              </td>
              <td>{k.consensus ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.needsModeration && divergent.length ? (
        <form onSubmit={submit} noValidate aria-label={t('officer.moderation.formFor', { vendor: name })}>
          <FormErrors errors={errors['']?.length ? { '': errors[''] } : {}} />
          {divergent.map((k) => (
            <div key={k.criterion.id}>
              <TextField
                label={t('officer.moderation.score', { criterion: k.criterion.name })}
                type="number"
                inputMode="numeric"
                min={0}
                max={10}
                value={entry(k.criterion.id).score}
                onChange={(e) => setScores({ ...scores, [k.criterion.id]: { ...entry(k.criterion.id), score: e.target.value } })}
                errors={scoreError(`score-${k.criterion.id}`)}
              />
              <TextField
                label={t('officer.moderation.justification', { criterion: k.criterion.name })}
                value={entry(k.criterion.id).justification}
                onChange={(e) => setScores({ ...scores, [k.criterion.id]: { ...entry(k.criterion.id), justification: e.target.value } })}
                errors={fieldErrors(`justification-${k.criterion.id}`)}
              />
            </div>
          ))}
          <TextArea
            label={t('officer.moderation.rationale')}
            value={rationale}
            onChange={(e) => setRationale(e.target.value)}
            errors={fieldErrors('rationale')}
          />
          <div className="actions">
            <button type="submit">{t('officer.moderation.submit', { vendor: name })}</button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
