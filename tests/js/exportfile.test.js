'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const exporter = require('../../js/exportfile.js');
const engine = require('../../js/engine.js');
const makeRules = require('./fixture.js');

function stateWith(domains) {
  const state = exporter.emptyState();
  Object.assign(state.domains, domains);
  return state;
}

test('file name says what the file is: organisation, profile and local date', () => {
  const rules = makeRules();
  const state = exporter.emptyState();
  assert.equal(exporter.fileName(state, rules, new Date(2026, 10, 22, 15, 0)), 'zelfscan-2026-11-22.json');
  state.organisation = 'Stad Sint-Niklaas / Dienst ICT';
  state.profile = 'p2';
  assert.equal(
    exporter.fileName(state, rules, new Date(2026, 11, 1, 0, 30)),
    'zelfscan-stad-sint-niklaas-dienst-ict-profiel-2-2026-12-01.json'
  );
  state.organisation = 'Ééçà <script>';
  assert.equal(
    exporter.fileName(state, rules, new Date(2026, 0, 2)),
    'zelfscan-eeca-script-profiel-2-2026-01-02.json'
  );
});

test('export then import gives the same answers back', () => {
  const rules = makeRules();
  const state = stateWith({
    aa: { level: 'l1', need: 'n2', target: '', note: 'Een <b>notitie</b>' },
    bb: { level: 'weet-niet', need: '', target: '', note: '' }
  });
  state.organisation = 'Gemeente X';
  state.profile = 'p2';
  const data = exporter.build(state, rules, engine.score(rules, state), new Date('2026-11-22T10:00:00Z'));
  assert.equal(data.format, 'open-data-zelfscan-export');
  assert.deepEqual(data.answers, {
    aa: { level: 'l1', need: 'n2', note: 'Een <b>notitie</b>' },
    bb: { level: 'weet-niet' }
  });
  const back = exporter.read(JSON.stringify(data), rules);
  assert.equal(back.ok, true);
  assert.equal(back.sameCatalog, true);
  assert.deepEqual(back.unplaced, []);
  assert.equal(back.state.organisation, 'Gemeente X');
  assert.equal(back.state.profile, 'p2');
  assert.deepEqual(exporter.answersOf(back.state), data.answers);
});

function base(extra) {
  return Object.assign(
    {
      format: 'open-data-zelfscan-export',
      formatVersion: 1,
      catalogVersion: 'abcdef123456',
      exportedAt: '2026-11-22T10:00:00.000Z',
      answers: {}
    },
    extra
  );
}

test('bad files are refused with a Dutch message', () => {
  const rules = makeRules();
  const cases = [
    ['geen json', 'geen geldig JSON'],
    ['[]', 'geen zelfscan'],
    [JSON.stringify({ format: 'iets anders' }), 'geen export'],
    [JSON.stringify(base({ formatVersion: 99 })), 'formaatversie 99'],
    [JSON.stringify(base({ answers: { aa: { statements: { 'aa-l1-s1': 'ja' } } } })), 'onbekende velden'],
    [
      JSON.stringify(base({ formatVersion: 2, answers: { aa: { statements: { 'aa-l1-s1': 5 } } } })),
      'uitspraak'
    ],
    [JSON.stringify(base({ formatVersion: 2, answers: { aa: { statements: ['ja'] } } })), 'uitspraak'],
    [JSON.stringify(base({ formatVersion: 2, respondent: 'x'.repeat(rules.limits.name + 1) })), 'je naam'],
    [JSON.stringify(base({ formatVersion: '1' })), 'geen geldige formaatversie'],
    [JSON.stringify(base({ results: 5 })), 'resultaten'],
    [JSON.stringify(base({ catalogVersion: '<script>' })), 'catalogusversie'],
    [JSON.stringify(base({ answers: { aa: { level: 5 } } })), 'ongeldig'],
    [
      JSON.stringify(base()).replace('"answers":{}', '"answers":{"__proto__":{"level":"l1"}}'),
      'ongeldig domein'
    ],
    [JSON.stringify(base({ answers: { aa: { level: 'l1', evil: 1 } } })), 'onbekende velden'],
    [JSON.stringify(base({ answers: { aa: { note: 'x'.repeat(2001) } } })), 'te lang'],
    ['x'.repeat(rules.limits.fileBytes + 1), 'te groot'],
    [JSON.stringify(base({ exportedAt: 'gisteren, rond de middag' })), 'exportdatum'],
    [JSON.stringify(base({ exportedAt: '2026-11-22' })), 'exportdatum'],
    [JSON.stringify(base({ plan: { 'aa-l0-a': { status: 'a'.repeat(rules.limits.id + 1) } } })), 'actieplan'],
    [JSON.stringify(base({ plan: { 'aa-l0-a': { due: '2026-02-30' } } })), 'actieplan'],
    [JSON.stringify(base({ plan: { 'aa-l0-a': { due: '2026-13-01' } } })), 'actieplan'],
    [
      JSON.stringify(base({ plan: { 'aa-l0-a': { owner: 'x'.repeat(rules.limits.owner + 1) } } })),
      'actieplan'
    ],
    [JSON.stringify({ format: 'open-data-zelfscan-samenvoeging', formatVersion: 1 }), 'samengevoegd bestand']
  ];
  for (const [text, fragment] of cases) {
    const result = exporter.read(text, rules);
    assert.equal(result.ok, false, text.slice(0, 40));
    assert.match(result.error, new RegExp(fragment));
  }
});

