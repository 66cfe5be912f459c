// Times js/engine.js for the benchmark (python -m generator.bench); not a test file.
// Usage: node tests/js/bench_score.js RULES.json ANSWERS.json [RUNS]
//   RULES.json   the scoring rules (what assets/zelfscan/rules.js carries)
//   ANSWERS.json a list of answer sets ({domains: {id: {level, need, target}}})
// One sample is one pass over every answer set, divided by their number: the time of one
// score() call. Warms up first so V8 has optimised score(), as it has in a page in use.
// Prints JSON: {runs, answerSets, domains, medianMs, minMs, maxMs, node}.
'use strict';
const fs = require('fs');
const path = require('path');
const engine = require(path.join(__dirname, '..', '..', 'js', 'engine.js'));

const rules = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const answerSets = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const runs = Number(process.argv[4] || 200);

let sink = 0; // keeps the results alive, so the work cannot be optimised away
function pass() {
  for (const answers of answerSets) {
    sink += engine.score(rules, answers).scored;
  }
}

const warmUntil = process.hrtime.bigint() + 300000000n; // 0.3 s, at least 20 passes
for (let i = 0; i < 20 || process.hrtime.bigint() < warmUntil; i += 1) {
  pass();
}

const samples = [];
for (let i = 0; i < runs; i += 1) {
  const start = process.hrtime.bigint();
  pass();
  samples.push(Number(process.hrtime.bigint() - start) / 1e6 / answerSets.length);
}
samples.sort((a, b) => a - b);
const middle = Math.floor(samples.length / 2);
const median = samples.length % 2 ? samples[middle] : (samples[middle - 1] + samples[middle]) / 2;
process.stdout.write(
  JSON.stringify({
    runs,
    answerSets: answerSets.length,
    domains: rules.domains.length,
    medianMs: median,
    minMs: samples[0],
    maxMs: samples[samples.length - 1],
    node: process.version,
    sink: sink > 0
  }) + '\n'
);
