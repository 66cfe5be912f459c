// Runs combine/compare of js/organisation.js on many inputs, for the Python parity test.
// Usage: node tests/js/organisation_many.js INPUT.json  (INPUT = {rules, groups, pairs}).
'use strict';
const fs = require('fs');
const path = require('path');
const organisation = require(path.join(__dirname, '..', '..', 'js', 'organisation.js'));

const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const combined = input.groups.map((group) => organisation.combine(input.rules, group));
const compared = input.pairs.map(([earlier, current]) => organisation.compare(input.rules, earlier, current));
const links = (input.states || []).map((state) => {
  const link = organisation.encodeLink(input.rules, state);
  return { link, back: organisation.decodeLink(input.rules, link) };
});
process.stdout.write(JSON.stringify({ combined, compared, links }));
