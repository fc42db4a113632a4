import { type FormEvent, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';

import type { ScoredSubmissionQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { errorsByField } from '../../lib/field-errors';
import { ApiError } from '../../lib/graphql-client';
import { useMutation, useQuery } from '../../lib/use-query';
import { Alert, Badge, Loading } from '../../ui/Feedback';
import { TextArea, TextField } from '../../ui/Field';
import { FormErrors, useFieldErrors } from '../../ui/FormErrors';
import { Page } from '../../ui/Page';
import { AssignmentScoresDocument, ScoredSubmissionDocument, SubmitScoresDocument } from './assignment-documents';
import { clearDraft, loadDraft, saveDraft, type ScoreDraft } from './score-draft';

type Criterion = NonNullable<ScoredSubmissionQuery['submission']>['challenge']['criteria'][number];

/**
 * One bid to score: its content (the vendor's name only when the challenge is not blind), then
 * every criterion 0–10 with a justification. The sheet is a local draft until the final submission.
 */
export default function ScoringPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const assignments = useQuery(AssignmentScoresDocument, {});
  const assignment = assignments.data?.myAssignments.find((a) => a.id === id);
  const readable = assignment?.status === 'ACCEPTED' || assignment?.status === 'SCORED';
  const submission = useQuery(ScoredSubmissionDocument, { id: assignment?.submission.id ?? '' }, { skip: !readable });

  if (assignments.loading || (readable && submission.loading && !submission.data)) return <Loading label={t('common.loading')} />;
  if (!assignment || !readable || !submission.data?.submission)
    return (
      <Page title={t('evaluator.scoringTitle')}>
        <Alert kind="info">{t(assignment ? 'evaluator.acceptBeforeScoring' : 'error.NOT_FOUND')}</Alert>
        <p>
          <Link to="/evaluations">{t('evaluator.back')}</Link>
        </p>
      </Page>
    );
  const bid = submission.data.submission;
  return (
    <Page title={t('evaluator.scoringFor', { title: bid.challenge.title })}>
      <p>
        <Link to="/evaluations">{t('evaluator.back')}</Link>
      </p>
      <Bid submission={bid} />
      {assignment.status === 'SCORED' ? (
        <FinalScores criteria={bid.challenge.criteria} scores={assignment.scores} />
      ) : (
        <ScoreSheet assignmentId={assignment.id} criteria={bid.challenge.criteria} onSubmitted={assignments.reload} />
      )}
    </Page>
  );
}

function Bid({ submission: s }: { submission: NonNullable<ScoredSubmissionQuery['submission']> }) {
  const { t, formatMoney } = useI18n();
  return (
    <section className="card" aria-labelledby="bid-heading">
      <h2 id="bid-heading">{t('evaluator.bid')}</h2>
      <dl className="facts">
        <dt>{t('evaluator.vendor')}</dt>
        <dd>{s.challenge.blindEvaluation || !s.vendor ? t('evaluator.blind') : s.vendor.name}</dd>
        <dt>{t('evaluator.price')}</dt>
        <dd>{formatMoney(s.price)}</dd>
        <dt>{t('evaluator.duration')}</dt>
        <dd>{t('evaluator.days', { n: s.durationDays })}</dd>
      </dl>
      <h3>{t('evaluator.summary')}</h3>
      <p>{s.summary}</p>
      <h3>{t('evaluator.approach')}</h3>
      <p>{s.technicalApproach}</p>
    </section>
  );
}

function FinalScores({
  criteria,
  scores,
}: {
  criteria: Criterion[];
  scores: { criterion: { id: string }; score: number; justification: string }[];
}) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="final-heading">
      <h2 id="final-heading">{t('evaluator.finalScores')}</h2>
      <p>
        <Badge tone="good">{t('evaluator.status.SCORED')}</Badge>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('evaluator.criterion')}</th>
            <th scope="col">{t('evaluator.scoreColumn')}</th>
            <th scope="col">{t('evaluator.justification')}</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((c) => {
            const given = scores.find((s) => s.criterion.id === c.id);
            return (
              <tr key={c.id}>
                <td>{c.name}</td>
                <td>{given?.score ?? '—'}</td>
                <td>{given?.justification ?? '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

const emptySheet = (criteria: Criterion[]): ScoreDraft => Object.fromEntries(criteria.map((c) => [c.id, { score: '', justification: '' }]));

function ScoreSheet({ assignmentId, criteria, onSubmitted }: { assignmentId: string; criteria: Criterion[]; onSubmitted(): void }) {
  const { t } = useI18n();
  const submit = useMutation(SubmitScoresDocument);
  const [restored] = useState(() => loadDraft(assignmentId));
  const [sheet, setSheet] = useState<ScoreDraft>(() => ({ ...emptySheet(criteria), ...restored }));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  const fieldErrors = useFieldErrors(errors);
  // Every change is kept at once: closing the tab loses nothing typed.
  useEffect(() => saveDraft(assignmentId, sheet), [assignmentId, sheet]);

  const update = (criterionId: string, change: Partial<ScoreDraft[string]>) =>
    setSheet((s) => ({ ...s, [criterionId]: { ...s[criterionId], ...change } }));
  const fieldOf = (c: Criterion) => `"${c.name}"`;

  /** The same rules as the API's, checked first so a mistake is shown before anything is sent. */
  function localProblems(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const c of criteria) {
      const entry = sheet[c.id];
      const score = Number(entry.score);
      if (entry.score.trim() === '' || !Number.isInteger(score) || score < 0 || score > 10)
        (out[`${c.id}.score`] ??= []).push('SCORE_RANGE');
      if (!entry.justification.trim()) (out[`${c.id}.justification`] ??= []).push('REQUIRED');
    }
    return out;
  }

  async function send(event: FormEvent) {
    event.preventDefault();
    const problems = localProblems();
    setErrors(problems);
    if (Object.keys(problems).length) return;
    setBusy(true);
    try {
      await submit({
        id: assignmentId,
        scores: criteria.map((c) => ({
          criterionId: c.id,
          score: Number(sheet[c.id].score),
          justification: sheet[c.id].justification.trim(),
        })),
      });
      clearDraft(assignmentId);
      onSubmitted();
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError([]);
      // The API names the criterion in quotes ("Technical merit" needs a justification).
      const byName = errorsByField(error, criteria.map(fieldOf));
      const mapped: Record<string, string[]> = { '': byName[''] ?? [] };
      for (const c of criteria) if (byName[fieldOf(c)]) mapped[`${c.id}.score`] = byName[fieldOf(c)];
      setErrors(mapped);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="sheet-heading">
      <h2 id="sheet-heading">{t('evaluator.sheet')}</h2>
      <p className="hint">{t('evaluator.sheetHint')}</p>
      {restored ? <Alert kind="info">{t('evaluator.draftRestored')}</Alert> : null}
      <form onSubmit={send} noValidate>
        <FormErrors errors={errors} />
        {criteria.map((c) => (
          <fieldset key={c.id} className="field">
            <legend>{t('evaluator.criterionLegend', { name: c.name, weight: c.weight })}</legend>
            <p className="hint">{c.description}</p>
            <TextField
              label={t('evaluator.scoreFor', { name: c.name })}
              hint={t('evaluator.scoreHint')}
              type="number"
              inputMode="numeric"
              min={0}
              max={10}
              step={1}
              value={sheet[c.id].score}
              onChange={(e) => update(c.id, { score: e.target.value })}
              errors={fieldErrors(`${c.id}.score`)}
            />
            <TextArea
              label={t('evaluator.justificationFor', { name: c.name })}
              value={sheet[c.id].justification}
              onChange={(e) => update(c.id, { justification: e.target.value })}
              errors={fieldErrors(`${c.id}.justification`)}
            />
          </fieldset>
        ))}
        <p className="hint" role="status">
          {t('evaluator.draftKept')}
        </p>
        <button type="submit" disabled={busy}>
          {t('evaluator.submitFinal')}
        </button>
      </form>
    </section>
  );
}
