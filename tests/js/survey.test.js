'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const csv = require('../../js/csvfile.js');
const answers = require('../../js/surveyanswers.js');
const analysis = require('../../js/surveyanalysis.js');
const makeSurvey = require('./survey_fixture.js');
const makeRules = require('./fixture.js');

const bytes = (text) => new TextEncoder().encode(text);
const rowsOf = (text) => csv.parse(text).rows;

/* ---------- bytes to text ---------- */
test('decode finds the encoding from the bytes', () => {
  assert.deepEqual(csv.decode(bytes('\ufeffA;B\n')), { ok: true, text: 'A;B\n', encoding: 'utf-8' });
  assert.equal(csv.decode(bytes('één')).text, 'één');
  assert.deepEqual(csv.decode(new Uint8Array([0x41, 0x3b, 0xe9, 0x80])), {
    ok: true,
    text: 'A;é€',
    encoding: 'windows-1252'
  });
  const utf16 = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x09, 0x00, 0xeb, 0x00]);
  assert.deepEqual(csv.decode(utf16), { ok: true, text: 'A\të', encoding: 'utf-16le' });
});

test('decode refuses what is no CSV text, in Dutch', () => {
  assert.equal(csv.decode(new Uint8Array([])).error, 'Het bestand is leeg.');
  assert.equal(csv.decode(bytes(' \r\n\t')).error, 'Het bestand is leeg.');
  assert.match(
    csv.decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2])).error,
    /^Dit is een Excel- of ODS-bestand/
  );
  assert.match(
    csv.decode(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2])).error,
    /^Dit is een ouder Excel-bestand/
  );
  assert.match(
    csv.decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])).error,
    /^Dit bestand bevat geen tekst/
  );
  assert.match(csv.decode(new Uint8Array(csv.MAX_BYTES + 1)).error, /te groot/);
});

/* ---------- text to rows ---------- */
test('parse takes the separator of the first row and reads quoted cells', () => {
  const semicolons = csv.parse('a;"b;c";"d ""e"""\r\n1;"twee\nregels";3\r\n');
  assert.equal(semicolons.separator, ';');
  assert.equal(semicolons.separatorName, 'puntkomma');
  assert.deepEqual(semicolons.rows, [
    ['a', 'b;c', 'd "e"'],
    ['1', 'twee\nregels', '3']
  ]);
  assert.deepEqual(csv.parse('a,b\n1,2').rows, [
    ['a', 'b'],
    ['1', '2']
  ]);
  assert.deepEqual(csv.parse('a\tb\r1\t2\r').rows, [
    ['a', 'b'],
    ['1', '2']
  ]);
  assert.deepEqual(csv.parse('alleen\n\nnog').rows, [['alleen'], [''], ['nog']]); // rows as in a spreadsheet
  assert.equal(csv.parse('"a,b,c";d').separator, ';'); // a separator inside quotes does not count
});

test('parse reports a quote that is never closed and keeps the rest', () => {
  const parsed = csv.parse('a;b\n1;"open\n2;3\n');
  assert.deepEqual(parsed.rows, [
    ['a', 'b'],
    ['1', 'open\n2;3\n']
  ]);
  assert.deepEqual(parsed.problems, [
    'Rij 2: een aanhalingsteken (") wordt niet gesloten. Alles vanaf daar tot het einde van het bestand is als één cel gelezen.'
  ]);
});

