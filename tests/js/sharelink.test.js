'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const sharelink = require('../../js/sharelink.js');
const engine = require('../../js/engine.js');
const makeRules = require('./fixture.js');

function seeded(seed) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

function randomState(rules, random, withStatements) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const answers = ['', 'ja', 'nee', 'weet-niet'];
  const domains = Object.create(null);
  rules.domains.forEach((d) => {
    const level = pick(['', '', 'weet-niet'].concat(rules.levels.map((x) => x.id)));
    const need = pick(['', 'weet-niet'].concat(rules.needs.map((x) => x.id)));
    const target = pick([''].concat(rules.levels.map((x) => x.id)));
    const statements = Object.create(null);
    if (withStatements) {
      rules.levels.forEach((l) =>
        d.levels[l.id].statements.forEach((st) => {
          const value = pick(answers);
          if (value) {
            statements[st.id] = value;
          }
        })
      );
    }
    if (level || need || target || Object.keys(statements).length) {
      domains[d.id] = { level, need, target, note: '', statements };
    }
  });
  return { organisation: '', profile: pick([''].concat(rules.profiles.map((p) => p.id))), domains };
}

const plain = (domains) => JSON.parse(JSON.stringify(domains));

function roundTrips(rules, count, seed, shape) {
  const random = seeded(seed);
  for (let i = 0; i < count; i += 1) {
    const state = randomState(rules, random, true);
    const link = sharelink.encode(rules, state);
    assert.match(link, shape);
    const back = sharelink.decode(rules, link);
    assert.equal(back.ok, true, link);
    assert.equal(back.profile, state.profile);
    assert.deepEqual(plain(back.domains), plain(state.domains));
    assert.deepEqual(
      engine.score(rules, { domains: back.domains }),
      engine.score(rules, { domains: state.domains })
    );
  }
}

test('share links round-trip 10,000 random answer sets: levels, statements, needs, targets, profiles', () => {
  const rules = makeRules();
  const v = rules.statementLinkVersion;
  roundTrips(
    rules,
    10000,
    42,
    new RegExp('^#z3\\.' + v + '\\.[0-3_-]{3}\\.[0-2_-]{3}\\.[0-3-]{3}\\.[0-1-]\\.[0-9a-zA-Z_-]{6}$')
  );
});

test('share links work for larger models too (base 36 codes, many statements)', () => {
  const rules = makeRules();
  const many = (prefix, n) =>
    Array.from({ length: n }, (_, i) => ({ id: prefix + i, title: prefix + i, score: i }));
  rules.levels = many('l', 12);
  rules.needs = many('n', 11);
  rules.profiles = many('p', 14);
  rules.domains = Array.from({ length: 15 }, (_, i) => ({
    id: 'd' + i,
    title: 'D' + i,
    page: '',
    principles: [],
    levels: Object.fromEntries(
      rules.levels.map((l, k) => [
        l.id,
        {
          descriptor: '',
          actions: [],
          statements: k
            ? [
                { id: `d${i}-${l.id}-a`, text: '' },
                { id: `d${i}-${l.id}-b`, text: '' }
              ]
            : []
        }
      ])
    )
  }));
  rules.matrix = Object.fromEntries(
    rules.levels.map((l) => [l.id, Object.fromEntries(rules.needs.map((n) => [n.id, 'p-een']))])
  );
  const chars = Math.ceil((15 * 11 * 2) / 3);
  roundTrips(
    rules,
    2000,
    7,
    new RegExp(
      '^#z3\\.' +
        rules.statementLinkVersion +
        '\\.[0-9ab_-]{15}\\.[0-9a_-]{15}\\.[0-9ab-]{15}\\.[0-9a-d-]\\.[0-9a-zA-Z_-]{' +
        chars +
        '}$'
    )
  );
});

test('links made before statements existed (#z2) keep opening as quick answers', () => {
  const rules = makeRules();
  const old = '#z2.' + rules.linkVersion + '.1_-.02-.3--.1';
  assert.equal(sharelink.isLink(old), true);
  const back = sharelink.decode(rules, old);
  assert.equal(back.ok, true);
  assert.equal(back.profile, 'p2');
  assert.deepEqual(plain(back.domains), {
    aa: { level: 'l1', need: 'n0', target: 'l3', note: '', statements: {} },
    bb: { level: 'weet-niet', need: 'n2', target: '', note: '', statements: {} }
  });
  // a new link of the same answers is a #z3 link that decodes to the same
  const again = sharelink.decode(rules, sharelink.encode(rules, { profile: 'p2', domains: back.domains }));
  assert.deepEqual(plain(again.domains), plain(back.domains));
});

test('links from another model or damaged links are refused in Dutch', () => {
  const rules = makeRules();
  const v2 = rules.linkVersion;
  const v3 = rules.statementLinkVersion;
  assert.match(sharelink.decode(rules, '#z2.00000000.012.012.---.-').error, /andere opbouw van het model/);
  assert.match(
    sharelink.decode(rules, '#z3.' + v2 + '.012.012.---.-.000000').error,
    /andere opbouw van het model/
  );
  assert.match(sharelink.decode(rules, '#z2.' + v2 + '.019.012.---.-').error, /beschadigd/);
  assert.match(sharelink.decode(rules, '#z2.' + v2 + '.012.012.--_.-').error, /beschadigd/);
  assert.match(sharelink.decode(rules, '#z2.' + v2 + '.012.012.---.5').error, /beschadigd/);
  assert.match(sharelink.decode(rules, '#z3.' + v3 + '.012.012.---.-.00000').error, /beschadigd/);
  assert.match(sharelink.decode(rules, '#z3.' + v3 + '.012.012.---.-.00000!').error, /beschadigd/);
  assert.match(sharelink.decode(rules, '#iets-anders').error, /geen zelfscan/);
  assert.match(sharelink.decode(rules, '#z2.' + v2 + '.01.012.---.-').error, /beschadigd/);
  assert.equal(sharelink.isLink('#z2.abcd1234.012.012.---.-'), true);
  assert.equal(sharelink.isLink('#z3.abcd1234.012.012.---.-.000000'), true);
  assert.equal(sharelink.isLink('#actieplan'), false);
});
