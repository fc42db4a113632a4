// Adds N published challenges (copies of the demo one, new ids) so the list benchmark has 20-row pages.
const { Client } = require('pg');

async function main() {
  const [url, count] = process.argv.slice(2);
  const db = new Client({ connectionString: url });
  await db.connect();
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM challenge WHERE title LIKE 'Bench challenge %'`);
  const [template] = (await db.query(`SELECT id FROM challenge WHERE status = 'PUBLISHED' ORDER BY created_at LIMIT 1`)).rows;
  for (let i = rows[0].n; i < Number(count); i++) {
    const {
      rows: [copy],
    } = await db.query(
      `INSERT INTO challenge (ocid, buyer_organisation_id, created_by_user_id, status, title, problem_statement, tags, classification, required_tier,
         trusted_jurisdiction, sme_only, budget_minor, max_contract_value_minor, currency, max_awards, evaluators_per_submission, blind_evaluation,
         standstill_days, questions_deadline, submission_deadline, created_at, updated_at, published_at)
       SELECT ocid || '-b' || $2, buyer_organisation_id, created_by_user_id, status, 'Bench challenge ' || $2, problem_statement, tags, classification,
         required_tier, trusted_jurisdiction, sme_only, budget_minor, max_contract_value_minor, currency, max_awards, evaluators_per_submission,
         blind_evaluation, standstill_days, questions_deadline, now() + interval '30 days', now(), now(), now()
       FROM challenge WHERE id = $1 RETURNING id`,
      [template.id, i],
    );
    await db.query(
      `INSERT INTO evaluation_criterion (challenge_id, position, name, description, weight)
       SELECT $2, position, name, description, weight FROM evaluation_criterion WHERE challenge_id = $1`,
      [template.id, copy.id],
    );
  }
  await db.end();
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
