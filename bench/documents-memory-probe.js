// Diagnostic only (bench/documents.sh with PROBE=1): preloaded into the API with --require, it
// tells what RSS growth is made of. Between two SIGUSR2 it tracks the peak of the ArrayBuffer
// memory (Buffers: socket reads, chunks) and of the V8 heap, and counts garbage collections; on
// each SIGUSR2 it appends one JSON line to $DOCUMENTS_PROBE_FILE and starts over. Sampling every
// 2 ms costs the API some CPU and allocations, so probed runs are not the recorded figures.
// With --expose-gc it also runs a full collection every 200 ms and records the ArrayBuffer memory
// still live after it: the bytes the transfers actually hold, garbage not counted.
'use strict';
const fs = require('fs');
const { PerformanceObserver } = require('perf_hooks');

const file = process.env.DOCUMENTS_PROBE_FILE;
const mib = (n) => Math.round((n / (1024 * 1024)) * 10) / 10;
let start = process.memoryUsage();
let peak = { ...start };
let gcs = 0;
let live = { start: process.memoryUsage().arrayBuffers, peak: 0 };
if (typeof global.gc === 'function') {
  setInterval(() => {
    // V8 frees dead ArrayBuffers on a background sweeper that a collection finishes at its start:
    // the second collection makes the first one's garbage leave the count.
    global.gc();
    global.gc();
    live.peak = Math.max(live.peak, process.memoryUsage().arrayBuffers);
  }, 200).unref();
}
setInterval(() => {
  const now = process.memoryUsage();
  for (const key of Object.keys(now)) peak[key] = Math.max(peak[key], now[key]);
}, 2).unref();
new PerformanceObserver((list) => (gcs += list.getEntries().length)).observe({ entryTypes: ['gc'] });
process.on('SIGUSR2', () => {
  const line = {
    arrayBuffersBeforeMiB: mib(start.arrayBuffers),
    arrayBuffersPeakMiB: mib(peak.arrayBuffers),
    heapTotalGrowthMiB: mib(peak.heapTotal - start.heapTotal),
    gcs, // the probe's own collections included
    ...(typeof global.gc === 'function' && { liveArrayBuffersBeforeMiB: mib(live.start), liveArrayBuffersPeakMiB: mib(live.peak) }),
  };
  fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
  start = process.memoryUsage();
  peak = { ...start };
  gcs = 0;
  if (typeof global.gc === 'function') global.gc() || global.gc(); // what is live when the phase starts
  const liveStart = process.memoryUsage().arrayBuffers;
  live = { start: liveStart, peak: liveStart };
});