test('column names as in a spreadsheet', () => {
  assert.deepEqual([0, 25, 26, 51, 701, 702].map(csv.columnName), ['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
});

/* ---------- headings ---------- */
test('headings are matched in every shape the platforms write', () => {
  const known = answers.targets(makeSurvey());
  const key = (heading) => {
    const m = answers.matchHeading(heading, known);
    return m && (m.problem || m.key + ':' + m.kind);
  };
  assert.equal(key('S1'), 'S1:single');
  assert.equal(key('s1'), 'S1:single');
  assert.equal(key('S1. Ik heb nood aan hulp.'), 'S1:single');
  assert.equal(key('Ik heb nood aan hulp.'), 'S1:single');
  assert.equal(key('  ik HEB nood aan   hulp. '), 'S1:single');
  assert.equal(key('M1[2]'), 'M1[2]:option');
  assert.equal(key('M1 [2]'), 'M1[2]:option');
  assert.equal(key('M1_2'), 'M1[2]:option');
  assert.equal(key('Wat helpt, kies er hoogstens twee? [Geld, of middelen]'), 'M1[2]:option');
  assert.equal(key('M1. Wat helpt, kies er hoogstens twee?'), 'M1:joined');
  assert.equal(key('O1'), 'O1:open');
  assert.equal(key('Zaa[erisiets]'), 'Zaa[erisiets]:statement');
  assert.equal(key('Zaa_erismeer. Er is meer.'), 'Zaa[erismeer]:statement');
  assert.equal(key('Domein aa [Er is meer.]'), 'Zaa[erismeer]:statement');
  assert.equal(key('M1[9]'), 'vraag M1 heeft geen antwoord "9"');
  assert.equal(key('Zaa[niets]'), 'geen stelling "niets" in Zaa');
  assert.equal(key('S1[other]'), null);
  assert.equal(key('submitdate'), null);
  assert.equal(key('ID'), null);
  assert.equal(key('S10'), null);
});

/* ---------- rows to respondents ---------- */
const HEADER = 'id;P1;S1;M1[1];M1[2];M1[3];O1;T1;Zaa[erisiets];Zaa[erismeer]';

test('cells hold codes, codes with the id, or answer texts', () => {
  const read = answers.read(
    makeSurvey(),
    rowsOf(
      [
        HEADER,
        '1;2;4;Y;;N;iets;P1-1 x;J;Nee',
        '2;Profiel een;S1-5 Helemaal akkoord;Ja;Nee;;;;WN;',
        '3;P1-2 Profiel twee;weet ik niet;;;;;3;Zaa_erisiets-N;ja',
        '4;1 Profiel een;4 Akkoord;;;;;;;'
      ].join('\n')
    )
  );
  assert.equal(read.ok, true);
  assert.deepEqual(read.problems, [
    {
      row: 2,
      column: 'H',
      message: 'T1: "P1-1 x" is geen antwoord van deze vraag. Dit antwoord telt niet mee.'
    }
  ]);
  const plain = read.respondents.map((r) => ({
    row: r.row,
    profile: r.profile,
    answers: Object.assign({}, r.answers),
    statements: Object.assign({}, r.statements)
  }));
  assert.deepEqual(plain, [
    {
      row: 2,
      profile: 'p2',
      answers: { P1: '2', S1: '4', M1: ['1'], O1: true },
      statements: { 'aa-er-is-iets': 'ja', 'aa-er-is-meer': 'nee' }
    },
    {
      row: 3,
      profile: 'p1',
      answers: { P1: '1', S1: '5', M1: ['1'] },
      statements: { 'aa-er-is-iets': 'weet-niet' }
    },
    {
      row: 4,
      profile: 'p2',
      answers: { P1: '2', S1: 'WN', T1: '3' },
      statements: { 'aa-er-is-iets': 'nee', 'aa-er-is-meer': 'ja' }
    },
    { row: 5, profile: 'p1', answers: { P1: '1', S1: '4' }, statements: {} }
  ]);
  assert.deepEqual(read.unmatched, ['A (id)']);
  assert.deepEqual(read.missing, []);
});

test('answers joined in one cell, as Forms writes them', () => {
  const read = answers.read(makeSurvey(), rowsOf('P1,M1. Wat helpt\n1,"M1-1 Tijd;Hulp;M1-9 Onbekend"\n'));
  assert.deepEqual(read.respondents[0].answers.M1, ['1', '3']);
  assert.deepEqual(read.problems, [
    {
      row: 2,
      column: 'B',
      message: 'M1: "M1-9 Onbekend" is geen antwoord van deze vraag. Dit antwoord telt niet mee.'
    }
  ]);
});

test('headers below other rows, repeated columns, extra cells and too many choices are reported', () => {
  const read = answers.read(
    makeSurvey(),
    rowsOf(
      [
        'Alias;Bevraging',
        'Exportdatum;1-2-2026',
        'P1;S1;S1. Ik heb nood aan hulp.;M1',
        '1;4;5;M1-1;extra',
        ';;;;',
        '2;3;3;1;2;3'
      ].join('\n')
    )
  );
  assert.equal(read.headerRow, 3);
  assert.deepEqual(
    read.problems.map((p) => [p.row, p.column, p.message]),
    [
      [3, 'C', 'Deze kolom hoort ook bij S1, net als kolom B. Alleen kolom B telt mee.'],
      [
        4,
        'E',
        'Deze rij heeft meer cellen dan er kolomkoppen zijn. Wat rechts van de laatste kolomkop staat, telt niet mee.'
      ],
      [
        6,
        'E',
        'Deze rij heeft meer cellen dan er kolomkoppen zijn. Wat rechts van de laatste kolomkop staat, telt niet mee.'
      ]
    ]
  );
  assert.deepEqual(
    read.respondents.map((r) => r.row),
    [4, 6]
  ); // the empty row 5 is no respondent
  assert.deepEqual(read.missing, ['O1', 'T1']);
  const tooMany = answers.read(makeSurvey(), rowsOf('P1;M1\n1;"1;2;3"\n'));
  assert.deepEqual(tooMany.problems, [
    {
      row: 2,
      column: null,
      message: 'M1: 3 antwoorden aangeduid, hoogstens 2 waren gevraagd. Ze tellen allemaal mee.'
    }
  ]);
  assert.deepEqual(tooMany.respondents[0].answers.M1, ['1', '2', '3']);
});

test('files the survey cannot be read from are refused', () => {
  assert.match(
    answers.read(makeSurvey(), rowsOf('naam;adres\nJan;Markt\n')).error,
    /^Geen enkele kolomkop hoort bij de vragenlijst\./
  );
  assert.equal(
    answers.read(makeSurvey(), rowsOf('P1;S1\n;\n')).error,
    'Het bestand heeft kolomkoppen, maar geen enkele rij met antwoorden.'
  );
  const noProfile = answers.read(makeSurvey(), rowsOf('S1\n4\n'));
  assert.deepEqual(noProfile.problems, [
    {
      row: null,
      column: null,
      message: 'Er is geen kolom voor P1 (het profiel): alle antwoorden tellen als "zonder profiel".'
    }
  ]);
});

/* ---------- figures ---------- */
function readOf(lines) {
  return answers.read(makeSurvey(), rowsOf(['P1;S1;M1;T1;Zaa[erisiets]'].concat(lines).join('\n')));
}

test('no figure for fewer than five, figures from five on', () => {
  const four = ['1;4;1;', '1;5;1;', '1;2;2;', '1;WN;3;'];
  const small = analysis.analyse(makeSurvey(), makeRules(), readOf(four));
  const p1 = small.groups.filter((g) => g.id === 'p1')[0];
  assert.deepEqual(p1, { id: 'p1', title: 'Profiel 1', count: null, shown: false });
  const s1 = small.questions[1].groups.p1;
  assert.deepEqual(
    [s1.shown, s1.agree, s1.options.map((o) => o.percent)],
    [false, null, [null, null, null, null, null, null]]
  );
  const five = analysis.analyse(makeSurvey(), makeRules(), readOf(four.concat(['1;4;1;'])));
  const shown = five.questions[1].groups.p1;
  assert.deepEqual(
    [shown.n, shown.agree, shown.options.map((o) => o.percent)],
    [5, 60, [0, 20, 0, 40, 20, 20]]
  );
  assert.deepEqual(
    five.questions[2].groups.p1.options.map((o) => o.percent),
    [60, 20, 20]
  );
  assert.deepEqual(
    five.groups.map((g) => g.id),
    ['alle', 'p1', 'p2']
  ); // nobody without a profile
});

test('the need rule averages the need questions with enough answers', () => {
  const lines = ['1;4;;', '1;5;;', '1;1;;', '1;2;;', '2;4;;4', '2;WN;;5', '2;3;;1', '2;2;;2', '2;1;;4'];
  const results = analysis.analyse(makeSurvey(), makeRules(), readOf(lines));
  const [aa, bb, cc] = results.domainNeeds;
  // S1: 3 of 9 agree (33%); T1 (domain bb): 3 of 5 agree (60%)
  assert.deepEqual([aa.domain, aa.counted, aa.percent, aa.need], ['aa', 1, 33, 'n1']);
  assert.deepEqual([bb.domain, bb.counted, bb.percent, bb.need], ['bb', 1, 60, 'n2']);
  assert.deepEqual([cc.counted, cc.share, cc.need], [0, null, null]);
  assert.deepEqual(
    results.topNeeds.alle.map((t) => [t.id, t.agree]),
    [
      ['T1', 60],
      ['S1', 33]
    ]
  );
  const few = analysis.analyse(makeSurvey(), makeRules(), readOf(lines.slice(0, 8)));
  assert.deepEqual([few.domainNeeds[1].counted, few.domainNeeds[1].need], [0, null]); // T1: 4 answers
  const exactly = analysis.analyse(makeSurvey(), makeRules(), readOf(['1;4;;', '1;5;;', '1;1;;', '1;2;;']));
  assert.equal(exactly.domainNeeds[0].need, null);
  const half = analysis.analyse(
    makeSurvey(),
    makeRules(),
    readOf(['1;4;;', '1;5;;', '1;1;;', '1;2;;', '1;5;;', '1;1;;'])
  );
  assert.equal(half.domainNeeds[0].need, 'n2'); // exactly 50% reaches the step
});

test('statement answers become one self-scan export per respondent', () => {
  const read = readOf(['2;;;;J', '1;;;;', ';;;;WN']);
  const now = new Date('2026-02-01T09:00:00Z');
  const rules = makeRules();
  const exports = analysis.respondentsFromSurvey(makeSurvey(), rules, read, now, 'antwoorden.csv');
  const file = {
    format: rules.formats.export.name,
    formatVersion: rules.formats.export.version,
    catalogVersion: rules.catalogVersion,
    exportedAt: '2026-02-01T09:00:00.000Z'
  };
  assert.deepEqual(exports, [
    Object.assign({}, file, {
      organisation: '',
      profile: 'p2',
      respondent: 'antwoorden.csv, rij 2',
      answers: { aa: { statements: { 'aa-er-is-iets': 'ja' } } }
    }),
    Object.assign({}, file, {
      organisation: '',
      profile: '',
      respondent: 'antwoorden.csv, rij 4',
      answers: { aa: { statements: { 'aa-er-is-iets': 'weet-niet' } } }
    })
  ]);
  assert.deepEqual(analysis.bundle(rules, exports, now, 'antwoorden.csv'), {
    format: 'open-data-zelfscan-bundel',
    formatVersion: 1,
    catalogVersion: rules.catalogVersion,
    createdAt: '2026-02-01T09:00:00.000Z',
    source: 'antwoorden.csv',
    exports: exports
  });
});

test('result rows carry no figure of a small group', () => {
  const results = analysis.analyse(makeSurvey(), makeRules(), readOf(['1;4;1;', '1;5;1;', '2;4;1;1;J']));
  const rows = analysis.resultRows(makeSurvey(), makeRules(), results);
  assert.deepEqual(rows[0], [
    'soort',
    'groep',
    'respondenten',
    'vraag',
    'tekst',
    'antwoordcode',
    'antwoord',
    'aantal',
    'procent'
  ]);
  const p1 = rows.filter((r) => r[1] === 'Profiel 1');
  assert.ok(
    p1.length > 0 && p1.every((r) => r[2] === 'minder dan 5' && r[7] === 'minder dan 5' && r[8] === '')
  );
  assert.deepEqual(
    rows.filter((r) => r[0] === 'nood per domein').map((r) => [r[3], r[6]]),
    [
      ['aa', 'geen voorstel'],
      ['bb', 'geen voorstel'],
      ['cc', 'geen voorstel']
    ]
  );
  assert.deepEqual(
    rows.filter((r) => r[0] === 'stelling').map((r) => [r[3], r[5], r[7]]),
    [
      ['Zaa[erisiets]', 'J', 'minder dan 5'],
      ['Zaa[erisiets]', 'N', 'minder dan 5'],
      ['Zaa[erisiets]', 'WN', 'minder dan 5'],
      ['Zaa[erismeer]', 'J', 'minder dan 5'],
      ['Zaa[erismeer]', 'N', 'minder dan 5'],
      ['Zaa[erismeer]', 'WN', 'minder dan 5']
    ]
  );
});
