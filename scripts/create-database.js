// Creates the database named in DATABASE_URL when it does not exist yet (connects to "postgres").
const { Client } = require('pg');

async function main() {
  const target = new URL(process.argv[2]);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(target.toString());
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (!rowCount) {
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    console.log(`» created database ${name}`);
  }
  await client.end();
}

main().catch((error) => {
  console.error(`✗ cannot create the database: ${error.message}`);
  process.exit(1);
});
