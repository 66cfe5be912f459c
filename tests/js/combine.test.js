'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const combine = require('../../js/combine.js');
const { compare } = require('../../js/compare.js');
const engine = require('../../js/engine.js');
const makeRules = require('./fixture.js');

// aa: statements aa-l1-s1/s2 (level l1), aa-l2-s1/s2 (l2), aa-l3-s1/s2 (l3).
const all = (value, ids) => Object.fromEntries(ids.map((id) => [id, value]));
const L1 = ['aa-l1-s1', 'aa-l1-s2'];
const L2 = ['aa-l2-s1', 'aa-l2-s2'];

test('combine: lower median, spread, disagreement; the quick way counts as yes up to the level', () => {
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
  assert.deepEqual(aa.ways, { statements: 0, quick: 4 });
  // l1 statements: yes from l3 and l1, no from l0; l2: yes from l3 only
  assert.deepEqual(aa.statements[0], {
    id: 'aa-l1-s1',
    answers: { ja: 2, nee: 1, 'weet-niet': 0 },
    fromLevel: 3,
    split: true,
    proposal: 'ja'
  });
  assert.deepEqual(aa.statements[2].answers, { ja: 1, nee: 2, 'weet-niet': 0 });
  assert.equal(aa.statements[2].proposal, 'nee');
  // the proposal is the median level again when everyone picked a level
  assert.equal(engine.score(rules, { domains: combined.proposal }).domains[0].level, 'l1');
  assert.deepEqual(combined.proposal.aa.need, 'n0');
  const bb = combined.domains[1];
  assert.deepEqual(bb.level, { count: 2, median: 1, min: 1, max: 2 });
  assert.equal(bb.disagreement, false);
});

test('combine: statements counted as given; a level counts only when it is decided', () => {
  const rules = makeRules();
  const respondents = [
    {
      name: 'An',
      profile: 'p1',
      domains: {
        aa: { statements: Object.assign(all('ja', L1), { 'aa-l2-s1': 'nee' }), note: ' Zie de nota. ' }
      }
    },
    {
      profile: 'p1',
      domains: {
        aa: { statements: Object.assign(all('ja', L1), { 'aa-l2-s1': 'ja', 'aa-l2-s2': 'weet-niet' }) }
      }
    },
    {
      profile: 'p1',
      domains: { aa: { statements: { 'aa-l1-s1': 'ja' }, note: 'Alleen de eerste weet ik.' } }
    }
  ];
  const aa = combine.combine(rules, respondents).domains[0];
  assert.deepEqual(aa.ways, { statements: 3, quick: 0 });
  assert.equal(aa.respondents, 2); // the third stopped halfway: no level of theirs counts
  assert.deepEqual(
    aa.statements.map((s) => s.answers.ja),
    [3, 2, 1, 0, 0, 0]
  );
  assert.deepEqual(aa.statements[3].answers, { ja: 0, nee: 0, 'weet-niet': 1 });
  assert.equal(aa.statements[3].proposal, 'weet-niet');
  assert.equal(aa.statements[4].proposal, null);
  assert.deepEqual(aa.notes, [
    { by: 'An', text: 'Zie de nota.' },
    { by: '', text: 'Alleen de eerste weet ik.' }
  ]);
});

test('people are named by name, or by profile and a number; anonymous notes carry no name', () => {
  const rules = makeRules();
  const named = combine.people(rules, [
    { name: 'An', profile: 'p1' },
    { name: '', profile: 'p2' },
    { name: '  ', profile: 'p2' },
    { profile: 'weg' },
    { name: 'An' },
    {}
  ]);
  assert.deepEqual(
    named.map((p) => p.label),
    ['An', 'Profiel 2 1', 'Profiel 2 2', 'Collega 1', 'An (2)', 'Collega 2']
  );
  assert.deepEqual(
    named.map((p) => p.name),
    ['An', '', '', '', 'An', '']
  );
});

test('groups of fewer than three are not shown apart; the gap needs three on both sides', () => {
  const rules = makeRules();
  const pick = (profile, level) => ({ profile, domains: { aa: { level } } });
  const two = combine.combine(rules, [
    pick('p1', 'l3'),
    pick('p1', 'l3'),
    pick('p2', 'l0'),
    pick('p2', 'l0'),
    pick('p2', 'l1')
  ]);
  assert.deepEqual(two.domains[0].profiles, [{ profile: 'p2', count: 3, median: 0 }]);
  assert.equal(two.domains[0].gap, null);
  assert.deepEqual(two.groups, [
    { profile: 'p1', count: 2 },
    { profile: 'p2', count: 3 }
  ]);
  assert.deepEqual(two.perspectives, [
    { perspective: 'sturend', count: 2 },
    { perspective: 'uitvoerend', count: 3 }
  ]);
  const three = combine.combine(rules, [
    pick('p1', 'l3'),
    pick('p1', 'l2'),
    pick('p1', 'l3'),
    pick('p2', 'l0'),
    pick('p2', 'l0'),
    pick('p2', 'l1')
  ]);
  assert.deepEqual(three.domains[0].gap, {
    groups: [
      { perspective: 'sturend', count: 3, median: 3 },
      { perspective: 'uitvoerend', count: 3, median: 0 }
    ],
    difference: 3,
    flagged: true
  });
  assert.equal(three.domains[1].gap, null); // nobody answered bb
});

