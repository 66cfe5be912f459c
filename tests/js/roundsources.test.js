'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const sources = require('../../js/roundsources.js');
const sharelink = require('../../js/sharelink.js');
const combine = require('../../js/combine.js');
const makeRules = require('./fixture.js');

function exportText(rules, extra) {
  return JSON.stringify(
    Object.assign(
      {
        format: 'open-data-zelfscan-export',
        formatVersion: 2,
        catalogVersion: rules.catalogVersion,
        exportedAt: '2026-12-01T10:00:00.000Z',
        profile: 'p1',
        answers: { aa: { level: 'l1', note: 'Een notitie.' } }
      },
      extra
    )
  );
}

test('files and links become respondents; a link carries no name and no notes', () => {
  const rules = makeRules();
  const file = sources.read(rules, {
    kind: 'bestand',
    name: 'an.json',
    text: exportText(rules, { respondent: 'An', round: { name: 'R' } })
  });
  assert.equal(file.respondent.name, 'An');
  assert.equal(file.respondent.domains.aa.note, 'Een notitie.');
  assert.deepEqual(
    [file.respondent.meta.source, file.respondent.meta.file, file.respondent.meta.round],
    ['bestand', 'an.json', 'R']
  );
  const state = {
    profile: 'p2',
    domains: { aa: { level: 'l2', need: 'n1', target: '', note: 'geheim', statements: {} } }
  };
  const link = sources.read(rules, {
    kind: 'link',
    name: 'Link op regel 1',
    text: sharelink.encode(rules, state)
  });
  assert.equal(link.respondent.name, '');
  assert.equal(link.respondent.profile, 'p2');
  assert.equal(link.respondent.domains.aa.level, 'l2');
  assert.equal(link.respondent.domains.aa.note, '');
  assert.match(sources.read(rules, { kind: 'link', name: 'x', text: '#z3.kapot' }).error, /link/);
  const combined = sources.read(rules, {
    kind: 'bestand',
    name: 's.json',
    text: '{"format":"open-data-zelfscan-samenvoeging","formatVersion":2}'
  });
  assert.equal(combined.combined, true);
});

test('pasted links are taken from the line they came in; other lines are named', () => {
  const text =
    'Mijn link: https://x.org/zelfscan.html#z3.a.b.c.\n\n  <https://x.org/zelfscan.html#z2.d.e>  \nhttps://x.org/zelfscan.html#r1.abc\nhallo';
  assert.deepEqual(sources.links(text), [
    { kind: 'link', name: 'Link op regel 1', text: '#z3.a.b.c.' },
    { kind: 'link', name: 'Link op regel 3', text: '#z2.d.e' },
    {
      kind: 'link',
      name: 'Link op regel 4',
      error: 'Dit is de uitnodiging zelf, niet de antwoorden van een collega.'
    },
    {
      kind: 'link',
      name: 'Link op regel 5',
      error: 'Er staat geen link van de zelfscan in (een link met #z3. erin).'
    }
  ]);
  assert.deepEqual(sources.links('  \n'), []);
});

test('remarks: other versions, another round, the same answers twice', () => {
  const rules = makeRules();
  const read = [
    exportText(rules, { round: { name: 'R' } }),
    exportText(rules, { catalogVersion: 'abcdef123456', round: { name: 'Andere' } }),
    exportText(rules, {})
  ].map((text, i) => sources.read(rules, { kind: 'bestand', name: 'f' + i + '.json', text }).respondent);
  const people = combine.people(rules, read);
  assert.deepEqual(sources.remarks(rules, read, people, 'R'), [
    'Profiel 1 2 (f1.json) is gemaakt met een andere versie van het model (abcdef123456). Het telt mee voor de domeinen en uitspraken die nog bestaan.',
    'Profiel 1 2 (f1.json) hoort bij een andere ronde: "Andere".',
    'Profiel 1 1 (f0.json) en Profiel 1 2 (f1.json) bevatten precies dezelfde antwoorden. Is dat twee keer de zelfscan van dezelfde collega? Verwijder er dan één, anders telt die collega dubbel.',
    'Profiel 1 1 (f0.json) en Profiel 1 3 (f2.json) bevatten precies dezelfde antwoorden. Is dat twee keer de zelfscan van dezelfde collega? Verwijder er dan één, anders telt die collega dubbel.'
  ]);
  assert.equal(
    sources.remarks(rules, read, people, '').some((r) => r.indexOf('andere ronde') >= 0),
    false
  );
});

test('a survey file unpacks into one source per respondent; alike answers there are not flagged', () => {
  const rules = makeRules();
  const one = JSON.parse(exportText(rules, { respondent: 'bevraging.csv, rij 2' }));
  const two = JSON.parse(exportText(rules, { respondent: 'bevraging.csv, rij 3' }));
  const bundle = {
    format: rules.formats.bundle.name,
    formatVersion: rules.formats.bundle.version,
    catalogVersion: rules.catalogVersion,
    createdAt: '2026-12-01T10:00:00.000Z',
    source: 'bevraging.csv',
    exports: [one, two]
  };
  const items = sources.unpack(rules, { kind: 'bestand', name: 'b.json', text: JSON.stringify(bundle) });
  assert.deepEqual(
    items.map((i) => [i.name, i.bundle]),
    [
      ['b.json, zelfscan 1', 'b.json'],
      ['b.json, zelfscan 2', 'b.json']
    ]
  );
  const respondents = items.map((i) => sources.read(rules, i).respondent);
  assert.deepEqual(
    respondents.map((r) => [r.name, r.meta.bundle]),
    [
      ['bevraging.csv, rij 2', 'b.json'],
      ['bevraging.csv, rij 3', 'b.json']
    ]
  );
  const people = combine.people(rules, respondents);
  assert.deepEqual(sources.remarks(rules, respondents, people, ''), [
    'b.json bevat 2 respondenten van een bevraging. Bij zoveel mensen zijn verschillen normaal: veel ' +
      "collega's zien maar een deel van de organisatie. Gebruik ze om te kiezen wat jullie samen bespreken."
  ]);
  // the same answers in two separate files still ask whether one colleague sent twice
  const apart = [one, two].map(
    (e, i) => sources.read(rules, { kind: 'bestand', name: i + '.json', text: JSON.stringify(e) }).respondent
  );
  assert.equal(sources.remarks(rules, apart, combine.people(rules, apart), '').length, 1);
  // anything else passes through untouched; a broken or empty bundle is refused with a reason
  const plain = { kind: 'bestand', name: 'x.json', text: exportText(rules, {}) };
  assert.deepEqual(sources.unpack(rules, plain), [plain]);
  assert.match(
    sources.unpack(rules, {
      kind: 'bestand',
      name: 'b.json',
      text: JSON.stringify(Object.assign({}, bundle, { exports: [] }))
    })[0].error,
    /geen zelfscans/
  );
  assert.match(
    sources.unpack(rules, {
      kind: 'bestand',
      name: 'b.json',
      text: JSON.stringify(Object.assign({}, bundle, { formatVersion: 9 }))
    })[0].error,
    /andere versie/
  );
  const many = Object.assign({}, bundle, { exports: new Array(rules.limits.people + 1).fill(one) });
  assert.match(
    sources.unpack(rules, { kind: 'bestand', name: 'b.json', text: JSON.stringify(many) })[0].error,
    /hoogstens/
  );
});
