'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const combine = require('../../js/combine.js');
const engine = require('../../js/engine.js');
const makeRules = require('./fixture.js');

test('combine: lower median, spread, disagreement and per-profile breakdown', () => {
  const rules = makeRules();
  const respondents = [
    { profile: 'p1', domains: { aa: { level: 'l0', need: 'n2' }, bb: { level: 'l1', need: 'n1' } } },
    { profile: 'p2', domains: { aa: { level: 'l3', need: 'n0' }, bb: { level: 'l2', need: 'weet-niet' } } },
    { profile: 'p1', domains: { aa: { level: 'l1' }, bb: { level: 'oud' } } },
    { profile: '', domains: { aa: { level: 'weet-niet' } } }
  ];
  const combined = combine.combine(rules, respondents);
  const aa = combined.domains[0];
  assert.equal(combined.respondents, 4);
  assert.equal(aa.respondents, 3);
  assert.deepEqual(aa.level, { count: 3, median: 1, min: 0, max: 3 });
  assert.deepEqual(aa.need, { count: 2, median: 0, min: 0, max: 2 });
  assert.equal(aa.disagreement, true);
  assert.deepEqual(aa.profiles, [{ profile: 'p1', count: 2, median: 0 }, { profile: 'p2', count: 1, median: 3 }]);
  const bb = combined.domains[1];
  assert.deepEqual(bb.level, { count: 2, median: 1, min: 1, max: 2 });
  assert.equal(bb.disagreement, false);
  assert.deepEqual(combined.answers, { aa: { level: 'l1', need: 'n0' }, bb: { level: 'l1', need: 'n1' }, cc: {} });
});

test('compare: direction per domain; actions done only where a domain went up, drops named', () => {
  const rules = makeRules();
  const before = engine.score(rules, { domains: { aa: { level: 'l0' }, bb: { level: 'l2' }, cc: { level: 'l1' } } });
  const after = engine.score(rules, { domains: { aa: { level: 'l1' }, bb: { level: 'l2' }, cc: { level: 'l0' } } });
  const result = combine.compare(before, after);
  assert.deepEqual(result.domains.map((d) => d.change), ['up', 'same', 'down']);
  assert.deepEqual(result.done, ['a', 'b', 'c'].map((x) => ({ domain: 'aa', action: 'aa-l0-' + x })));
  assert.deepEqual(result.dropped, ['cc']);
});

test('compare says nothing about the plan of domains not answered now', () => {
  const rules = makeRules();
  const before = engine.score(rules, { domains: { aa: { level: 'l0' }, bb: { level: 'l2' } } });
  const partial = engine.score(rules, { domains: { bb: { level: 'l3' } } });
  const result = combine.compare(before, partial);
  assert.deepEqual(result.domains.map((d) => d.change), [null, 'up', null]);
  assert.deepEqual(result.done, ['a', 'b', 'c'].map((x) => ({ domain: 'bb', action: 'bb-l2-' + x })));
  const empty = combine.compare(before, engine.score(rules, { domains: {} }));
  assert.deepEqual(empty.done, []);
  assert.deepEqual(empty.dropped, []);
});
