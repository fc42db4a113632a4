// Preload for a server under load (`node -r ./bench/promoted-garbage-preload.js …`): from
// HEAP_FROM s to HEAP_TO s after start (default 15 → 25) it samples allocations with V8's sampling
// heap profiler and keeps the samples whose objects survived the minor collections, i.e. what was
// promoted to the old generation (and then died there, or is still live), never what died young.
// Writes the profile to HEAP_OUT (default ./promoted.heapprofile); sum it with
// `node bench/heap-profile-summary.js <file>`. HEAP_MINOR=1 keeps every allocation instead (the
// allocation rate by site); HEAP_INTERVAL is the sampling interval in bytes (default 8192).
// This is how the 2026-12-02 retention was found (bench/RESULTS.md).
const inspector = require('inspector');
const { writeFileSync } = require('fs');

const session = new inspector.Session();
session.connect();
const from = Number(process.env.HEAP_FROM || 15) * 1000;
const to = Number(process.env.HEAP_TO || 25) * 1000;
setTimeout(() => {
  session.post('HeapProfiler.enable', () =>
    session.post('HeapProfiler.startSampling', {
      samplingInterval: Number(process.env.HEAP_INTERVAL || 8192),
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: process.env.HEAP_MINOR === '1',
    }),
  );
}, from).unref();
setTimeout(() => {
  session.post('HeapProfiler.stopSampling', (error, result) => {
    if (error) return console.error('promoted-garbage-preload:', error.message);
    const out = process.env.HEAP_OUT || 'promoted.heapprofile';
    writeFileSync(out, JSON.stringify(result.profile));
    console.error(`promoted-garbage-preload: wrote ${out}`);
  });
}, to).unref();
