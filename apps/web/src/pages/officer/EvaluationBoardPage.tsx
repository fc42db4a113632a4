import { useParams } from 'react-router-dom';

import type { OfficerEvaluationBoardQuery } from '../../gql/graphql';
import { type Translate, useI18n } from '../../i18n/i18n';
import { useLiveQuery } from '../../lib/use-live-query';
import { Badge, Loading } from '../../ui/Feedback';
import { Page } from '../../ui/Page';
import { EvaluationBoardDocument } from './sprint-documents';
import { SprintLinks } from './SprintLinks';
import { StageClocks } from './StageClocks';

type Challenge = NonNullable<OfficerEvaluationBoardQuery['challenge']>;
type Progress = NonNullable<Challenge['evaluationProgress']>;

/** What stands between the sprint and its next stage, in the officer's words. */
function blockers(
  t: Translate,
  c: Challenge,
  p: Progress | null | undefined,
  nameOf: (id: string) => string,
  formatDateTime: (iso: string) => string,
) {
  if (c.status === 'PUBLISHED') return [t('officer.block.open', { date: formatDateTime(c.submissionDeadline) })];
  if (!p || c.awardedAt || c.status === 'CANCELLED' || c.status === 'NO_AWARD') return [];
  const out: string[] = [];
  if (p.submissions > p.screened) out.push(t('officer.block.unscreened', { n: p.submissions - p.screened }));
  if (p.missingEvaluators) out.push(t('officer.block.missingEvaluators', { n: p.missingEvaluators }));
  for (const e of p.evaluators) {
    if (e.pending) out.push(t('officer.block.pending', { name: nameOf(e.evaluatorId), n: e.pending }));
    if (e.accepted) out.push(t('officer.block.accepted', { name: nameOf(e.evaluatorId), n: e.accepted }));
  }
  if (p.overdueAssignments) out.push(t('officer.block.overdue', { n: p.overdueAssignments }));
  if (p.awaitingModeration) out.push(t('officer.block.moderation', { n: p.awaitingModeration }));
  if (p.rankedAt && c.status === 'EVALUATING') out.push(t('officer.block.award'));
  return out;
}

/** The running sprint at a glance; it follows the worker by itself (polling while the page is visible). */
export default function EvaluationBoardPage() {
  const { id = '' } = useParams();
  const { t, formatDateTime } = useI18n();
  const query = useLiveQuery(EvaluationBoardDocument, { id }, { intervalMs: 2000 });
  const c = query.data?.challenge;
  if (query.loading && !query.data) return <Loading label={t('common.loading')} />;
  if (!c)
    return (
      <Page title={t('notFound.title')}>
        <p>{t('challenge.notFound')}</p>
      </Page>
    );
  const p = c.evaluationProgress;
  const nameOf = (userId: string) => c.evaluators?.find((e) => e.id === userId)?.displayName ?? userId;
  const blocking = blockers(t, c, p, nameOf, formatDateTime);
  const at = {
    published: c.publishedAt,
    closed: c.closedAt,
    screened: p?.screenedAt,
    assigned: p?.assignedAt,
    scored: p?.scoredAt,
    ranked: p?.rankedAt,
    awarded: c.awardedAt,
  };
  return (
    <Page title={t('officer.board.title', { challenge: c.title })}>
      <SprintLinks challengeId={c.id} />
      <p className="hint">{t('officer.board.live')}</p>
      <p>
        {t('officer.list.status')}: <Badge tone="neutral">{t(`status.${c.status}`)}</Badge>
      </p>
      <StageClocks at={at} />
      <section className="card" aria-labelledby="blocking-heading">
        <h2 id="blocking-heading">{t('officer.board.blocking')}</h2>
        {blocking.length ? (
          <ul>
            {blocking.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        ) : (
          <p>{t('officer.block.nothing')}</p>
        )}
      </section>
      {!p ? (
        <p>{t('officer.board.sealed')}</p>
      ) : (
        <>
          <section aria-labelledby="screening-heading">
            <h2 id="screening-heading">
              {t('officer.board.screening', { eligible: p.eligible, out: p.screenedOut, total: p.submissions })}
            </h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('officer.board.vendor')}</th>
                  <th scope="col">{t('officer.board.result')}</th>
                  <th scope="col">{t('officer.board.reasons')}</th>
                </tr>
              </thead>
              <tbody>
                {c.submissions.map((s, i) => (
                  <tr key={s.id}>
                    <th scope="row">{s.vendor?.name ?? t('officer.board.bid', { n: i + 1 })}</th>
                    <td>
                      {!s.screening ? (
                        t('officer.board.notScreened')
                      ) : (
                        <Badge tone={s.screening.eligible ? 'good' : 'bad'}>
                          {s.screening.eligible
                            ? t('officer.board.eligible', { tier: s.screening.tier ?? '–' })
                            : t('officer.board.screenedOut')}
                        </Badge>
                      )}
                    </td>
                    <td>{s.screening?.reasons.join('; ') || '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-labelledby="evaluators-heading">
            <h2 id="evaluators-heading">{t('officer.board.evaluators', { scored: p.scoredAssignments, total: p.assignments })}</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('officer.board.evaluator')}</th>
                  <th scope="col">{t('officer.board.pending')}</th>
                  <th scope="col">{t('officer.board.accepted')}</th>
                  <th scope="col">{t('officer.board.scored')}</th>
                  <th scope="col">{t('officer.board.conflict')}</th>
                  <th scope="col">{t('officer.board.withdrawn')}</th>
                  <th scope="col">{t('officer.board.overdue')}</th>
                </tr>
              </thead>
              <tbody>
                {p.evaluators.map((e) => (
                  <tr key={e.evaluatorId}>
                    <th scope="row">{nameOf(e.evaluatorId)}</th>
                    <td>{e.pending}</td>
                    <td>{e.accepted}</td>
                    <td>{e.scored}</td>
                    <td>{e.conflictDeclared}</td>
                    <td>{e.withdrawn}</td>
                    <td>{e.overdue ? t('common.yes') : t('common.no')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </Page>
  );
}
