// Prints a JSON array of N submitProposal bodies, one per bench challenge, so each writer revises
// its own bid (vendor1 is eligible for the copied challenge): every request is a new revision.
const { Client } = require('pg');

async function main() {
  const [url, count] = process.argv.slice(2);
  const db = new Client({ connectionString: url });
  await db.connect();
  const { rows } = await db.query(
    `SELECT id, currency, LEAST(budget_minor, max_contract_value_minor) / 10 AS price FROM challenge
      WHERE title LIKE 'Bench challenge %' ORDER BY title LIMIT $1`,
    [Number(count)],
  );
  await db.end();
  const query = `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`;
  const bodies = rows.map((c) => ({
    query,
    variables: {
      input: {
        challengeId: c.id,
        summary: 'Bench bid',
        technicalApproach: 'Revised on every request by the write benchmark.',
        price: { amountMinor: Number(c.price), currency: c.currency },
        durationDays: 30,
      },
    },
  }));
  console.log(JSON.stringify(bodies));
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
