// Runs the functions of js/combine.js and js/sharelink.js on many inputs, for the Python parity
// test. Usage: node tests/js/organisation_many.js INPUT.json
// (INPUT = {rules, groups, agreed, roundPairs, pairs, states}).
'use strict';
const fs = require('fs');
const path = require('path');
const combine = require(path.join(__dirname, '..', '..', 'js', 'combine.js'));
const { compare } = require(path.join(__dirname, '..', '..', 'js', 'compare.js'));
const sharelink = require(path.join(__dirname, '..', '..', 'js', 'sharelink.js'));

const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const rules = input.rules;
const combined = input.groups.map((group) => combine.combine(rules, group));
const organisation = combined.map((c, i) =>
  combine.organisationAnswers(rules, c, (input.agreed || [])[i] || {})
);
const agendas = combined.map((c) => combine.agenda(rules, c));
const rounds = (input.roundPairs || []).map(([earlier, current]) =>
  combine.compareRounds(rules, earlier, current)
);
const compared = input.pairs.map(([earlier, current]) => compare(earlier, current));
const links = (input.states || []).map((state) => {
  const link = sharelink.encode(rules, state);
  return { link, back: sharelink.decode(rules, link) };
});
process.stdout.write(JSON.stringify({ combined, organisation, agendas, rounds, compared, links }));
