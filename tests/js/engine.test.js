'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const engine = require('../../js/engine.js');
const makeRules = require('./fixture.js');

test('no answers: nothing scored, empty plan', () => {
  const r = engine.score(makeRules(), {});
  assert.equal(r.total, 3);
  assert.equal(r.answered, 0);
  assert.equal(r.scored, 0);
  assert.equal(r.overall.score, null);
  assert.deepEqual(r.plan, []);
});

test('overall score is the mean level score of the scored domains only', () => {
  const r = engine.score(makeRules(), { domains: { aa: { level: 'l1', need: 'n2' }, bb: { level: 'l3', need: 'weet-niet' }, cc: { level: 'weet-niet', need: 'n1' } } });
  assert.equal(r.scored, 2);
  assert.equal(r.answered, 3);
  assert.equal(r.overall.score, 2);
  assert.equal(r.overall.basis, 2);
  assert.equal(r.domains[2].levelState, 'unknown');
  assert.deepEqual(r.domains[2].actions, []);
});

test('priority comes from the matrix cell and orders the plan', () => {
  const r = engine.score(makeRules(), { domains: { aa: { level: 'l2', need: 'n0' }, bb: { level: 'l0', need: 'n2' }, cc: { level: 'l1' } } });
  assert.equal(r.domains[0].priority, 'p-vier');
  assert.equal(r.domains[1].priority, 'p-een');
  assert.equal(r.domains[1].priorityRank, 1);
  assert.equal(r.domains[2].priority, null);
  assert.deepEqual(r.plan, ['bb', 'aa', 'cc']);
});

test('default target is one level up, with that level\'s actions', () => {
  const r = engine.score(makeRules(), { domains: { aa: { level: 'l1', need: 'n1' } } });
  assert.equal(r.domains[0].target, 'l2');
  assert.deepEqual(r.domains[0].actions, ['aa-l1-a', 'aa-l1-b']);
});

test('a higher target covers every step up to it; a lower one is ignored', () => {
  const up = engine.score(makeRules(), { domains: { aa: { level: 'l0', need: 'n1', target: 'l3' } } });
  assert.equal(up.domains[0].target, 'l3');
  assert.deepEqual(up.domains[0].actions, ['aa-l0-a', 'aa-l0-b', 'aa-l1-a', 'aa-l1-b', 'aa-l2-a', 'aa-l2-b']);
  const down = engine.score(makeRules(), { domains: { aa: { level: 'l2', need: 'n1', target: 'l0' } } });
  assert.equal(down.domains[0].target, 'l3');
});

test('at the top level the plan keeps the level', () => {
  const r = engine.score(makeRules(), { domains: { aa: { level: 'l3', need: 'n0' } } });
  assert.equal(r.domains[0].target, null);
  assert.deepEqual(r.domains[0].actions, ['aa-l3-a', 'aa-l3-b']);
});

test('unknown ids, junk values and prototype keys are treated as open', () => {
  const answers = JSON.parse('{"domains": {"__proto__": {"level": "l1"}, "aa": {"level": "toString", "need": ["n1"]}, "zz": {"level": "l0"}}}');
  const r = engine.score(makeRules(), answers);
  assert.equal(r.scored, 0);
  assert.equal(r.domains[0].levelState, 'open');
  assert.equal(({}).level, undefined);
});

test('the engine does not change its inputs', () => {
  const rules = makeRules();
  const answers = { domains: { aa: { level: 'l1', need: 'n2' } } };
  const before = JSON.stringify([rules, answers]);
  engine.score(rules, answers);
  assert.equal(JSON.stringify([rules, answers]), before);
});
