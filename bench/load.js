// Closed-loop HTTP load generator on loopback: C concurrent clients, each sending the next request
// when the previous answered, for D seconds. BODY is one JSON body, or a JSON array of bodies
// (client i sends bodies[i % n], e.g. one challenge per client for writes). Prints throughput,
// latency percentiles and the server process's CPU time per request (read from /proc, so the
// client's own CPU is not counted). Plain http with keep-alive: the client costs as little CPU as
// it can, since it shares the machine with the servers it measures. With LOAD_RAW=1 the output also
// carries every latency and the elapsed seconds, so bench/combine-slices.js can pool several runs.
const http = require('http');
const { readFileSync } = require('fs');

const [url, body, seconds = '10', concurrency = '16', serverPid, token] = process.argv.slice(2);
const cpuTicks = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime, in clock ticks (100 Hz)
};

const target = new URL(url);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(concurrency) });
const parsed = JSON.parse(body);
const bodies = (Array.isArray(parsed) ? parsed : [parsed]).map((b) => Buffer.from(JSON.stringify(b)));

function post(payload) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': payload.length,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function main() {
  const latencies = [];
  let errors = 0;
  let firstError = null;
  const until = Date.now() + Number(seconds) * 1000;
  const cpuBefore = serverPid ? cpuTicks(serverPid) : 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: Number(concurrency) }, async (_, client) => {
      const payload = bodies[client % bodies.length];
      while (Date.now() < until) {
        const t0 = process.hrtime.bigint();
        const res = await post(payload);
        if (res.status !== 200 || res.text.includes('"errors"')) {
          errors += 1;
          firstError ??= res.text.slice(0, 300);
        }
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuMs = serverPid ? (cpuTicks(serverPid) - cpuBefore) * 10 : 0;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(2);
  agent.destroy();
  console.log(
    JSON.stringify({
      requests: latencies.length,
      errors,
      ...(firstError ? { firstError } : {}),
      rps: Math.round(latencies.length / elapsed),
      p50ms: Number(pct(50)),
      p99ms: Number(pct(99)),
      serverCpuUsPerRequest: serverPid ? Math.round((cpuMs * 1000) / latencies.length) : null,
      ...(process.env.LOAD_RAW === '1' ? { elapsedS: elapsed, serverCpuMs: cpuMs, latenciesMs: latencies } : {}),
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
