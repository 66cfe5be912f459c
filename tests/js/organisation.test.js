'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const organisation = require('../../js/organisation.js');
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
    const link = organisation.encodeLink(rules, state);
    assert.match(link, shape);
    const back = organisation.decodeLink(rules, link);
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
  assert.match(organisation.decodeLink(rules, '#z2.00000000.012.012.---.-').error, /andere opbouw van het model/);
  assert.match(organisation.decodeLink(rules, '#z2.abcd1234.019.012.---.-').error, /beschadigd/);
  assert.match(organisation.decodeLink(rules, '#z2.abcd1234.012.012.--_.-').error, /beschadigd/);
  assert.match(organisation.decodeLink(rules, '#z2.abcd1234.012.012.---.5').error, /beschadigd/);
  assert.match(organisation.decodeLink(rules, '#iets-anders').error, /geen zelfscan/);
  assert.match(organisation.decodeLink(rules, '#z2.abcd1234.01.012.---.-').error, /beschadigd/);
  assert.equal(organisation.isLink('#z2.abcd1234.012.012.---.-'), true);
  assert.equal(organisation.isLink('#actieplan'), false);
});

test('combine: lower median, spread, disagreement and per-profile breakdown', () => {
  const rules = makeRules();
  const respondents = [
    { profile: 'p1', domains: { aa: { level: 'l0', need: 'n2' }, bb: { level: 'l1', need: 'n1' } } },
    { profile: 'p2', domains: { aa: { level: 'l3', need: 'n0' }, bb: { level: 'l2', need: 'weet-niet' } } },
    { profile: 'p1', domains: { aa: { level: 'l1' }, bb: { level: 'oud' } } },
    { profile: '', domains: { aa: { level: 'weet-niet' } } }
  ];
  const combined = organisation.combine(rules, respondents);
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

test('compare: direction per domain and actions no longer needed', () => {
  const rules = makeRules();
  const before = engine.score(rules, { domains: { aa: { level: 'l0' }, bb: { level: 'l2' }, cc: { level: 'l1' } } });
  const after = engine.score(rules, { domains: { aa: { level: 'l1' }, bb: { level: 'l2' }, cc: { level: 'l0' } } });
  const result = organisation.compare(rules, before, after);
  assert.deepEqual(result.domains.map((d) => d.change), ['up', 'same', 'down']);
  assert.deepEqual(result.noLongerNeeded, [{ domain: 'aa', action: 'aa-l0-a' }, { domain: 'aa', action: 'aa-l0-b' }, { domain: 'cc', action: 'cc-l1-a' }, { domain: 'cc', action: 'cc-l1-b' }]);
});

test('compare says nothing about the plan of domains not answered now', () => {
  const rules = makeRules();
  const before = engine.score(rules, { domains: { aa: { level: 'l0' }, bb: { level: 'l2' } } });
  const partial = engine.score(rules, { domains: { bb: { level: 'l3' } } });
  const result = organisation.compare(rules, before, partial);
  assert.deepEqual(result.domains.map((d) => d.change), [null, 'up', null]);
  assert.deepEqual(result.noLongerNeeded, [{ domain: 'bb', action: 'bb-l2-a' }, { domain: 'bb', action: 'bb-l2-b' }]);
  const empty = organisation.compare(rules, before, engine.score(rules, { domains: {} }));
  assert.deepEqual(empty.noLongerNeeded, []);
});

test('plan as CSV and Markdown checklist, safe for spreadsheets', () => {
  const rules = makeRules();
  const results = engine.score(rules, { domains: { aa: { level: 'l0', need: 'n2' } } });
  const work = { 'aa-l0-a': { owner: '=cmd|calc', due: '2027-03-01', status: 'klaar' } };
  const text = organisation.planCsv(rules, results, work);
  const lines = text.replace('\ufeff', '').trim().split('\r\n');
  assert.equal(lines[0], 'domein;prioriteit;actie_id;actie;inspanning;trekker;deadline;status');
  assert.equal(lines.length, 3);
  assert.ok(lines[1].includes("'=cmd|calc"));
  const md = organisation.planMarkdown(rules, results, work, 'Actieplan');
  assert.ok(md.includes('- [x] Titel aa-l0-a (=cmd|calc, 2027-03-01, Klaar)'));
  assert.ok(md.includes('- [ ] Titel aa-l0-b'));
});

test('reminder is an all-day event one year later', () => {
  const ics = organisation.reminderIcs(new Date(2026, 10, 23, 10, 0), 'https://example.org/zelfscan.html', 'abc@zelfscan');
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n'));
  assert.ok(ics.includes('DTSTART;VALUE=DATE:20271123\r\n'));
  assert.ok(ics.includes('DTEND;VALUE=DATE:20271124\r\n'));
  assert.ok(ics.includes('UID:abc@zelfscan'));
  assert.ok(ics.includes('https://example.org/zelfscan.html'));
});
