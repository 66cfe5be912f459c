/* Open Data Zelfscan share links: answers in a compact URL fragment, never sent to a server.
 * Pure (no DOM).
 *
 * '#z2.<link version>.<levels>.<needs>.<targets>.<profile>': one character per domain in model
 * order, the index of the answer in base 36, '_' for "don't know", '-' for none (for a target:
 * the default, one level up). The link version is a hash of exactly what the codes refer to
 * (domain, level, need and profile ids, from the rules), so a link keeps working when texts,
 * actions or resources change, and is refused when its codes would mean something else. */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) { module.exports = factory(); }
  else { (root.Zelfscan = root.Zelfscan || {}).sharelink = factory(); }
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  const PREFIX = 'z2';
  const OPEN = '-';
  const UNKNOWN = '_';

  function codeOf(value, ids, unknownId) {
    if (value && value === unknownId) { return UNKNOWN; }
    const index = ids.indexOf(value);
    return index >= 0 && index < 36 ? index.toString(36) : OPEN;
  }

  function decodeCode(code, ids, unknownId) {
    if (code === UNKNOWN) { return unknownId; }
    if (code === OPEN) { return ''; }
    return ids[parseInt(code, 36)];
  }

  const idsOf = (list) => list.map((x) => x.id);

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
    return '#' + [PREFIX, rules.linkVersion, codes.level, codes.need, codes.target, profile].join('.');
  }

  function codePattern(count, length, withUnknown) {
    const last = (count - 1).toString(36);
    const range = count > 10 ? '0-9a-' + last : '0-' + last;
    return new RegExp('^[' + range + (withUnknown ? UNKNOWN : '') + OPEN + ']{' + length + '}$');
  }

  function isLink(hash) { return String(hash || '').indexOf('#' + PREFIX + '.') === 0; }

  /* Returns {ok: true, domains, profile} or {ok: false, error} (Dutch). */
  function decode(rules, hash) {
    const parts = String(hash || '').replace(/^#/, '').split('.');
    if (parts.length !== 6 || parts[0] !== PREFIX) { return { ok: false, error: 'Deze link bevat geen zelfscan.' }; }
    if (parts[1] !== rules.linkVersion) {
      return { ok: false, error: 'Deze link hoort bij een andere opbouw van het model (andere domeinen, niveaus of profielen). Vraag een exportbestand aan wie de link maakte.' };
    }
    const count = rules.domains.length;
    if (!codePattern(rules.levels.length, count, true).test(parts[2]) ||
        !codePattern(rules.needs.length, count, true).test(parts[3]) ||
        !codePattern(rules.levels.length, count, false).test(parts[4]) ||
        !codePattern(rules.profiles.length, 1, false).test(parts[5])) {
      return { ok: false, error: 'Deze link is onvolledig of beschadigd.' };
    }
    const levels = idsOf(rules.levels);
    const needs = idsOf(rules.needs);
    const domains = Object.create(null);
    rules.domains.forEach((domain, i) => {
      const answer = {
        level: decodeCode(parts[2][i], levels, rules.unknown.id),
        need: decodeCode(parts[3][i], needs, rules.unknown.id),
        target: decodeCode(parts[4][i], levels, null),
        note: ''
      };
      if (answer.level || answer.need || answer.target) { domains[domain.id] = answer; }
    });
    return { ok: true, domains, profile: decodeCode(parts[5], idsOf(rules.profiles), null) };
  }

  return { encode, decode, isLink };
});