test('answers from an older catalogue load where they can and list the rest', () => {
  const rules = makeRules();
  const text = JSON.stringify(
    base({
      catalogVersion: '000000000000',
      profile: 'weg',
      answers: { aa: { level: 'l1', need: 'oud-niveau' }, verdwenen: { level: 'l0' } }
    })
  );
  const result = exporter.read(text, rules);
  assert.equal(result.ok, true);
  assert.equal(result.sameCatalog, false);
  assert.equal(result.state.domains.aa.level, 'l1');
  assert.equal(result.state.domains.aa.need, '');
  assert.equal(result.unplaced.length, 3);
  assert.ok(result.unplaced.some((line) => line.includes('verdwenen')));
});

test('working list and plan sheets of actions that no longer exist are listed, not kept', () => {
  const rules = makeRules();
  const text = JSON.stringify(
    base({
      answers: { aa: { level: 'l1' } },
      plan: {
        'aa-l1-a': { owner: 'Ann', status: 'gepland' },
        'verdwenen-actie': { owner: 'Bert', due: '2027-01-31' }
      },
      sheets: { 'aa-l1-a': { aspects: { aanleiding: 'Omdat' } }, 'ook-weg': { phases: { plannen: 'Q1' } } }
    })
  );
  const result = exporter.read(text, rules);
  assert.equal(result.ok, true);
  assert.deepEqual(Object.keys(result.state.plan), ['aa-l1-a']);
  assert.deepEqual(Object.keys(result.state.sheets), ['aa-l1-a']);
  assert.equal(result.state.plan['aa-l1-a'].owner, 'Ann');
  assert.equal(result.unplaced.length, 2);
  assert.ok(result.unplaced[0].includes('verdwenen-actie'));
  assert.ok(result.unplaced[1].includes('ook-weg'));
});

test('a __proto__ key in a file pollutes nothing', () => {
  const text =
    '{"format":"open-data-zelfscan-export","formatVersion":1,"catalogVersion":"abcdef123456","exportedAt":"2026-11-22T10:00:00Z","answers":{},"__proto__":{"polluted":true}}';
  const result = exporter.read(text, makeRules());
  assert.equal(result.ok, true);
  assert.equal({}.polluted, undefined);
  assert.equal(Object.prototype.polluted, undefined);
});

test('a file places what fits: `placed` counts answers, plan entries and sheets', () => {
  const rules = makeRules();
  assert.equal(exporter.read(JSON.stringify(base()), rules).placed, 0);
  assert.equal(exporter.read(JSON.stringify(base({ answers: { weg: { level: 'l1' } } })), rules).placed, 0);
  const some = exporter.read(
    JSON.stringify(base({ answers: { aa: { level: 'l1' } }, plan: { 'aa-l1-a': { owner: 'Ann' } } })),
    rules
  );
  assert.equal(some.placed, 2);
});

test('a state the page can save can always be exported and imported again', () => {
  const rules = makeRules();
  const state = exporter.emptyState();
  state.organisation = 'Gemeente Ééé';
  const index = engine.actionIndex(rules);
  // fill plan sheets with multi-byte text until the saved data is just under the limit
  for (const id of Object.keys(index)) {
    state.sheets[id] = { aspects: {}, phases: {} };
    for (let k = 0; k < 40; k += 1) {
      state.sheets[id].aspects['veld-' + k] = 'é€'.repeat(rules.limits.text / 2);
      if (exporter.savedSize(state) > rules.limits.savedChars) {
        delete state.sheets[id].aspects['veld-' + k];
        break;
      }
    }
    if (exporter.savedSize(state) > rules.limits.savedChars - rules.limits.text) {
      break;
    }
  }
  assert.ok(exporter.savedSize(state) <= rules.limits.savedChars);
  assert.ok(exporter.savedSize(state) > rules.limits.savedChars * 0.9, String(exporter.savedSize(state)));
  const text = JSON.stringify(exporter.build(state, rules, engine.score(rules, state), new Date()), null, 2);
  assert.ok(Buffer.byteLength(text) <= rules.limits.fileBytes);
  const back = exporter.read(text, rules);
  assert.equal(back.ok, true, back.error);
  assert.equal(exporter.savedSize(back.state), exporter.savedSize(state));
  // one character more than the page can save is refused, in Dutch
  const over = JSON.parse(text);
  over.organisation = 'x'.repeat(rules.limits.organisation);
  const big = Object.keys(over.sheets)[0];
  over.sheets[big].phases = { extra: 'x'.repeat(rules.limits.text) };
  const refused = exporter.read(JSON.stringify(over), rules);
  assert.equal(refused.ok, false);
  assert.match(refused.error, /meer tekst dan de zelfscan kan bewaren/);
});

