// Drops and re-creates the database named in the URL (only the bench's own databases).
const { Client } = require('pg');

async function main() {
  const target = new URL(process.argv[2]);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^sprintgate_(bench|pgbench|bench_pipeline(_[a-z0-9_]+)?|bench_notify)$/.test(name))
    throw new Error(`refusing to reset ${name}: not a bench database`);
  const admin = new URL(target.toString());
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
}

main().catch((error) => {
  console.error(`✗ cannot reset the database: ${error.message}`);
  process.exit(1);
});
