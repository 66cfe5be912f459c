'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const downloads = require('../../js/downloads.js');
const engine = require('../../js/engine.js');
const makeRules = require('./fixture.js');

test('plan as CSV and Markdown checklist, safe for spreadsheets', () => {
  const rules = makeRules();
  const results = engine.score(rules, { domains: { aa: { level: 'l0', need: 'n2' } } });
  const work = { 'aa-l0-a': { owner: '=cmd|calc', due: '2027-03-01', status: 'klaar' } };
  const text = downloads.planCsv(rules, results, work);
  const lines = text.replace('\ufeff', '').trim().split('\r\n');
  assert.equal(lines[0], 'domein;prioriteit;actie_id;actie;inspanning;trekker;deadline;status');
  assert.equal(lines.length, 4);
  assert.ok(lines[1].includes("'=cmd|calc"));
  const md = downloads.planMarkdown(rules, results, work, 'Actieplan');
  assert.ok(md.includes('- [x] Titel aa-l0-a \\(=cmd\\|calc, 2027-03-01, Klaar\\)'), md);
  assert.ok(md.includes('- [ ] Titel aa-l0-b'));
});

test('reminder is an all-day event one year later', () => {
  const ics = downloads.reminderIcs(
    new Date(2026, 10, 23, 10, 0),
    'https://example.org/zelfscan.html',
    'abc@zelfscan'
  );
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n'));
  assert.ok(ics.includes('DTSTART;VALUE=DATE:20271123\r\n'));
  assert.ok(ics.includes('DTEND;VALUE=DATE:20271124\r\n'));
  assert.ok(ics.includes('UID:abc@zelfscan'));
  assert.ok(ics.replace(/\r\n /g, '').includes('https://example.org/zelfscan.html'));
});

test('calendar lines are folded at 75 octets without splitting a character', () => {
  const url = 'https://example.org/' + 'é'.repeat(80) + '/zelfscan.html';
  const ics = downloads.reminderIcs(new Date(2026, 10, 23), url, 'abc@zelfscan');
  for (const line of ics.split('\r\n')) {
    assert.ok(Buffer.byteLength(line) <= 75, line);
  }
  assert.ok(!ics.includes('\ufffd'));
  assert.ok(ics.replace(/\r\n /g, '').includes(url.replace(/,/g, '\\,')));
});

test('the Markdown plan keeps typed and imported text inert', () => {
  const rules = makeRules();
  const results = engine.score(rules, { domains: { aa: { level: 'l0', need: 'n2' } } });
  const work = {
    'aa-l0-a': {
      owner: '[klik](javascript:alert(1)) <img src=x onerror=alert(1)> **vet** &lt;\n# kop',
      due: '',
      status: ''
    }
  };
  const md = downloads.planMarkdown(rules, results, work, 'Plan <b>X</b>');
  assert.ok(!/\]\(|<img|<b>|\*\*vet|&lt;|\n# kop/.test(md.replace(/\\./g, '')), md);
  assert.ok(md.startsWith('# Plan \\<b\\>X\\</b\\>'));
});
