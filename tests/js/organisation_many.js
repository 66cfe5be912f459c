// Runs combine/compare of js/combine.js and js/sharelink.js on many inputs, for the Python parity test.
// Usage: node tests/js/organisation_many.js INPUT.json  (INPUT = {rules, groups, pairs}).
'use strict';
const fs = require('fs');
const path = require('path');
const combine = require(path.join(__dirname, '..', '..', 'js', 'combine.js'));
const sharelink = require(path.join(__dirname, '..', '..', 'js', 'sharelink.js'));

const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const combined = input.groups.map((group) => combine.combine(input.rules, group));
const compared = input.pairs.map(([earlier, current]) => combine.compare(earlier, current));
const links = (input.states || []).map((state) => {
  const link = sharelink.encode(input.rules, state);
  return { link, back: sharelink.decode(input.rules, link) };
});
process.stdout.write(JSON.stringify({ combined, compared, links }));
