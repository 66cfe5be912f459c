/* Open Data Zelfscan: a team round's invitation, as pure functions (no DOM).
 * The invitation link is the self-scan's address with '#r1.<code>': the round's name, the date
 * by when and the organisation, as base-64 (URL alphabet) of a small JSON list, so that a mail
 * program cannot break the link at a space. Like a share link it stays in the browser (the part
 * after # is never sent to a server) and is read as untrusted text: checked field by field,
 * control characters removed, lengths limited, shown with textContent only.
 * js/invitation.js writes the mail around the link (on the combine page only). */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory(require('./format.js'));
  } else {
    const zs = (root.Zelfscan = root.Zelfscan || {});
    zs.round = factory(zs.format);
  }
})(typeof self !== 'undefined' ? self : this, function (format) {
  'use strict';

  const PREFIX = '#r1.';
  const MAX_CODE = 2000; // characters of the code: far more than three full fields need

  /* Text as one line: control characters and runs of spaces become one space, cut to `max`. */
  function clean(text, max) {
    return (
      String(text === undefined || text === null ? '' : text)
        // eslint-disable-next-line no-control-regex -- removing control characters is the point
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, max)
        .trim()
    );
  }

  /* A round as the page keeps it: {name, due, organisation, instructions, sender}, every field
   * checked; `due` is '' unless it is a real date. */
  function normalise(rules, round) {
    const given = round && typeof round === 'object' ? round : {};
    const due = typeof given.due === 'string' && format.isRealDate(given.due) ? given.due : '';
    const instructions = String(typeof given.instructions === 'string' ? given.instructions : '')
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '')
      .slice(0, rules.limits.text)
      .trim();
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
    bytes.forEach((b) => {
      binary += String.fromCharCode(b);
    });
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function fromBase64Url(code) {
    const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) {
      bytes[i] = binary.charCodeAt(i);
    }
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  }

  /* '#r1.…' for a round with a name; '' without one. */
  function encode(rules, round) {
    const r = normalise(rules, round);
    if (!r.name) {
      return '';
    }
    return PREFIX + toBase64Url(JSON.stringify([r.name, r.due, r.organisation]));
  }

  function isInvite(hash) {
    return String(hash || '').indexOf(PREFIX) === 0;
  }

  /* {ok: true, round: {name, due}, organisation} or {ok: false, error} (Dutch). */
  function decode(rules, hash) {
    const broken = {
      ok: false,
      error:
        'Deze uitnodiging is onvolledig of beschadigd. Vraag wie je uitnodigde om de link opnieuw te sturen.'
    };
    const text = String(hash || '');
    if (!isInvite(text)) {
      return { ok: false, error: 'Deze link bevat geen uitnodiging voor een ronde.' };
    }
    const code = text.slice(PREFIX.length);
    if (!code || code.length > MAX_CODE || !/^[A-Za-z0-9_-]+$/.test(code)) {
      return broken;
    }
    let fields;
    try {
      fields = JSON.parse(fromBase64Url(code));
    } catch (e) {
      return broken;
    }
    if (!Array.isArray(fields) || fields.length !== 3 || fields.some((f) => typeof f !== 'string')) {
      return broken;
    }
    const r = normalise(rules, { name: fields[0], due: fields[1], organisation: fields[2] });
    if (!r.name || (fields[1] && !r.due)) {
      return broken;
    }
    return { ok: true, round: { name: r.name, due: r.due }, organisation: r.organisation };
  }

  return { encode, decode, isInvite, normalise, clean };
});
