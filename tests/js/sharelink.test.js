'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const sharelink = require('../../js/sharelink.js');
const engine = require('../../js/engine.js');
const makeRules = require('./fixture.js');

function seeded(seed) {
  let x = seed;
  return () => { x = (x * 1103515245 + 12345) % 2147483648; return x / 2147483648; };
}

function randomState(rules, random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const domains = Object.create(null);
  rules.domains.forEach((d) => {
    const level = pick(['', 'weet-niet'].concat(rules.levels.map((x) => x.id)));
    const need = pick(['', 'weet-niet'].concat(rules.needs.map((x) => x.id)));
    const target = pick([''].concat(rules.levels.map((x) => x.id)));
    if (level || need || target) { domains[d.id] = { level, need, target, note: '' }; }
  });
  return { organisation: '', profile: pick([''].concat(rules.profiles.map((p) => p.id))), domains };
}

function roundTrips(rules, count, seed, shape) {
  const random = seeded(seed);
  for (let i = 0; i < count; i += 1) {
    const state = randomState(rules, random);
    const link = sharelink.encode(rules, state);
    assert.match(link, shape);
    const back = sharelink.decode(rules, link);
    assert.equal(back.ok, true, link);
    assert.equal(back.profile, state.profile);
    assert.deepEqual({ ...back.domains }, { ...state.domains });
    assert.deepEqual(engine.score(rules, { domains: back.domains }), engine.score(rules, { domains: state.domains }));
  }
}

test('share links round-trip 10,000 random answer sets, targets and profiles included', () => {
  roundTrips(makeRules(), 10000, 42, /^#z2\.abcd1234\.[0-3_-]{3}\.[0-2_-]{3}\.[0-3-]{3}\.[0-1-]$/);
});

test('share links work for larger models too (base 36 codes)', () => {
  const rules = makeRules();
  const many = (prefix, n) => Array.from({ length: n }, (_, i) => ({ id: prefix + i, title: prefix + i, score: i }));
  rules.levels = many('l', 12);
  rules.needs = many('n', 11);
  rules.profiles = many('p', 14);
  rules.domains = Array.from({ length: 15 }, (_, i) => ({ id: 'd' + i, title: 'D' + i, page: '', principles: [], levels: Object.fromEntries(rules.levels.map((l) => [l.id, { descriptor: '', actions: [] }])) }));
  rules.matrix = Object.fromEntries(rules.levels.map((l) => [l.id, Object.fromEntries(rules.needs.map((n) => [n.id, 'p-een']))]));
  roundTrips(rules, 2000, 7, /^#z2\.abcd1234\.[0-9ab_-]{15}\.[0-9a_-]{15}\.[0-9ab-]{15}\.[0-9a-d-]$/);
});

test('links from another model or damaged links are refused in Dutch', () => {
  const rules = makeRules();
  assert.match(sharelink.decode(rules, '#z2.00000000.012.012.---.-').error, /andere opbouw van het model/);
  assert.match(sharelink.decode(rules, '#z2.abcd1234.019.012.---.-').error, /beschadigd/);
  assert.match(sharelink.decode(rules, '#z2.abcd1234.012.012.--_.-').error, /beschadigd/);
  assert.match(sharelink.decode(rules, '#z2.abcd1234.012.012.---.5').error, /beschadigd/);
  assert.match(sharelink.decode(rules, '#iets-anders').error, /geen zelfscan/);
  assert.match(sharelink.decode(rules, '#z2.abcd1234.01.012.---.-').error, /beschadigd/);
  assert.equal(sharelink.isLink('#z2.abcd1234.012.012.---.-'), true);
  assert.equal(sharelink.isLink('#actieplan'), false);
});
