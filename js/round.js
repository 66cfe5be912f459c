/* Open Data Zelfscan: a team round's invitation, as pure functions (no DOM).
 * The invitation link is the self-scan's address with '#r1.<code>': the round's name, the date
 * by when and the organisation, as base-64 (URL alphabet) of a small JSON list, so that a mail
 * program cannot break the link at a space. Like a share link it stays in the browser (the part
 * after # is never sent to a server) and is read as untrusted text: checked field by field,
 * control characters removed, lengths limited, shown with textContent only.
 * invitation() writes the mail a data manager sends to colleagues. */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) { module.exports = factory(require('./format.js')); }
  else {
    const zs = root.Zelfscan = root.Zelfscan || {};
    zs.round = factory(zs.format);
  }
})(typeof self !== 'undefined' ? self : this, function (format) {
  'use strict';

  const PREFIX = '#r1.';
  const MAX_CODE = 2000; // characters of the code: far more than three full fields need

  /* Text as one line: control characters and runs of spaces become one space, cut to `max`. */
  function clean(text, max) {
    return String(text === undefined || text === null ? '' : text)
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, max).trim();
  }

  /* A round as the page keeps it: {name, due, organisation, instructions, sender}, every field
   * checked; `due` is '' unless it is a real date. */
  function normalise(rules, round) {
    const given = round && typeof round === 'object' ? round : {};
    const due = typeof given.due === 'string' && format.isRealDate(given.due) ? given.due : '';
    const instructions = String(typeof given.instructions === 'string' ? given.instructions : '')
      .replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '').slice(0, rules.limits.text).trim();
    return {
      name: clean(given.name, rules.limits.roundName),
      due,
      organisation: clean(given.organisation, rules.limits.organisation),
      instructions,
      sender: clean(given.sender, rules.limits.name)
    };
  }

  function toBase64Url(text) {
    const bytes = new TextEncoder().encode(text);
    let binary = '';
    bytes.forEach((b) => { binary += String.fromCharCode(b); });
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function fromBase64Url(code) {
    const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) { bytes[i] = binary.charCodeAt(i); }
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  }

  /* '#r1.…' for a round with a name; '' without one. */
  function encode(rules, round) {
    const r = normalise(rules, round);
    if (!r.name) { return ''; }
    return PREFIX + toBase64Url(JSON.stringify([r.name, r.due, r.organisation]));
  }

  function isInvite(hash) { return String(hash || '').indexOf(PREFIX) === 0; }

  /* {ok: true, round: {name, due}, organisation} or {ok: false, error} (Dutch). */
  function decode(rules, hash) {
    const broken = { ok: false, error: 'Deze uitnodiging is onvolledig of beschadigd. Vraag wie je uitnodigde om de link opnieuw te sturen.' };
    const text = String(hash || '');
    if (!isInvite(text)) { return { ok: false, error: 'Deze link bevat geen uitnodiging voor een ronde.' }; }
    const code = text.slice(PREFIX.length);
    if (!code || code.length > MAX_CODE || !/^[A-Za-z0-9_-]+$/.test(code)) { return broken; }
    let fields;
    try { fields = JSON.parse(fromBase64Url(code)); } catch (e) { return broken; }
    if (!Array.isArray(fields) || fields.length !== 3 || fields.some((f) => typeof f !== 'string')) { return broken; }
    const r = normalise(rules, { name: fields[0], due: fields[1], organisation: fields[2] });
    if (!r.name || (fields[1] && !r.due)) { return broken; }
    return { ok: true, round: { name: r.name, due: r.due }, organisation: r.organisation };
  }

  /* The mail to colleagues: {subject, body}. facts: {minutes, domains} of the self-scan;
   * answers: the titles of yes, no and don't know. */
  function invitation(rules, round, link, facts) {
    const r = normalise(rules, round);
    const yes = rules.statementAnswers.yes.title.toLowerCase();
    const no = rules.statementAnswers.no.title.toLowerCase();
    const unknown = rules.unknown.title.toLowerCase();
    const who = r.organisation ? r.organisation : 'onze organisatie';
    const lines = [
      'Dag collega,',
      '',
      'Hoe ver staat ' + who + ' met open data? Dat willen we samen uitzoeken. Daarom vraag ik ' +
        'collega\'s uit verschillende diensten om de zelfscan open data in te vullen. Jouw kijk telt, ' +
        'ook als je weinig van open data weet.',
      '',
      'Wat vraag ik je?',
      '1. Open deze link: ' + link,
      '2. Kies je profiel. Je naam invullen mag, maar hoeft niet: zonder naam blijf je anoniem.',
      '3. Lees per domein de korte uitspraken en antwoord met ' + yes + ', ' + no + ' of "' + unknown +
        '". Alles samen duurt het ongeveer ' + facts.minutes + ' minuten voor ' + facts.domains +
        ' domeinen. Je mag tussendoor stoppen: je antwoorden blijven bewaard in je browser.',
      '4. Klik op het einde op "Exporteren" en stuur mij het bestand. Of klik op "Deel via link" ' +
        'en stuur mij die link.'
    ];
    if (r.due) { lines.push('', 'Graag tegen ' + format.longDate(r.due) + '.'); }
    if (r.instructions) { lines.push('', r.instructions); }
    lines.push('',
      'Wat gebeurt er met je antwoorden?',
      '- Ze blijven op je eigen computer tot je ze zelf doorstuurt. Er gaat niets naar een server.',
      '- Ik voeg alle antwoorden samen op mijn computer. Per profiel toon ik alleen een resultaat als ' +
        'minstens ' + format.word(rules.round.minGroup) + ' collega\'s met dat profiel meededen, zodat niemand ' +
        'herkenbaar is. Je notities lees ik wel, met je naam als je die invulde.',
      '- Daarna bespreken we samen waar we verschillen, en maken we één plan voor de organisatie.',
      '', 'Bedankt!');
    if (r.sender) { lines.push(r.sender); }
    return { subject: 'Zelfscan open data: ' + r.name, body: lines.join('\n') };
  }

  /* A 'mailto:' address with the subject and body filled in (opens the person's mail program;
   * nothing is sent by the site). */
  function mailto(mail) {
    return 'mailto:?subject=' + encodeURIComponent(mail.subject) + '&body=' + encodeURIComponent(mail.body);
  }

  return { encode, decode, isInvite, normalise, clean, invitation, mailto };
});
