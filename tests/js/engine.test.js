'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const engine = require('../../js/engine.js');
const makeRules = require('./fixture.js');

const yes = (...ids) => Object.fromEntries(ids.map((id) => [id, 'ja']));

test('no answers: nothing scored, empty plan, every domain open', () => {
  const r = engine.score(makeRules(), {});
  assert.equal(r.total, 3);
  assert.equal(r.answered, 0);
  assert.equal(r.scored, 0);
  assert.equal(r.overall.score, null);
  assert.deepEqual(r.plan, []);
  assert.deepEqual(
    r.domains.map((d) => d.status),
    ['open', 'open', 'open']
  );
});

test('quick way: overall score is the mean level score of the scored domains only', () => {
  const r = engine.score(makeRules(), {
    domains: {
      aa: { level: 'l1', need: 'n2' },
      bb: { level: 'l3', need: 'weet-niet' },
      cc: { level: 'weet-niet', need: 'n1' }
    }
  });
  assert.equal(r.scored, 2);
  assert.equal(r.answered, 3);
  assert.equal(r.overall.score, 2);
  assert.equal(r.domains[0].way, 'quick');
  assert.equal(r.domains[0].status, 'done');
  assert.equal(r.domains[1].status, 'uncertain');
  assert.equal(r.domains[2].levelState, 'unknown');
  assert.equal(r.domains[2].status, 'uncertain');
  assert.deepEqual(r.domains[2].actions, []);
});

test('priority comes from the matrix cell and orders the plan', () => {
  const r = engine.score(makeRules(), {
    domains: { aa: { level: 'l2', need: 'n0' }, bb: { level: 'l0', need: 'n2' }, cc: { level: 'l1' } }
  });
  assert.equal(r.domains[0].priority, 'p-vier');
  assert.equal(r.domains[1].priority, 'p-een');
  assert.equal(r.domains[1].priorityRank, 1);
  assert.equal(r.domains[2].priority, null);
  assert.equal(r.domains[2].status, 'busy');
  assert.deepEqual(r.plan, ['bb', 'aa', 'cc']);
});

test("quick way: the plan holds the actions that meet the next level's statements", () => {
  const r = engine.score(makeRules(), { domains: { aa: { level: 'l1', need: 'n1' } } });
  assert.equal(r.domains[0].target, 'l2');
  assert.deepEqual(r.domains[0].missing, ['aa-l2-s1', 'aa-l2-s2']);
  assert.deepEqual(r.domains[0].actions, ['aa-l1-a', 'aa-l1-b', 'aa-l1-c']);
});

test('a higher target covers every step up to it; a lower one is ignored', () => {
  const up = engine.score(makeRules(), { domains: { aa: { level: 'l0', need: 'n1', target: 'l3' } } });
  assert.equal(up.domains[0].target, 'l3');
  assert.deepEqual(up.domains[0].actions, [
    'aa-l0-a',
    'aa-l0-b',
    'aa-l0-c',
    'aa-l1-a',
    'aa-l1-b',
    'aa-l1-c',
    'aa-l2-a',
    'aa-l2-b',
    'aa-l2-c'
  ]);
  const down = engine.score(makeRules(), { domains: { aa: { level: 'l2', need: 'n1', target: 'l0' } } });
  assert.equal(down.domains[0].target, 'l3');
});

test('at the top level the plan keeps the level', () => {
  const r = engine.score(makeRules(), { domains: { aa: { level: 'l3', need: 'n0' } } });
  assert.equal(r.domains[0].target, null);
  assert.deepEqual(r.domains[0].actions, ['aa-l3-a', 'aa-l3-b']);
});

test('statements: the level is the highest whose statements and all below are ja', () => {
  const rules = makeRules();
  const r = engine.score(rules, {
    domains: {
      aa: { statements: yes('aa-l1-s1', 'aa-l1-s2', 'aa-l2-s1'), need: 'n1' },
      bb: {
        statements: Object.assign(yes('bb-l1-s1', 'bb-l2-s1', 'bb-l2-s2', 'bb-l3-s1'), { 'bb-l1-s2': 'nee' }),
        need: 'n2'
      },
      cc: {
        statements: yes('cc-l1-s1', 'cc-l1-s2', 'cc-l2-s1', 'cc-l2-s2', 'cc-l3-s1', 'cc-l3-s2'),
        need: 'n0'
      }
    }
  });
  const [aa, bb, cc] = r.domains;
  assert.equal(aa.way, 'statements');
  assert.equal(aa.level, 'l1');
  assert.deepEqual(aa.progress, { level: 'l2', met: 1, total: 2 });
  assert.equal(aa.complete, false); // s2 of l2 still open: the level could still go up
  assert.equal(aa.status, 'busy');
  assert.deepEqual(aa.missing, ['aa-l2-s2']); // s1 is already ja: only what is missing
  assert.deepEqual(aa.actions, ['aa-l1-b', 'aa-l1-c']);
  assert.equal(bb.level, 'l0'); // weakest link: the nee at l1 decides, whatever holds above
  assert.equal(bb.complete, true);
  assert.equal(bb.status, 'done');
  assert.deepEqual(bb.progress, { level: 'l1', met: 1, total: 2 });
  assert.deepEqual(bb.missing, ['bb-l1-s2']);
  assert.deepEqual(bb.actions, ['bb-l0-b', 'bb-l0-c']);
  assert.equal(cc.level, 'l3');
  assert.equal(cc.progress, null);
  assert.deepEqual(cc.actions, ['cc-l3-a', 'cc-l3-b']);
  assert.equal(r.overall.score, (1 + 0 + 3) / 3);
});

