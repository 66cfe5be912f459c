/* Open Data Zelfscan: the mail a data manager sends to invite colleagues to a round, as pure
 * functions (no DOM): what to do, by when, and what happens with the answers, in plain Dutch.
 * The round's fields are checked by js/round.js first. */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory(require('./round.js'), require('./format.js'));
  } else {
    const zs = (root.Zelfscan = root.Zelfscan || {});
    zs.invitation = factory(zs.round, zs.format);
  }
})(typeof self !== 'undefined' ? self : this, function (round, format) {
  'use strict';

  /* The mail to colleagues: {subject, body}. facts: {minutes, domains} of the self-scan;
   * answers: the titles of yes, no and don't know. */
  function invitation(rules, given, link, facts) {
    const r = round.normalise(rules, given);
    const yes = rules.statementAnswers.yes.title.toLowerCase();
    const no = rules.statementAnswers.no.title.toLowerCase();
    const unknown = rules.unknown.title.toLowerCase();
    const who = r.organisation ? r.organisation : 'onze organisatie';
    const lines = [
      'Dag collega,',
      '',
      'Hoe ver staat ' +
        who +
        ' met open data? Dat willen we samen uitzoeken. Daarom vraag ik ' +
        "collega's uit verschillende diensten om de zelfscan open data in te vullen. Jouw kijk telt, " +
        'ook als je weinig van open data weet.',
      '',
      'Wat vraag ik je?',
      '1. Open deze link: ' + link,
      '2. Kies je profiel. Je naam invullen mag, maar hoeft niet: zonder naam blijf je anoniem.',
      '3. Lees per domein de korte uitspraken en antwoord met ' +
        yes +
        ', ' +
        no +
        ' of "' +
        unknown +
        '". Alles samen duurt het ongeveer ' +
        facts.minutes +
        ' minuten voor ' +
        facts.domains +
        ' domeinen. Je mag tussendoor stoppen: je antwoorden blijven bewaard in je browser.',
      '4. Klik op het einde op "Exporteren" en stuur mij het bestand. Of klik op "Deel via link" ' +
        'en stuur mij die link.'
    ];
    if (r.due) {
      lines.push('', 'Graag tegen ' + format.longDate(r.due) + '.');
    }
    if (r.instructions) {
      lines.push('', r.instructions);
    }
    lines.push(
      '',
      'Wat gebeurt er met je antwoorden?',
      '- Ze blijven op je eigen computer tot je ze zelf doorstuurt. Er gaat niets naar een server.',
      '- Ik voeg alle antwoorden samen op mijn computer. Per profiel toon ik alleen een resultaat als ' +
        'minstens ' +
        format.word(rules.round.minGroup) +
        " collega's met dat profiel meededen, zodat niemand " +
        'herkenbaar is. Je notities lees ik wel, met je naam als je die invulde.',
      '- Daarna bespreken we samen waar we verschillen, en maken we één plan voor de organisatie.',
      '',
      'Bedankt!'
    );
    if (r.sender) {
      lines.push(r.sender);
    }
    return { subject: 'Zelfscan open data: ' + r.name, body: lines.join('\n') };
  }

  /* A 'mailto:' address with the subject and body filled in (opens the person's mail program;
   * nothing is sent by the site). */
  function mailto(mail) {
    return 'mailto:?subject=' + encodeURIComponent(mail.subject) + '&body=' + encodeURIComponent(mail.body);
  }

  return { invitation, mailto };
});
