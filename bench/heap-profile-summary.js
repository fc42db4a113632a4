// Sums a sampling heap profile (.heapprofile, from bench/promoted-garbage-preload.js or
// `node --heap-prof`) by package or file and by allocation site (the allocating function and its
// caller), in MB of sampled bytes.
//   node bench/heap-profile-summary.js <file.heapprofile> [topSites]
const { readFileSync } = require('fs');

const [file, top = '40'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const bySite = new Map();
const byFile = new Map();
let total = 0;
const add = (map, key, bytes) => map.set(key, (map.get(key) ?? 0) + bytes);
const where = (frame) => frame.url.replace(/.*node_modules\//, '').replace(process.cwd() + '/', '');
(function walk(node, caller) {
  const frame = node.callFrame;
  const label = `${frame.functionName || '(anonymous)'} ${where(frame)}:${frame.lineNumber + 1}`;
  if (node.selfSize) {
    total += node.selfSize;
    add(bySite, `${label}  <  ${caller}`, node.selfSize);
    const pkg = frame.url.includes('node_modules/') ? frame.url.split('node_modules/')[1].split('/')[0] : where(frame) || '(native)';
    add(byFile, pkg, node.selfSize);
  }
  for (const child of node.children ?? []) walk(child, label);
})(profile.head, '');

const mb = (bytes) => (bytes / 1048576).toFixed(2).padStart(8);
console.log(`${mb(total)} MB sampled\n\nby package or file`);
for (const [key, bytes] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${mb(bytes)}  ${key}`);
console.log('\nby allocation site');
for (const [key, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.log(`${mb(bytes)}  ${key}`);