test('statements: weet ik niet on a deciding statement makes the result uncertain and names it', () => {
  const r = engine.score(makeRules(), {
    domains: {
      aa: {
        statements: Object.assign(yes('aa-l1-s1', 'aa-l1-s2', 'aa-l2-s1'), { 'aa-l2-s2': 'weet-niet' }),
        need: 'n1'
      },
      bb: { statements: { 'bb-l1-s1': 'weet-niet', 'bb-l1-s2': 'nee' }, need: 'n1' }
    }
  });
  assert.equal(r.domains[0].level, 'l1');
  assert.deepEqual(r.domains[0].uncertain, ['aa-l2-s2']);
  assert.equal(r.domains[0].status, 'uncertain');
  assert.deepEqual(r.domains[1].uncertain, []); // the nee decides: the weet ik niet does not matter
  assert.equal(r.domains[1].status, 'done');
});

test('a quick level counts instead of the statements, which stay', () => {
  const r = engine.score(makeRules(), {
    domains: { aa: { level: 'l2', statements: yes('aa-l1-s1'), need: 'n1' } }
  });
  assert.equal(r.domains[0].way, 'quick');
  assert.equal(r.domains[0].level, 'l2');
  assert.deepEqual(r.domains[0].missing, ['aa-l3-s1', 'aa-l3-s2']);
});

test('unknown ids, junk values and prototype keys are treated as open', () => {
  const answers = JSON.parse(
    '{"domains": {"__proto__": {"level": "l1"}, "aa": {"level": "toString", "need": ["n1"], "statements": {"aa-l1-s1": "misschien", "__proto__": "ja", "bb-l1-s1": "ja"}}, "zz": {"level": "l0"}}}'
  );
  const r = engine.score(makeRules(), answers);
  assert.equal(r.scored, 0);
  assert.equal(r.domains[0].levelState, 'open');
  assert.equal(r.domains[0].way, null);
  assert.equal({}.level, undefined);
});

test('the engine does not change its inputs', () => {
  const rules = makeRules();
  const answers = { domains: { aa: { level: 'l1', need: 'n2' }, bb: { statements: yes('bb-l1-s1') } } };
  const before = JSON.stringify([rules, answers]);
  engine.score(rules, answers);
  assert.equal(JSON.stringify([rules, answers]), before);
});

test('begin hier: priority first, then effort, then the chosen profile, then lower levels', () => {
  const rules = makeRules();
  const answers = {
    domains: {
      aa: { level: 'l1', need: 'n0' },
      bb: { level: 'l0', need: 'n2' },
      cc: { level: 'l0', need: 'n2' }
    }
  };
  const results = engine.score(rules, answers);
  // bb and cc are the most urgent; their smallest actions (-b, klein) first
  assert.deepEqual(
    engine.startHere(rules, results, '', {}).map((a) => a.id),
    ['bb-l0-b', 'cc-l0-b', 'bb-l0-a']
  );
  // a profile that leads -a actions brings those forward within the same effort only
  assert.deepEqual(
    engine.startHere(rules, results, 'p1', {}).map((a) => a.id),
    ['bb-l0-b', 'cc-l0-b', 'bb-l0-a']
  );
  // actions marked done are left out
  const work = { 'bb-l0-b': { status: 'klaar' }, 'cc-l0-b': { status: 'gepland' } };
  assert.deepEqual(
    engine.startHere(rules, results, '', work).map((a) => a.id),
    ['cc-l0-b', 'bb-l0-a', 'cc-l0-a']
  );
});

test('begin hier: among equal priority and effort, the profile decides, then the level', () => {
  const rules = makeRules();
  rules.domains[0].levels.l0.actions.forEach((a) => {
    a.effort = 'klein';
  });
  const results = engine.score(rules, { domains: { aa: { level: 'l0', need: 'n2', target: 'l2' } } });
  assert.deepEqual(
    engine.startHere(rules, results, 'p2', {}).map((a) => a.id),
    ['aa-l0-b', 'aa-l1-b', 'aa-l0-a']
  );
  // -b is left out for p1: -a and -c already cover what it serves; the next fact is of l2
  assert.deepEqual(
    engine.startHere(rules, results, 'p1', {}).map((a) => a.id),
    ['aa-l0-a', 'aa-l0-c', 'aa-l1-b']
  );
});

test('begin hier: one step per missing fact, no action for what is still to be found out', () => {
  const rules = makeRules();
  const answers = {
    domains: {
      aa: { statements: { 'aa-l1-s1': 'ja', 'aa-l1-s2': 'weet-niet' }, need: 'n2' },
      bb: { level: 'l0', need: 'n2' },
      cc: { level: 'l0', need: 'n2' }
    }
  };
  const results = engine.score(rules, answers);
  const steps = engine.startHere(rules, results, '', {});
  // aa's level hangs on a weet ik niet: finding that out comes first, and no action for it
  assert.deepEqual(steps[0], { find: 'aa-l1-s2', domain: 'aa' });
  assert.ok(steps.every((s) => !s.id || !s.id.startsWith('aa-l0-')));
  assert.equal(steps.length, 3);
});

test('begin hier: at most two steps from one domain while others have steps', () => {
  const rules = makeRules();
  rules.domains.forEach((d) =>
    d.levels.l0.actions.forEach((a) => {
      a.effort = 'klein';
    })
  );
  const results = engine.score(rules, {
    domains: { aa: { level: 'l0', need: 'n2' }, bb: { level: 'l0', need: 'n2' } }
  });
  const steps = engine.startHere(rules, results, '', {});
  assert.deepEqual(
    steps.map((s) => s.domain),
    ['aa', 'aa', 'bb']
  );
  assert.deepEqual(
    steps.map((s) => s.id),
    ['aa-l0-a', 'aa-l0-b', 'bb-l0-a']
  );
});
