/* Open Data Zelfscan share links: answers in a compact URL fragment, never sent to a server.
 * Pure (no DOM).
 *
 * '#z3.<version>.<levels>.<needs>.<targets>.<profile>.<statements>': one character per domain
 * in model order for levels picked the quick way, needs and targets: the index of the answer in
 * base 36, '_' for "don't know", '-' for none (for a target: the default, one level up). Then the
 * statement answers in model order, two bits each (none, yes, no, don't know), three to a
 * character of a 64-letter alphabet. The version is a hash of exactly what the codes refer to
 * (domain, level, need, profile and statement ids, from the rules), so a link keeps working when
 * texts, actions or resources change, and is refused when its codes would mean something else.
 *
 * '#z2' links (made before statements existed: no statement part, their own version hash)
 * keep opening, as quick answers. */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory();
  } else {
    (root.Zelfscan = root.Zelfscan || {}).sharelink = factory();
  }
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  const PREFIX = 'z3';
  const OLD_PREFIX = 'z2';
  const OPEN = '-';
  const UNKNOWN = '_';
  const LETTERS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';

  function codeOf(value, ids, unknownId) {
    if (value && value === unknownId) {
      return UNKNOWN;
    }
    const index = ids.indexOf(value);
    return index >= 0 && index < 36 ? index.toString(36) : OPEN;
  }

  function decodeCode(code, ids, unknownId) {
    if (code === UNKNOWN) {
      return unknownId;
    }
    if (code === OPEN) {
      return '';
    }
    return ids[parseInt(code, 36)];
  }

  const idsOf = (list) => list.map((x) => x.id);

  /* Every statement id of the model, in model order (domains, levels, statements). */
  function statementIds(rules) {
    const ids = [];
    rules.domains.forEach((domain) => {
      rules.levels.forEach((level) => {
        domain.levels[level.id].statements.forEach((s) => ids.push({ domain: domain.id, id: s.id }));
      });
    });
    return ids;
  }

  function answerCodes(rules) {
    return ['', rules.statementAnswers.yes.id, rules.statementAnswers.no.id, rules.unknown.id];
  }

  function encodeStatements(rules, state) {
    const codes = answerCodes(rules);
    const values = statementIds(rules).map((s) => {
      const answer = state.domains[s.domain];
      const given = answer && answer.statements ? answer.statements[s.id] : '';
      return Math.max(0, codes.indexOf(given || ''));
    });
    let out = '';
    for (let i = 0; i < values.length; i += 3) {
      out += LETTERS[(values[i] << 4) | ((values[i + 1] || 0) << 2) | (values[i + 2] || 0)];
    }
    return out;
  }

  function encode(rules, state) {
    const levels = idsOf(rules.levels);
    const needs = idsOf(rules.needs);
    const codes = { level: '', need: '', target: '' };
    rules.domains.forEach((domain) => {
      const answer = state.domains[domain.id] || {};
      codes.level += codeOf(answer.level, levels, rules.unknown.id);
      codes.need += codeOf(answer.need, needs, rules.unknown.id);
      codes.target += codeOf(answer.target, levels, null);
    });
    const profile = codeOf(state.profile, idsOf(rules.profiles), null);
    return (
      '#' +
      [
        PREFIX,
        rules.statementLinkVersion,
        codes.level,
        codes.need,
        codes.target,
        profile,
        encodeStatements(rules, state)
      ].join('.')
    );
  }

  function codePattern(count, length, withUnknown) {
    const last = (count - 1).toString(36);
    const range = count > 10 ? '0-9a-' + last : '0-' + last;
    return new RegExp('^[' + range + (withUnknown ? UNKNOWN : '') + OPEN + ']{' + length + '}$');
  }

  function isLink(hash) {
    const text = String(hash || '');
    return text.indexOf('#' + PREFIX + '.') === 0 || text.indexOf('#' + OLD_PREFIX + '.') === 0;
  }

  /* Returns {ok: true, domains, profile} or {ok: false, error} (Dutch). */
  function decode(rules, hash) {
    const parts = String(hash || '')
      .replace(/^#/, '')
      .split('.');
    const current = parts[0] === PREFIX && parts.length === 7;
    if (!current && !(parts[0] === OLD_PREFIX && parts.length === 6)) {
      return { ok: false, error: 'Deze link bevat geen zelfscan.' };
    }
    if (parts[1] !== (current ? rules.statementLinkVersion : rules.linkVersion)) {
      return {
        ok: false,
        error:
          'Deze link hoort bij een andere opbouw van het model (andere domeinen, niveaus, uitspraken of profielen). Vraag een exportbestand aan wie de link maakte.'
      };
    }
    const count = rules.domains.length;
    const statements = statementIds(rules);
    if (
      !codePattern(rules.levels.length, count, true).test(parts[2]) ||
      !codePattern(rules.needs.length, count, true).test(parts[3]) ||
      !codePattern(rules.levels.length, count, false).test(parts[4]) ||
      !codePattern(rules.profiles.length, 1, false).test(parts[5]) ||
      (current && !new RegExp('^[0-9a-zA-Z_-]{' + Math.ceil(statements.length / 3) + '}$').test(parts[6]))
    ) {
      return { ok: false, error: 'Deze link is onvolledig of beschadigd.' };
    }
    const levels = idsOf(rules.levels);
    const needs = idsOf(rules.needs);
    const domains = Object.create(null);
    const blank = () => ({ level: '', need: '', target: '', note: '', statements: Object.create(null) });
    rules.domains.forEach((domain, i) => {
      const answer = blank();
      answer.level = decodeCode(parts[2][i], levels, rules.unknown.id);
      answer.need = decodeCode(parts[3][i], needs, rules.unknown.id);
      answer.target = decodeCode(parts[4][i], levels, null);
      if (answer.level || answer.need || answer.target) {
        domains[domain.id] = answer;
      }
    });
    if (current) {
      const codes = answerCodes(rules);
      statements.forEach((s, i) => {
        const value = (LETTERS.indexOf(parts[6][Math.floor(i / 3)]) >> (4 - 2 * (i % 3))) & 3;
        if (!value) {
          return;
        }
        (domains[s.domain] = domains[s.domain] || blank()).statements[s.id] = codes[value];
      });
    }
    return { ok: true, domains, profile: decodeCode(parts[5], idsOf(rules.profiles), null) };
  }

  return { encode, decode, isLink };
});
