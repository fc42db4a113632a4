// Prints the one table of `npm run bench` from its results file (one JSON object per line).
const { readFileSync } = require('fs');
const os = require('os');

const results = Object.fromEntries(
  readFileSync(process.argv[2], 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line))
    // pgCpuMs: the database's CPU during a measurement (bench/pg-backend-cpu.js), per request here
    .map((r) => [
      r.name,
      r.pgCpuMs === undefined ? r.result : { ...r.result, pgCpuUsPerRequest: Math.round((1000 * r.pgCpuMs) / r.result.requests) },
    ]),
);
const pct = (a, b) => (a && b ? Math.round((100 * a) / b) : 0);
const fmt = (n) => (n === null || n === undefined ? '—' : Number(n).toLocaleString('en-GB'));
const verdict = (ok) => (ok ? 'met' : 'NOT met');

const rows = [];
const pair = (label, api, peer, goal) => {
  const a = results[api];
  const p = results[peer];
  const ratio = pct(a?.rps, p?.rps);
  rows.push([
    label,
    `${fmt(a?.rps)} req/s`,
    `${fmt(p?.rps)} req/s`,
    `${ratio} %`,
    `${fmt(a?.serverCpuUsPerRequest)} / ${fmt(p?.serverCpuUsPerRequest)} µs (PostgreSQL ${fmt(a?.pgCpuUsPerRequest)} / ${fmt(p?.pgCpuUsPerRequest)} µs)`,
    `≥ ${goal} %: ${verdict(ratio >= goal)}`,
  ]);
};
pair('`me` (16 conn.)', 'me.api', 'me.peer', 60);
pair('`challenges(first: 20)` (16 conn.)', 'list.api', 'list.peer', 85);
const writes = results['submitProposal.api'];
const tps = results.pgbench?.tps;
const writeRatio = pct(writes?.rps, tps);
rows.push([
  '`submitProposal` vs pgbench TPC-B (8 conn.)',
  `${fmt(writes?.rps)} writes/s`,
  `${fmt(tps)} tps`,
  `${writeRatio} %`,
  `${fmt(writes?.serverCpuUsPerRequest)} µs / — (PostgreSQL ${fmt(writes?.pgCpuUsPerRequest)} µs)`,
  `≥ 30 %: ${verdict(writeRatio >= 30)}`,
]);
const apiRss = Math.max(results['rss.api']?.mb ?? 0, results['rss.api.end']?.mb ?? 0);
rows.push(['API RSS after the benchmark', `${apiRss} MB`, '', '', '', `≤ 200 MB: ${verdict(apiRss && apiRss <= 200)}`]);
const pipelines = Object.entries(results).filter(([name]) => name.startsWith('pipeline.'));
const workerPeak = Math.max(results['rss.worker']?.mb ?? 0, ...pipelines.map(([, r]) => r.workerPeakRssMb ?? 0));
rows.push([
  'worker RSS (peak through the pipeline)',
  `${workerPeak} MB`,
  '',
  '',
  '',
  `≤ 200 MB: ${verdict(workerPeak && workerPeak <= 200)}`,
]);
for (const [, r] of pipelines) {
  const assigned = Boolean(r.assignedS);
  const figure = assigned
    ? `closed ${r.closedS} s, screened ${r.screenedS} s, assigned ${r.assignedS} s`
    : `did not finish in ${r.budgetS} s (${r.status}: ${fmt(r.screened)} screened, ${fmt(r.assignments)} assignments)`;
  rows.push([
    `pipeline ${fmt(r.size)} bids: close → screen → assign`,
    figure,
    '',
    '',
    '',
    r.size === 10000 ? `< 60 s: ${verdict(assigned && r.assignedS < 60)}` : '',
  ]);
  if (!assigned) continue;
  const ranked = Boolean(r.rankedS);
  rows.push([
    `pipeline ${fmt(r.size)} bids: aggregate → rank (after bulk scoring)`,
    ranked
      ? `aggregated ${r.aggregatedS} s, ranked ${r.rankedS} s`
      : `did not finish in ${r.budgetS} s (${fmt(r.evaluated)} of ${fmt(r.eligible)} evaluated)`,
    '',
    '',
    '',
    r.size === 10000 ? `< 60 s: ${verdict(ranked && r.rankedS < 60)}` : '',
  ]);
}
const fanout = results.fanout;
if (fanout) {
  // The API's `me` before and during the worker's fan-out (bench/notifications.js).
  const me = (m) => `${fmt(m?.p50Ms)} / ${fmt(m?.p99Ms)} ms`;
  rows.push([
    `notifications fan-out to ${fmt(fanout.vendors)} vendors`,
    fanout.finished
      ? `${fmt(fanout.notifications)} recorded ${fanout.allRecordedS} s after publish (${fmt(fanout.notificationsPerS)}/s)`
      : `${fmt(fanout.notifications)} recorded, not all within the budget`,
    '',
    '',
    '',
    '',
  ]);
  rows.push(['`me` p50 / p99 before → during the fan-out', `${me(fanout.meBefore)} → ${me(fanout.meDuring)}`, '', '', '', '']);
}

const header = ['measure', 'this API', 'reference', 'ratio', "server CPU per request (API / peer), and the database's", 'goal'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(
  `\nnpm run bench — ${new Date().toISOString()} — ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), Node ${process.version}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}\n`,
);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line(row));
const errors = Object.entries(results).filter(([, r]) => r.errors);
for (const [name, r] of errors) console.log(`\n! ${name}: ${r.errors} error answers, first: ${r.firstError}`);
// The interleaved slices behind each ratio (bench/run.sh): their spread is the run's noise.
const spread = ['me.api', 'me.peer', 'list.api', 'list.peer', 'submitProposal.api', 'pgbench']
  .filter((name) => results[name]?.sliceRates)
  .map((name) => `${name} ${results[name].sliceRates.join(' ')}`);
if (spread.length) console.log(`\nper slice (req/s, tps), in the order run: ${spread.join('; ')}`);
