// Pools the slices of one interleaved measurement (bench/run.sh runs the API and its reference in
// alternating slices, so a change in the machine's speed during the run — this shared host's CPU
// steal varies by tens of per cent from minute to minute — weighs on both sides alike). Reads JSON
// lines from stdin, each {"slice": <bench/load.js LOAD_RAW=1 output>, "pgCpuMs": n} or
// {"pgbench": {"tps": n, "seconds": n}}, and prints one result in bench/load.js' format plus the
// database's CPU ("pgCpuMs") and each slice's rate ("sliceRates"), which shows the spread.
const { readFileSync } = require('fs');

const lines = readFileSync(0, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));
const pgbench = lines.filter((l) => l.pgbench).map((l) => l.pgbench);
if (pgbench.length) {
  const seconds = pgbench.reduce((s, p) => s + p.seconds, 0);
  const transactions = pgbench.reduce((s, p) => s + p.tps * p.seconds, 0);
  console.log(JSON.stringify({ tps: Math.round(transactions / seconds), sliceRates: pgbench.map((p) => Math.round(p.tps)) }));
  process.exit(0);
}
const slices = lines.map((l) => l.slice);
const latencies = slices.flatMap((s) => s.latenciesMs).sort((a, b) => a - b);
const elapsed = slices.reduce((s, x) => s + x.elapsedS, 0);
const cpuMs = slices.reduce((s, x) => s + x.serverCpuMs, 0);
const pct = (p) => Number(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(2));
const firstError = slices.find((s) => s.firstError)?.firstError;
console.log(
  JSON.stringify({
    result: {
      requests: latencies.length,
      errors: slices.reduce((s, x) => s + x.errors, 0),
      ...(firstError ? { firstError } : {}),
      rps: Math.round(latencies.length / elapsed),
      p50ms: pct(50),
      p99ms: pct(99),
      serverCpuUsPerRequest: Math.round((cpuMs * 1000) / latencies.length),
      sliceRates: slices.map((s) => s.rps),
    },
    pgCpuMs: lines.reduce((s, l) => s + l.pgCpuMs, 0),
  }),
);
