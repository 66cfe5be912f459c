// Median plan length over random answer sets, scored by the browser's own engine (for the
// benchmark, generator/bench/journey.py). Usage: node plan_lengths.js RULES_JS ENGINE_JS COUNT
'use strict';
const rules = require(process.argv[2]);
const engine = require(process.argv[3]);
let seed = 20261201;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const yes = rules.statementAnswers.yes.id;
const no = rules.statementAnswers.no.id;
const unknown = rules.unknown.id;
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const count = (results) => results.domains.reduce((n, d) => n + d.actions.length, 0);
const byStatements = [];
const quick = [];
for (let i = 0; i < Number(process.argv[4]); i += 1) {
  const s = { domains: {} };
  const q = { domains: {} };
  rules.domains.forEach((d) => {
    const statements = {};
    Object.keys(d.levels).forEach((level) =>
      d.levels[level].statements.forEach((st) => {
        const r = random();
        statements[st.id] = r < 0.6 ? yes : r < 0.9 ? no : unknown;
      })
    );
    const need = pick(rules.needs).id;
    s.domains[d.id] = { statements, need };
    q.domains[d.id] = { level: pick(rules.levels).id, need };
  });
  byStatements.push(count(engine.score(rules, s)));
  quick.push(count(engine.score(rules, q)));
}
process.stdout.write(JSON.stringify({ statements: median(byStatements), quick: median(quick) }));
