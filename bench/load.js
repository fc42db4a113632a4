// Closed-loop HTTP load generator on loopback: C concurrent clients, each sending the next request
// when the previous answered, for D seconds. Prints throughput, latency percentiles and the server
// process's CPU time per request (read from /proc, so the client's own CPU is not counted).
const { readFileSync } = require('fs');

const [url, body, seconds = '10', concurrency = '16', serverPid, token] = process.argv.slice(2);
const cpuTicks = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime, in clock ticks (100 Hz)
};

async function main() {
  const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const latencies = [];
  let errors = 0;
  const until = Date.now() + Number(seconds) * 1000;
  const cpuBefore = serverPid ? cpuTicks(serverPid) : 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: Number(concurrency) }, async () => {
      while (Date.now() < until) {
        const t0 = process.hrtime.bigint();
        const res = await fetch(url, { method: 'POST', headers, body });
        const json = await res.json();
        if (res.status !== 200 || json.errors) errors += 1;
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuMs = serverPid ? (cpuTicks(serverPid) - cpuBefore) * 10 : 0;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(2);
  console.log(
    JSON.stringify({
      requests: latencies.length,
      errors,
      rps: Math.round(latencies.length / elapsed),
      p50ms: Number(pct(50)),
      p99ms: Number(pct(99)),
      serverCpuUsPerRequest: serverPid ? Math.round((cpuMs * 1000) / latencies.length) : null,
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
