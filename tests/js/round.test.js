'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const round = require('../../js/round.js');
const { invitation, mailto } = require('../../js/invitation.js');
const makeRules = require('./fixture.js');

test('an invitation link carries the round name, date and organisation, and reads back', () => {
  const rules = makeRules();
  const hash = round.encode(rules, {
    name: 'Zelfscan 2027 – Stad Zonnebeke',
    due: '2027-01-15',
    organisation: 'Stad Zonnebeke',
    instructions: 'niet in de link'
  });
  assert.match(hash, /^#r1\.[A-Za-z0-9_-]+$/); // no space, no character a mail program could break on
  assert.ok(round.isInvite(hash));
  assert.deepEqual(round.decode(rules, hash), {
    ok: true,
    round: { name: 'Zelfscan 2027 – Stad Zonnebeke', due: '2027-01-15' },
    organisation: 'Stad Zonnebeke'
  });
  assert.equal(round.encode(rules, { name: '   ' }), '');
});

test('an invitation is untrusted text: checked, cleaned and limited', () => {
  const rules = makeRules();
  const code = (fields) => '#r1.' + Buffer.from(JSON.stringify(fields)).toString('base64url');
  const bad = [
    '#r1.',
    '#r1.!!!',
    '#r1.' + 'A'.repeat(3000),
    code(['a', 'b']),
    code(['Ronde', '2027-02-30', '']),
    code([1, '', '']),
    code(['', '', '']),
    code({ name: 'x' }),
    '#r1.' + Buffer.from('{"a":').toString('base64url'),
    '#r1.' + Buffer.from([0xff, 0xfe]).toString('base64url')
  ];
  bad.forEach((hash) => {
    const result = round.decode(rules, hash);
    assert.equal(result.ok, false, hash);
    assert.match(result.error, /onvolledig of beschadigd/);
  });
  assert.equal(round.decode(rules, '#z3.abc').ok, false);
  const odd = round.decode(
    rules,
    code(['<b>Ronde</b>\u0000\n\u2028 2027' + 'x'.repeat(300), '', ' Gemeente\tX '])
  );
  assert.equal(odd.ok, true);
  assert.equal(odd.round.name, ('<b>Ronde</b> 2027' + 'x'.repeat(300)).slice(0, rules.limits.roundName));
  assert.equal(odd.organisation, 'Gemeente X');
});

test('the invitation mail says what to do, by when, and what happens with the answers', () => {
  const rules = makeRules();
  const mail = invitation(
    rules,
    {
      name: 'Zelfscan 2027',
      due: '2027-01-15',
      organisation: 'Gemeente Zonnebeke',
      instructions: 'Vul in voor je eigen dienst.\nVragen? Bel mij.',
      sender: 'Sara, datamanager'
    },
    'https://example.org/zelfscan.html#r1.abc',
    { minutes: 25, domains: 3 }
  );
  assert.equal(mail.subject, 'Zelfscan open data: Zelfscan 2027');
  const body = mail.body;
  assert.match(body, /Hoe ver staat Gemeente Zonnebeke met open data\?/);
  assert.match(body, /1\. Open deze link: https:\/\/example\.org\/zelfscan\.html#r1\.abc\n/);
  assert.match(
    body,
    /antwoord met ja, nee of "weet ik niet"\. Alles samen duurt het ongeveer 25 minuten voor 3 domeinen/
  );
  assert.match(body, /Graag tegen 15 januari 2027\./);
  assert.match(body, /Vul in voor je eigen dienst\.\nVragen\? Bel mij\./);
  assert.match(body, /minstens drie collega's met dat profiel/);
  assert.match(body, /Er gaat niets naar een server\./);
  assert.ok(body.endsWith('Bedankt!\nSara, datamanager'));
  const bare = invitation(rules, { name: 'R' }, 'L', { minutes: 25, domains: 3 }).body;
  assert.doesNotMatch(bare, /Graag tegen/);
  assert.match(bare, /Hoe ver staat onze organisatie/);
  assert.match(
    mailto(mail),
    /^mailto:\?subject=Zelfscan%20open%20data%3A%20Zelfscan%202027&body=Dag%20collega%2C%0A/
  );
});