test('version 2 files carry statement answers and a name; version 1 files open as quick answers', () => {
  const rules = makeRules();
  const state = exporter.emptyState();
  state.respondent = 'Ann';
  state.domains.aa = Object.assign(exporter.emptyAnswer(), {
    need: 'n1',
    statements: { 'aa-l1-s1': 'ja', 'aa-l1-s2': 'weet-niet' }
  });
  state.domains.bb = Object.assign(exporter.emptyAnswer(), { level: 'l2' });
  const data = exporter.build(state, rules, engine.score(rules, state), new Date('2026-12-01T10:00:00Z'));
  assert.equal(data.formatVersion, 2);
  assert.equal(data.respondent, 'Ann');
  assert.deepEqual(data.answers.aa, {
    need: 'n1',
    statements: { 'aa-l1-s1': 'ja', 'aa-l1-s2': 'weet-niet' }
  });
  const back = exporter.read(JSON.stringify(data), rules);
  assert.equal(back.ok, true);
  assert.equal(back.formatVersion, 2);
  assert.equal(back.state.respondent, 'Ann');
  assert.deepEqual(exporter.answersOf(back.state), data.answers);
  const v1 = exporter.read(
    JSON.stringify(
      base({
        profile: 'p1',
        answers: { aa: { level: 'l1', need: 'n2', target: 'l3', note: 'Notitie' } },
        plan: { 'aa-l1-a': { owner: 'Bert', due: '2027-01-31', status: 'gepland' } }
      })
    ),
    rules
  );
  assert.equal(v1.ok, true);
  assert.equal(v1.formatVersion, 1);
  assert.deepEqual(exporter.answersOf(v1.state), {
    aa: { level: 'l1', need: 'n2', target: 'l3', note: 'Notitie' }
  });
  assert.deepEqual({ ...v1.state.plan['aa-l1-a'] }, { owner: 'Bert', due: '2027-01-31', status: 'gepland' });
  assert.equal(engine.score(rules, v1.state).domains[0].way, 'quick');
});

test('statement answers that no longer fit the model are listed, not kept', () => {
  const rules = makeRules();
  const result = exporter.read(
    JSON.stringify(
      base({
        formatVersion: 2,
        answers: {
          aa: { statements: { 'aa-l1-s1': 'ja', 'aa-oud': 'ja', 'bb-l1-s1': 'ja', 'aa-l1-s2': 'misschien' } }
        }
      })
    ),
    rules
  );
  assert.equal(result.ok, true);
  assert.deepEqual({ ...result.state.domains.aa.statements }, { 'aa-l1-s1': 'ja' });
  assert.equal(result.unplaced.length, 3);
  assert.ok(result.unplaced.some((line) => line.includes('aa-oud')));
});

test('the team round a self-scan was made for is exported and read back, and checked', () => {
  const rules = makeRules();
  const state = stateWith({ aa: { level: 'l1', need: '', target: '', note: '' } });
  state.round = { name: 'Ronde 2027', due: '2027-01-15' };
  const data = exporter.build(state, rules, engine.score(rules, state), new Date('2026-12-01T10:00:00Z'));
  assert.deepEqual(data.round, { name: 'Ronde 2027', due: '2027-01-15' });
  assert.deepEqual(exporter.read(JSON.stringify(data), rules).state.round, {
    name: 'Ronde 2027',
    due: '2027-01-15'
  });
  state.round = { name: 'Zonder datum', due: '' };
  assert.deepEqual(exporter.savedData(state).round, { name: 'Zonder datum' });
  assert.deepEqual(
    exporter.read(JSON.stringify(base({ formatVersion: 2, round: { name: 'Zonder datum' } })), rules).state
      .round,
    { name: 'Zonder datum', due: '' }
  );
  assert.equal(exporter.read(JSON.stringify(base({})), rules).state.round, null);
  [
    { name: '' },
    { name: 'x'.repeat(rules.limits.roundName + 1) },
    { name: 'R', due: '2027-02-30' },
    { name: 'R', door: 'x' },
    'R',
    ['R']
  ].forEach((bad) => {
    const result = exporter.read(JSON.stringify(base({ formatVersion: 2, round: bad })), rules);
    assert.equal(result.ok, false, JSON.stringify(bad));
    assert.equal(result.error, 'De ronde in dit bestand is ongeldig.');
  });
});
