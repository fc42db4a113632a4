// The evaluation pipeline at scale, measured as it is: a new challenge gets N sealed bids from N
// attested vendors (cloned from demo vendor1 with set-based SQL), its close job is queued through
// the outbox, and the running worker closes, screens and assigns (3 evaluators per bid). Then every
// assignment is scored in bulk through SQL (what N × 3 evaluators would submit through the API:
// scores 5..7 per criterion, assignment SCORED) and an 'evaluation.sweep' job is queued through the
// outbox: the worker aggregates every bid and ranks the challenge. Prints the seconds to each step
// (close → assign from the close job; aggregate → rank from the sweep job), or how far it got when
// the budget (per phase) ran out, and the worker's peak RSS through both phases.
// Usage: node bench/pipeline.js DATABASE_URL N BUDGET_SECONDS WORKER_PID
const { readFileSync } = require('fs');
const { Client } = require('pg');

const [url, sizeArg, budgetArg, workerPid] = process.argv.slice(2);
const size = Number(sizeArg);
const budgetMs = Number(budgetArg) * 1000;
const statusMb = (field) =>
  Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${workerPid}/status`, 'utf8'))[1]) / 1024);
const rssMb = () => statusMb('VmRSS');
// VmHWM: the kernel's own high-water mark since the worker started (the 250 ms samples can miss a spike)
const hwmMb = () => statusMb('VmHWM');
// The worker's user + system CPU seconds so far (/proc/PID/stat fields 14 and 15, in clock ticks of 1/100 s)
const cpuS = () => {
  const fields = readFileSync(`/proc/${workerPid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

/** INSERT … SELECT copying one template row N times (g = 1..N), with some columns replaced. */
async function cloneRows(db, table, where, overrides, params, times = size) {
  const { rows } = await db.query(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  const columns = rows.map((r) => r.column_name);
  const select = columns.map((c) => (c in overrides ? `${overrides[c]}` : `t.${c}`)).join(', ');
  await db.query(
    `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${select} FROM ${table} t, generate_series(1, ${times}) g WHERE ${where}`,
    params,
  );
}

async function main() {
  const db = new Client({ connectionString: url });
  await db.connect();
  const tag = `p${size}_${Date.now()}`;
  const id = (kind) => `md5('${tag}-${kind}-' || g)::uuid`;
  const [vendor] = (
    await db.query(`SELECT u.id AS user_id, u.organisation_id FROM app_user u WHERE u.email = 'vendor1@demo.sprintgate.eu'`)
  ).rows;
  const [attestation] = (
    await db.query(`SELECT id, hash FROM attestation WHERE vendor_organisation_id = $1 AND status = 'ACTIVE'`, [vendor.organisation_id])
  ).rows;
  const [template] = (await db.query(`SELECT c.id FROM challenge c WHERE c.title LIKE 'Bench challenge %' ORDER BY c.title LIMIT 1`)).rows;
  const [withEvaluators] = (await db.query(`SELECT challenge_id FROM challenge_evaluator LIMIT 1`)).rows;

  await db.query('BEGIN');
  await cloneRows(
    db,
    'challenge',
    't.id = $1',
    {
      id: id('challenge'),
      ocid: `t.ocid || '-${tag}'`,
      title: `'Pipeline ${tag}'`,
      published_at: `now() - interval '3 days'`,
      questions_deadline: `now() - interval '2 days'`,
      submission_deadline: `now()`,
      created_at: `now() - interval '4 days'`,
    },
    [template.id],
    1,
  );
  const challengeId = (await db.query(`SELECT id FROM challenge WHERE title = $1`, [`Pipeline ${tag}`])).rows[0].id;
  // The criteria evaluators score and aggregation weighs (the clone above copies the challenge row only).
  await db.query(
    `INSERT INTO evaluation_criterion (challenge_id, position, name, description, weight)
     SELECT $1, position, name, description, weight FROM evaluation_criterion WHERE challenge_id = $2`,
    [challengeId, template.id],
  );
  await db.query(
    `INSERT INTO challenge_evaluator (challenge_id, user_id, invited_by_user_id, invited_at)
     SELECT $1, user_id, invited_by_user_id, invited_at FROM challenge_evaluator WHERE challenge_id = $2`,
    [challengeId, withEvaluators.challenge_id],
  );
  await cloneRows(db, 'organisation', 't.id = $1', { id: id('org'), name: `t.name || ' ${tag} ' || g` }, [vendor.organisation_id]);
  await cloneRows(db, 'app_user', 't.id = $1', { id: id('user'), organisation_id: id('org'), email: `'${tag}-' || g || '@bench.test'` }, [
    vendor.user_id,
  ]);
  await cloneRows(db, 'attestation', 't.id = $1', { id: id('att'), vendor_organisation_id: id('org'), signed_by_user_id: id('user') }, [
    attestation.id,
  ]);
  const [bid] = (await db.query(`SELECT id FROM submission WHERE vendor_organisation_id = $1 LIMIT 1`, [vendor.organisation_id])).rows;
  await cloneRows(
    db,
    'submission',
    't.id = $1',
    {
      id: id('sub'),
      challenge_id: `'${challengeId}'::uuid`,
      vendor_organisation_id: id('org'),
      submitted_by_user_id: id('user'),
      attestation_id: id('att'),
      status: `'SUBMITTED'`,
      revision: '1',
      withdrawn_at: 'NULL',
    },
    [bid.id],
  );
  await cloneRows(
    db,
    'submission_revision',
    't.submission_id = $1 AND t.revision = 1',
    { submission_id: id('sub'), attestation_id: id('att'), submitted_by_user_id: id('user') },
    [bid.id],
  );
  await db.query(`INSERT INTO outbox_event (job_name, payload) VALUES ('challenge.close', $1)`, [{ challengeId }]);
  await db.query('COMMIT');

  const hwmBefore = hwmMb();
  const cpuBefore = cpuS();
  const started = Date.now();
  const marks = {};
  let peakRss = rssMb();
  let last = {};
  while (Date.now() - started < budgetMs) {
    await new Promise((r) => setTimeout(r, 250));
    peakRss = Math.max(peakRss, rssMb());
    const [s] = (
      await db.query(
        `SELECT c.status,
                (SELECT count(*)::int FROM submission_screening WHERE challenge_id = c.id) AS screened,
                (SELECT count(*)::int FROM submission_screening WHERE challenge_id = c.id AND eligible) AS eligible,
                (SELECT count(*)::int FROM evaluation_assignment WHERE challenge_id = c.id) AS assigned,
                c.evaluators_per_submission AS per
           FROM challenge c WHERE c.id = $1`,
        [challengeId],
      )
    ).rows;
    last = s;
    const seconds = (Date.now() - started) / 1000;
    if (!marks.closed && s.status !== 'PUBLISHED') marks.closed = seconds;
    if (!marks.screened && ['EVALUATING', 'NO_AWARD'].includes(s.status)) marks.screened = seconds;
    if (s.status === 'NO_AWARD') break;
    if (marks.screened && s.eligible > 0 && s.assigned >= s.eligible * Math.min(s.per, 4)) {
      marks.assigned = seconds;
      break;
    }
  }
  let scoring = null;
  let later = {};
  if (marks.assigned) {
    const t0 = Date.now();
    await db.query('BEGIN');
    await db.query(
      `INSERT INTO evaluation_score (assignment_id, criterion_id, submission_id, score, justification)
       SELECT a.id, c.id, a.submission_id, 5 + abs(hashtext(a.id::text || c.id::text)) % 3, 'bench: bulk scored'
         FROM evaluation_assignment a JOIN evaluation_criterion c ON c.challenge_id = a.challenge_id
        WHERE a.challenge_id = $1`,
      [challengeId],
    );
    await db.query(`UPDATE evaluation_assignment SET status = 'SCORED', accepted_at = now(), scored_at = now() WHERE challenge_id = $1`, [
      challengeId,
    ]);
    await db.query(`INSERT INTO outbox_event (job_name, payload) VALUES ('evaluation.sweep', '{}')`);
    await db.query('COMMIT');
    scoring = (Date.now() - t0) / 1000;
    const swept = Date.now();
    while (Date.now() - swept < budgetMs) {
      await new Promise((r) => setTimeout(r, 250));
      peakRss = Math.max(peakRss, rssMb());
      const [s] = (
        await db.query(
          `SELECT (SELECT count(*)::int FROM submission WHERE challenge_id = $1 AND status = 'EVALUATED') AS evaluated,
                  EXISTS (SELECT 1 FROM challenge_ranking WHERE challenge_id = $1) AS ranked`,
          [challengeId],
        )
      ).rows;
      later = s;
      const seconds = (Date.now() - swept) / 1000;
      if (!marks.aggregated && s.evaluated >= last.eligible) marks.aggregated = seconds;
      if (s.ranked) {
        marks.ranked = seconds;
        break;
      }
    }
  }
  await db.end();
  const finished = Boolean(marks.assigned && marks.ranked);
  console.log(
    JSON.stringify({
      size,
      finished,
      budgetS: budgetMs / 1000,
      closedS: marks.closed ?? null,
      screenedS: marks.screened ?? null,
      assignedS: marks.assigned ?? null,
      bulkScoringS: scoring,
      aggregatedS: marks.aggregated ?? null,
      rankedS: marks.ranked ?? null,
      status: last.status,
      screened: last.screened,
      eligible: last.eligible,
      assignments: last.assigned,
      evaluated: later.evaluated ?? 0,
      workerPeakRssMb: peakRss,
      workerHwmBeforeMb: hwmBefore,
      workerHwmAfterMb: hwmMb(),
      workerCpuS: Math.round((cpuS() - cpuBefore) * 100) / 100,
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
