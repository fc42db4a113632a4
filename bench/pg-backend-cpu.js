// Prints the CPU time (ms, user + system from /proc) spent so far by the PostgreSQL backends
// connected to one database: read before and after a measurement, it gives the database's share
// of a request (the API's share comes from bench/load.js). Same host only.
const { readFileSync } = require('fs');
const { Client } = require('pg');

async function main() {
  const [url] = process.argv.slice(2);
  const db = new Client({ connectionString: url });
  await db.connect();
  const { rows } = await db.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
  await db.end();
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // a backend that ended meanwhile
    }
  }
  console.log(ticks * 10); // clock ticks are 10 ms
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