test('organisation answers: the proposal, with what the workshop agreed put over it', () => {
  const rules = makeRules();
  const combined = combine.combine(rules, [
    { domains: { aa: { statements: all('ja', L1), need: 'n1' } } },
    { domains: { aa: { statements: Object.assign(all('ja', L1), all('nee', L2)), need: 'n2' } } }
  ]);
  const proposal = combine.organisationAnswers(rules, combined, {});
  assert.deepEqual(proposal.aa, { statements: Object.assign(all('ja', L1), all('nee', L2)), need: 'n1' });
  assert.deepEqual(proposal.bb, {});
  const agreed = combine.organisationAnswers(rules, combined, {
    aa: {
      statements: { 'aa-l2-s1': 'ja', 'bb-l1-s1': 'ja', 'aa-l2-s2': 'misschien' },
      need: 'n2',
      note: ' Afgesproken. '
    },
    bb: { level: 'l2' },
    cc: { level: 'hoog' }
  });
  assert.equal(agreed.aa.statements['aa-l2-s1'], 'ja');
  assert.equal(agreed.aa.statements['aa-l2-s2'], 'nee');
  assert.equal(agreed.aa.statements['bb-l1-s1'], undefined); // not a statement of this domain
  assert.equal(agreed.aa.need, 'n2');
  assert.equal(agreed.aa.note, 'Afgesproken.');
  assert.deepEqual(agreed.bb, { level: 'l2' });
  assert.deepEqual(agreed.cc, {});
});

test('agenda: the domains furthest apart first, split statements before the others', () => {
  const rules = makeRules();
  const combined = combine.combine(rules, [
    { domains: { aa: { level: 'l1' }, bb: { statements: { 'bb-l1-s1': 'ja', 'bb-l1-s2': 'ja' } } } },
    { domains: { aa: { level: 'l1' }, bb: { statements: { 'bb-l1-s1': 'nee', 'bb-l1-s2': 'ja' } } } },
    { domains: { aa: { level: 'l1' }, bb: { statements: { 'bb-l1-s1': 'ja', 'bb-l1-s2': 'weet-niet' } } } },
    { domains: { cc: { level: 'l0' } } },
    { domains: { cc: { level: 'l3' } } }
  ]);
  const order = combine.agenda(rules, combined);
  assert.deepEqual(
    order.map((d) => d.id),
    ['cc', 'bb', 'aa']
  );
  const bb = order[1];
  assert.deepEqual(bb.discuss, ['bb-l1-s1', 'bb-l1-s2']);
  assert.deepEqual(bb.none, ['bb-l2-s1', 'bb-l2-s2', 'bb-l3-s1', 'bb-l3-s2']);
  assert.deepEqual(order[2].discuss, []);
  assert.equal(order[2].same.length, 6);
});

test('compareRounds: levels and statements of two rounds, gains and drops; a version 1 round by its levels', () => {
  const rules = makeRules();
  const earlier = {
    domains: [{ id: 'aa', level: { median: 0 } }],
    answers: { aa: { level: 'l1' }, bb: { level: 'l2' } }
  };
  const current = {
    domains: [{ id: 'aa', level: { median: 1 } }],
    answers: {
      aa: { statements: Object.assign(all('ja', L1), { 'aa-l2-s1': 'ja', 'aa-l2-s2': 'nee' }) },
      bb: { level: 'l1' }
    }
  };
  const result = combine.compareRounds(rules, earlier, current);
  assert.deepEqual(
    result.domains.map((d) => d.change),
    ['same', 'down', null]
  );
  assert.deepEqual([result.domains[0].medianEarlier, result.domains[0].medianCurrent], [0, 1]);
  assert.deepEqual(result.gains, [{ domain: 'aa', statement: 'aa-l2-s1' }]);
  assert.deepEqual(result.drops, [
    { domain: 'bb', statement: 'bb-l2-s1' },
    { domain: 'bb', statement: 'bb-l2-s2' }
  ]);
  assert.equal(result.domains[0].statements[5].change, null); // aa-l3-s2: not answered now
});

test('compare: direction per domain; actions done only where a domain went up, drops named', () => {
  const rules = makeRules();
  const before = engine.score(rules, {
    domains: { aa: { level: 'l0' }, bb: { level: 'l2' }, cc: { level: 'l1' } }
  });
  const after = engine.score(rules, {
    domains: { aa: { level: 'l1' }, bb: { level: 'l2' }, cc: { level: 'l0' } }
  });
  const result = compare(before, after);
  assert.deepEqual(
    result.domains.map((d) => d.change),
    ['up', 'same', 'down']
  );
  assert.deepEqual(
    result.done,
    ['a', 'b', 'c'].map((x) => ({ domain: 'aa', action: 'aa-l0-' + x }))
  );
  assert.deepEqual(result.dropped, ['cc']);
});

test('compare says nothing about the plan of domains not answered now', () => {
  const rules = makeRules();
  const before = engine.score(rules, { domains: { aa: { level: 'l0' }, bb: { level: 'l2' } } });
  const partial = engine.score(rules, { domains: { bb: { level: 'l3' } } });
  const result = compare(before, partial);
  assert.deepEqual(
    result.domains.map((d) => d.change),
    [null, 'up', null]
  );
  assert.deepEqual(
    result.done,
    ['a', 'b', 'c'].map((x) => ({ domain: 'bb', action: 'bb-l2-' + x }))
  );
  const empty = compare(before, engine.score(rules, { domains: {} }));
  assert.deepEqual(empty.done, []);
  assert.deepEqual(empty.dropped, []);
});
