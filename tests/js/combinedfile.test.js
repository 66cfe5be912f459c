'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const combine = require('../../js/combine.js');
const combinedfile = require('../../js/combinedfile.js');
const engine = require('../../js/engine.js');
const makeRules = require('./fixture.js');

function roundFile(rules, agreed) {
  const combined = combine.combine(rules, [
    {
      name: 'An',
      profile: 'p1',
      domains: {
        aa: {
          statements: { 'aa-l1-s1': 'ja', 'aa-l1-s2': 'ja' },
          need: 'n2',
          note: 'Het college vroeg erom.'
        }
      }
    },
    { name: '', profile: 'p2', domains: { aa: { level: 'l2', need: 'n1' } } },
    { name: '', profile: 'p2', domains: { aa: { level: 'l0' }, bb: { level: 'l3' } } }
  ]);
  const answers = combine.organisationAnswers(rules, combined, agreed);
  return combinedfile.build(
    rules,
    {
      round: { name: 'Ronde 2027', due: '2027-01-15', organisation: 'Gemeente X' },
      combined,
      sources: [
        {
          source: 'bestand',
          file: 'an.json',
          catalogVersion: rules.catalogVersion,
          exportedAt: '2026-12-01T10:00:00.000Z',
          round: 'Ronde 2027'
        },
        { source: 'link' },
        { source: 'bestand', file: 'b.json' }
      ],
      remarks: ['Een opmerking.'],
      agreed,
      answers,
      results: engine.score(rules, { domains: answers })
    },
    new Date('2026-12-10T10:00:00Z')
  );
}

test("a round is written as version 2 and opens as the organisation's answers", () => {
  const rules = makeRules();
  const data = roundFile(rules, {
    aa: { statements: { 'aa-l2-s1': 'ja', 'zz-l1-s1': 'ja' }, note: 'Afgesproken in de werkgroep.' },
    bb: { level: 'l1', need: 'oud' }
  });
  assert.equal(data.formatVersion, 2);
  assert.deepEqual(data.round, { name: 'Ronde 2027', due: '2027-01-15' });
  assert.deepEqual(
    data.people.map((p) => [p.label, p.name, p.source]),
    [
      ['An', 'An', 'bestand'],
      ['Profiel 2 1', '', 'link'],
      ['Profiel 2 2', '', 'bestand']
    ]
  );
  assert.deepEqual(data.agreed, {
    aa: { statements: { 'aa-l2-s1': 'ja' }, note: 'Afgesproken in de werkgroep.' },
    bb: { level: 'l1' }
  });
  assert.deepEqual(data.domains[0].notes, [{ by: 'An', text: 'Het college vroeg erom.' }]);
  const back = combinedfile.read(JSON.stringify(data), rules);
  assert.equal(back.ok, true);
  assert.equal(back.respondents, 3);
  assert.deepEqual(back.round, { name: 'Ronde 2027', due: '2027-01-15' });
  assert.equal(back.state.round, null);
  assert.equal(back.state.organisation, 'Gemeente X');
  assert.deepEqual(back.unplaced, []);
  assert.deepEqual(JSON.parse(JSON.stringify(exportedAnswers(back.state))), data.answers);
  assert.equal(back.state.domains.aa.note, 'Afgesproken in de werkgroep.');
  assert.deepEqual(
    back.domains.map((d) => d.id),
    ['aa', 'bb', 'cc']
  );
  assert.ok(combinedfile.isCombined(JSON.stringify(data), rules));
  assert.ok(!combinedfile.isCombined('{"format":"open-data-zelfscan-export"}', rules));
});

function exportedAnswers(state) {
  const out = {};
  Object.keys(state.domains).forEach((id) => {
    const a = state.domains[id];
    const entry = {};
    if (Object.keys(a.statements).length) {
      entry.statements = Object.assign({}, a.statements);
    }
    ['level', 'need', 'note'].forEach((f) => {
      if (a[f]) {
        entry[f] = a[f];
      }
    });
    out[id] = entry;
  });
  ['aa', 'bb', 'cc'].forEach((id) => {
    out[id] = out[id] || {};
  });
  return out;
}

test('a version 1 file (medians of levels) opens as levels picked the quick way', () => {
  const rules = makeRules();
  const v1 = {
    format: 'open-data-zelfscan-samenvoeging',
    formatVersion: 1,
    catalogVersion: 'abcdef123456',
    exportedAt: '2026-11-01T10:00:00.000Z',
    respondents: 4,
    sources: [],
    notes: [],
    domains: [
      { id: 'aa', title: 'A', respondents: 3, level: { count: 3, median: 1, min: 0, max: 3 } },
      { id: 'weg', level: { median: 2 } }
    ],
    answers: { aa: { level: 'l1', need: 'n2' }, weg: { level: 'l0' } },
    results: {}
  };
  const back = combinedfile.read(JSON.stringify(v1), rules);
  assert.equal(back.ok, true);
  assert.equal(back.formatVersion, 1);
  assert.equal(back.sameCatalog, false);
  assert.equal(back.state.domains.aa.level, 'l1');
  assert.deepEqual(back.unplaced, ['Domein "weg" bestaat niet meer.']);
  assert.deepEqual(back.domains, [{ id: 'aa', level: { median: 1 } }]);
});

test('a bad combined file is refused with a Dutch message', () => {
  const rules = makeRules();
  const good = roundFile(rules, {});
  const cases = [
    ['{', 'geen geldig JSON'],
    [JSON.stringify({ format: 'open-data-zelfscan-export' }), 'geen samenvoeging'],
    [
      JSON.stringify(Object.assign({}, good, { formatVersion: 3 })),
      'formaatversie 3, deze site leest versie 1 en 2'
    ],
    [JSON.stringify(Object.assign({}, good, { respondents: -1 })), 'aantal zelfscans'],
    [
      JSON.stringify(Object.assign({}, good, { domains: [{ id: 'aa', level: { median: 9 } }] })),
      'domeinen in deze samenvoeging'
    ],
    [JSON.stringify(Object.assign({}, good, { domains: {} })), 'domeinen in deze samenvoeging'],
    [
      JSON.stringify(Object.assign({}, good, { answers: { aa: { level: 5 } } })),
      'Een antwoord in deze samenvoeging is ongeldig.'
    ],
    [
      JSON.stringify(Object.assign({}, good, { round: { name: '' } })),
      'De ronde in deze samenvoeging is ongeldig.'
    ],
    [
      JSON.stringify(Object.assign({}, good, { catalogVersion: '<b>' })),
      'catalogusversie in deze samenvoeging'
    ],
    [
      JSON.stringify(Object.assign({}, good, { answers: undefined })),
      'Deze samenvoeging bevat geen antwoorden.'
    ]
  ];
  cases.forEach(([text, expected]) => {
    const result = combinedfile.read(text, rules);
    assert.equal(result.ok, false, text.slice(0, 80));
    assert.ok(result.error.indexOf(expected) >= 0, result.error + ' / ' + expected);
  });
});
