// Sums a V8 CPU profile (`node --cpu-prof`, a .cpuprofile file) by self time: per function, per
// file (packages folded into their name) and inclusive time for functions named on the command
// line. Samples before SKIP seconds from the start are ignored, so start-up and warm-up do not count;
// a negative SKIP keeps only the last -SKIP seconds (the measurement before the process stopped).
//   node bench/cpu-profile-summary.js <file.cpuprofile> [skipSeconds] [top] [inclusive function names…]
// ('*' as the only name: inclusive time of every function, by the same label as self time).
const { readFileSync } = require('fs');

const [file, skip = '0', top = '40', ...inclusiveNames] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Time per sample: the delta to the next one (the last sample gets none).
const selfUs = new Map();
let t = profile.startTime;
const skipUntil = Number(skip) < 0 ? profile.endTime + Number(skip) * 1e6 : profile.startTime + Number(skip) * 1e6;
let counted = 0;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i];
  const dt = i + 1 < profile.timeDeltas.length ? profile.timeDeltas[i + 1] : 0;
  if (t < skipUntil) continue;
  selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + dt);
  counted += dt;
}

const where = (frame) => {
  const url = frame.url.replace(/^file:\/\//, '');
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  if (url.startsWith('node:')) return url;
  return url.replace(/^.*?\/dist\//, 'dist/');
};
const label = (frame) => `${frame.functionName || '(anonymous)'} ${where(frame)}:${frame.lineNumber + 1}`;

const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);
const fns = new Map();
const files = new Map();
for (const [id, us] of selfUs) {
  const frame = byId.get(id).callFrame;
  add(fns, label(frame), us);
  add(files, where(frame), us);
}
// Inclusive: a sample counts once for a name if that name is anywhere on its stack.
const inclusive = new Map();
if (inclusiveNames.length)
  for (const [id, us] of selfUs) {
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const frame = byId.get(n).callFrame;
      const name = inclusiveNames[0] === '*' ? label(frame) : frame.functionName;
      if ((inclusiveNames[0] === '*' || inclusiveNames.includes(name)) && !seen.has(name)) {
        seen.add(name);
        add(inclusive, name, us);
      }
    }
  }

const pct = (us) => `${((100 * us) / counted).toFixed(1).padStart(5)} %`;
const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(top)))
    console.log(`${pct(us)} ${(us / 1000).toFixed(0).padStart(7)} ms  ${key}`);
};
console.log(`${(counted / 1e6).toFixed(2)} s of samples after ${skip} s`);
print('self time by file or package', files);
print('self time by function', fns);
if (inclusiveNames.length) print('inclusive time', inclusive);
