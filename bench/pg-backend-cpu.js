// Prints the CPU time (ms, user + system from /proc) spent so far by each PostgreSQL backend
// connected to one database, as JSON {pid: ms}; given the output of an earlier call, prints the
// CPU those backends spent since (backends that started meanwhile count from zero). Read around a
// measurement, it gives the database's share of a request (the API's comes from bench/load.js).
// Same host only.
//   node bench/pg-backend-cpu.js <url> [earlier JSON]
const { readFileSync } = require('fs');
const { Client } = require('pg');

async function main() {
  const [url, earlier] = process.argv.slice(2);
  const db = new Client({ connectionString: url });
  await db.connect();
  const { rows } = await db.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
  await db.end();
  const now = {};
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      now[pid] = (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks are 10 ms
    } catch {
      // a backend that ended meanwhile
    }
  }
  if (!earlier) return console.log(JSON.stringify(now));
  const before = JSON.parse(earlier);
  console.log(Object.entries(now).reduce((sum, [pid, ms]) => sum + ms - (before[pid] ?? 0), 0));
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
