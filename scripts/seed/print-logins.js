// Prints the demo logins from demo-logins.json, so the README, the seed and this list agree.
const logins = require('./demo-logins.json');
const row = (role, u) => `    ${role.padEnd(10)} ${u.email} / ${u.password}`;
const lines = [
  row('officer', logins.officer),
  ...logins.evaluators.map((e) => row('evaluator', e)),
  row('auditor', logins.auditor),
  ...logins.vendors.map((v) => `${row('vendor', v)}  (${v.organisationName}, ${v.country})`),
];
console.log(lines.join('\n'));
