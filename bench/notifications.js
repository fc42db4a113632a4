// Fan-out of one CHALLENGE_PUBLISHED event to N matching vendors, measured as it runs: N attested
// vendors (cloned from demo vendor1 with set-based SQL, as bench/pipeline.js does) each save a search
// for a fresh tag; an officer publishes a challenge with that tag through the API; the worker's
// notification relay records one in-app notification per vendor. Meanwhile `me` is measured on the
// API (closed loop, C clients), and before the publish for comparison: delivery is the worker's job,
// so the API's latency should not move. Prints one JSON line.
// Usage: node bench/notifications.js DATABASE_URL API_URL N SECONDS CONCURRENCY BUDGET_SECONDS
const http = require('http');
const { Client } = require('pg');

const [url, apiUrl, sizeArg, secondsArg = '10', concArg = '4', budgetArg = '120'] = process.argv.slice(2);
const size = Number(sizeArg);
const api = new URL('/graphql', apiUrl);
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function gql(query, variables = {}, token) {
  const body = Buffer.from(JSON.stringify({ query, variables }));
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: api.hostname,
        port: api.port,
        path: api.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': body.length,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const json = JSON.parse(Buffer.concat(chunks).toString());
          if (json.errors?.length) reject(new Error(JSON.stringify(json.errors)));
          else resolve(json.data);
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const login = async (email, password) =>
  (await gql(`mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: email, p: password })).login
    .accessToken;

/** `me` from C closed-loop clients until stop() resolves; returns the latencies in ms. */
function measureMe(token, concurrency) {
  const latencies = [];
  let running = true;
  const client = async () => {
    while (running) {
      const started = process.hrtime.bigint();
      await gql(`{ me { id email roles organisation { name kind smeClass } } }`, {}, token);
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  };
  const clients = Array.from({ length: concurrency }, client);
  return {
    async stop() {
      running = false;
      await Promise.all(clients);
      return latencies;
    },
  };
}

function summary(latencies, seconds) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] * 10) / 10;
  return { requests: sorted.length, reqPerS: Math.round(sorted.length / seconds), p50Ms: at(0.5), p99Ms: at(0.99) };
}

async function cloneRows(db, table, where, overrides, params, times) {
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
  const tag = `fanout${size}x${Date.now()}`;
  const id = (kind) => `md5('${tag}-${kind}-' || g)::uuid`;
  const [vendor] = (
    await db.query(`SELECT u.id AS user_id, u.organisation_id FROM app_user u WHERE u.email = 'vendor1@demo.sprintgate.eu'`)
  ).rows;
  const [attestation] = (
    await db.query(`SELECT id FROM attestation WHERE vendor_organisation_id = $1 AND status = 'ACTIVE'`, [vendor.organisation_id])
  ).rows;

  const seeding = Date.now();
  await db.query('BEGIN');
  await cloneRows(db, 'organisation', 't.id = $1', { id: id('org'), name: `t.name || ' ${tag} ' || g` }, [vendor.organisation_id], size);
  await cloneRows(
    db,
    'app_user',
    't.id = $1',
    { id: id('user'), organisation_id: id('org'), email: `'${tag}-' || g || '@bench.test'` },
    [vendor.user_id],
    size,
  );
  await cloneRows(
    db,
    'attestation',
    't.id = $1',
    { id: id('att'), vendor_organisation_id: id('org'), signed_by_user_id: id('user') },
    [attestation.id],
    size,
  );
  await db.query(
    `INSERT INTO saved_search (user_id, organisation_id, name, filter, created_at)
     SELECT ${id('user')}, ${id('org')}, 'Counter-drone', jsonb_build_object('tag', $1::text), now() FROM generate_series(1, ${size}) g`,
    [tag],
  );
  await db.query('COMMIT');
  const seededS = (Date.now() - seeding) / 1000;

  const meToken = await login('vendor1@demo.sprintgate.eu', 'demo-password-vendor1');
  const officer = await login('officer@demo.sprintgate.eu', 'demo-password-officer');
  const seconds = Number(secondsArg);
  const concurrency = Number(concArg);

  // Warm-up, then `me` with nothing else going on.
  await (async () => {
    const warm = measureMe(meToken, concurrency);
    await new Promise((r) => setTimeout(r, 3000));
    await warm.stop();
  })();
  const idle = measureMe(meToken, concurrency);
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const before = summary(await idle.stop(), seconds);

  const now = Date.now();
  const { createChallenge } = await gql(
    `mutation C($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }`,
    {
      input: {
        title: `Fan-out ${tag}`,
        problemStatement: 'Detect and classify small unmanned aerial systems approaching forward operating bases at night.',
        tags: [tag],
        classification: 'NATO_UNCLASSIFIED',
        requiredTier: 'T1',
        trustedJurisdiction: 'NATO',
        smeOnly: false,
        budget: { amountMinor: 50_000_000, currency: 'EUR' },
        maxContractValue: { amountMinor: 20_000_000, currency: 'EUR' },
        maxAwards: 2,
        submissionDeadline: new Date(now + 7 * 86_400_000).toISOString(),
        criteria: [
          { name: 'Technical merit', description: 'Detection range and accuracy', weight: 60 },
          { name: 'Team', description: 'Delivery capability', weight: 40 },
        ],
      },
    },
    officer,
  );
  // `me` measured from the publish until every notification is recorded (at least `seconds`).
  const busy = measureMe(meToken, concurrency);
  const published = Date.now();
  await gql(`mutation P($id: ID!) { publishChallenge(id: $id) { id } }`, { id: createChallenge.id }, officer);
  let first = null;
  let done = null;
  let count = 0;
  while (Date.now() - published < Number(budgetArg) * 1000) {
    await new Promise((r) => setTimeout(r, 100));
    count = (
      await db.query(`SELECT count(*)::int AS n FROM notification WHERE challenge_id = $1 AND kind = 'CHALLENGE_PUBLISHED'`, [
        createChallenge.id,
      ])
    ).rows[0].n;
    if (count && !first) first = Date.now();
    if (count >= size) {
      done = Date.now();
      break;
    }
  }
  // By the database clock: when the worker's recording transaction started (its rows carry now()).
  const [timing] = (
    await db.query(
      `SELECT extract(epoch FROM min(n.created_at) - c.published_at)::float AS start_s
         FROM notification n JOIN challenge c ON c.id = n.challenge_id WHERE c.id = $1 GROUP BY c.published_at`,
      [createChallenge.id],
    )
  ).rows;
  const busySeconds = Math.max(seconds, ((done ?? Date.now()) - published) / 1000);
  const remaining = published + busySeconds * 1000 - Date.now();
  if (remaining > 0) await new Promise((r) => setTimeout(r, remaining));
  const during = summary(await busy.stop(), (Date.now() - published) / 1000);
  await db.end();
  agent.destroy();

  const recordedS = done ? (done - published) / 1000 : null;
  console.log(
    JSON.stringify({
      vendors: size,
      seededS,
      notifications: count,
      finished: Boolean(done),
      recordingStartedS: timing ? Math.round(timing.start_s * 1000) / 1000 : null,
      firstNotificationS: first ? (first - published) / 1000 : null,
      allRecordedS: recordedS,
      notificationsPerS: recordedS ? Math.round(count / recordedS) : null,
      meBefore: before,
      meDuring: during,
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
