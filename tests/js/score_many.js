// Scores many answer sets with the browser engine, for the Python parity test.
// Usage: node tests/js/score_many.js INPUT.json  (INPUT = {rules, answerSets}); prints JSON.
'use strict';
const fs = require('fs');
const path = require('path');
const engine = require(path.join(__dirname, '..', '..', 'js', 'engine.js'));

const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const results = input.answerSets.map((answers) => engine.score(input.rules, answers));
process.stdout.write(JSON.stringify(results));
