// Upload and download throughput of one document size against a running API, with the API's RSS
// sampled from /proc while the bytes stream. Usage (see bench/documents.sh):
//   node bench/documents-client.js <baseUrl> <token> <apiPid> <bytes> <concurrency> [rounds]
// Runs a first round at the concurrency (its growth printed apart, as "first…"), then `rounds`
// measured rounds (default 3), and prints one JSON line: the worst RSS growth of the measured
// rounds, each round's growth, and the median throughput. The file is generated on the fly (a PDF
// head, then filler), so the client never holds it in memory either.
'use strict';
const http = require('http');
const crypto = require('crypto');
const fs = require('fs');

const [baseUrl, token, apiPid, bytesArg, concurrencyArg, roundsArg] = process.argv.slice(2);
const size = Number(bytesArg);
const concurrency = Number(concurrencyArg || 1);
const rounds = Number(roundsArg || 3);
const PIECE = 64 * 1024;

/** With PROBE=1 (bench/documents-memory-probe.js in the API): what the API's memory did in a phase. */
const probeFile = process.env.DOCUMENTS_PROBE_FILE;
let probes = 0;
async function probe() {
  if (!probeFile) return undefined;
  process.kill(Number(apiPid), 'SIGUSR2');
  probes++;
  // The API answers when its event loop gets to the signal: wait for this signal's line.
  for (;;) {
    const lines = fs.existsSync(probeFile) ? fs.readFileSync(probeFile, 'utf8').trim().split('\n') : [];
    if (lines.length >= probes) return JSON.parse(lines[probes - 1]);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The API's CPU time so far (user + system), in ms; /proc counts in clock ticks of 10 ms. */
const cpuMsOf = (pid) => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

const rssOf = (pid) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024;

function sampler(pid) {
  let peak = rssOf(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 5);
  return () => {
    clearInterval(timer);
    return Math.max(peak, rssOf(pid));
  };
}

function upload() {
  const boundary = `----sgbench${crypto.randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const pdfHead = Buffer.from('%PDF-1.7\n% benchmark file\n');
  return new Promise((resolve, reject) => {
    const req = http.request(`${baseUrl}/documents`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': head.length + size + tail.length,
      },
    });
    req.on('response', (res) => {
      const parts = [];
      res.on('data', (c) => parts.push(c));
      res.on('end', () =>
        res.statusCode === 201 ? resolve(JSON.parse(Buffer.concat(parts))) : reject(new Error(`${res.statusCode} ${Buffer.concat(parts)}`)),
      );
    });
    req.on('error', reject);
    req.write(head);
    let sent = 0;
    const filler = Buffer.alloc(PIECE, 0x20);
    const pump = () => {
      while (sent < size) {
        let piece =
          sent === 0
            ? Buffer.concat([pdfHead, filler]).subarray(0, Math.min(PIECE, size))
            : filler.subarray(0, Math.min(PIECE, size - sent));
        sent += piece.length;
        if (!req.write(piece)) return void req.once('drain', pump);
      }
      req.end(tail);
    };
    pump();
  });
}

function download(id) {
  return new Promise((resolve, reject) => {
    http
      .get(`${baseUrl}/documents/${id}`, { headers: { authorization: `Bearer ${token}` } }, (res) => {
        const hash = crypto.createHash('sha256');
        let received = 0;
        res.on('data', (c) => {
          received += c.length;
          hash.update(c);
        });
        res.on('end', () =>
          res.statusCode === 200 ? resolve({ received, sha256: hash.digest('hex') }) : reject(new Error(`GET ${res.statusCode}`)),
        );
      })
      .on('error', reject);
  });
}

const settle = () => new Promise((r) => setTimeout(r, 1000));
const mib = (n) => Math.round((n / (1024 * 1024)) * 10) / 10;
const mb = (size * concurrency) / (1024 * 1024);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * One round: `concurrency` uploads at once, then the same documents downloaded at once. Each
 * phase's RSS growth is its peak VmRSS minus VmRSS just before it (after a second of quiet).
 */
async function round() {
  await settle();
  await probe(); // starts the probe's count afresh
  let before = rssOf(apiPid);
  let cpu = cpuMsOf(apiPid);
  let stop = sampler(apiPid);
  let started = process.hrtime.bigint();
  const docs = await Promise.all(Array.from({ length: concurrency }, () => upload()));
  const uploadSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const uploadGrowth = stop() - before;
  const uploadCpuMs = cpuMsOf(apiPid) - cpu;
  const uploadProbe = await probe();

  await settle();
  await probe();
  before = rssOf(apiPid);
  cpu = cpuMsOf(apiPid);
  stop = sampler(apiPid);
  started = process.hrtime.bigint();
  const got = await Promise.all(docs.map((d) => download(d.id)));
  const downloadSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const downloadGrowth = stop() - before;
  const downloadCpuMs = cpuMsOf(apiPid) - cpu;
  const downloadProbe = await probe();
  for (const [i, g] of got.entries()) {
    if (g.received !== size || g.sha256 !== docs[i].sha256) throw new Error('downloaded bytes differ from the upload');
  }
  return {
    uploadMBps: mb / uploadSeconds,
    downloadMBps: mb / downloadSeconds,
    uploadGrowth,
    downloadGrowth,
    uploadCpuMs,
    downloadCpuMs,
    uploadProbe,
    downloadProbe,
  };
}

async function main() {
  if (probeFile) fs.rmSync(probeFile, { force: true }); // lines count from this run's first signal
  // The first round at this concurrency is reported on its own: pools, sockets and allocator arenas
  // that a new concurrency level creates once appear there, not while streaming in steady state.
  const first = await round();
  const measured = [];
  for (let i = 0; i < rounds; i++) measured.push(await round());
  console.log(
    JSON.stringify({
      sizeMiB: mib(size),
      concurrency,
      rounds,
      rssBaselineMiB: mib(rssOf(apiPid)),
      firstUploadRssGrowthMiB: mib(first.uploadGrowth),
      firstDownloadRssGrowthMiB: mib(first.downloadGrowth),
      // The worst measured round decides: one lucky sample cannot pass the bound.
      uploadRssGrowthMiB: mib(Math.max(...measured.map((r) => r.uploadGrowth))),
      downloadRssGrowthMiB: mib(Math.max(...measured.map((r) => r.downloadGrowth))),
      uploadRssGrowthPerRoundMiB: measured.map((r) => mib(r.uploadGrowth)),
      downloadRssGrowthPerRoundMiB: measured.map((r) => mib(r.downloadGrowth)),
      uploadMBps: Math.round(median(measured.map((r) => r.uploadMBps)) * 10) / 10,
      downloadMBps: Math.round(median(measured.map((r) => r.downloadMBps)) * 10) / 10,
      // The API's CPU per MiB moved (median of the measured rounds): comparable on a busy machine.
      uploadCpuMsPerMiB: Math.round((median(measured.map((r) => r.uploadCpuMs)) / mb) * 10) / 10,
      downloadCpuMsPerMiB: Math.round((median(measured.map((r) => r.downloadCpuMs)) / mb) * 10) / 10,
      ...(probeFile && {
        uploadProbe: [first, ...measured].map((r) => r.uploadProbe),
        downloadProbe: [first, ...measured].map((r) => r.downloadProbe),
      }),
    }),
  );
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
