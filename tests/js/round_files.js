// Builds combined files (js/combinedfile.js) of many rounds and reads files back, for the Python
// test that checks them against the published schema.
// Usage: node tests/js/round_files.js INPUT.json  (INPUT = {rules, rounds: [{respondents, sources,
// agreed, round}], texts: [file text]}).
'use strict';
const fs = require('fs');
const path = require('path');
const js = (name) => require(path.join(__dirname, '..', '..', 'js', name));
const combine = js('combine.js');
const combinedfile = js('combinedfile.js');
const engine = js('engine.js');

const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const rules = input.rules;
const built = input.rounds.map((r) => {
  const combined = combine.combine(rules, r.respondents);
  const answers = combine.organisationAnswers(rules, combined, r.agreed);
  return combinedfile.build(
    rules,
    {
      round: r.round,
      combined,
      sources: r.sources,
      remarks: ['Een opmerking.'],
      agreed: r.agreed,
      answers,
      results: engine.score(rules, { domains: answers })
    },
    new Date('2026-12-10T10:00:00Z')
  );
});
const read = input.texts.map((text) => combinedfile.read(text, rules));
process.stdout.write(JSON.stringify({ built, read }));
