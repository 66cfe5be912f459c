/* Open Data Zelfscan: how the site writes dates, numbers and counts, in one place.
 * Pure (no DOM). Dates are local dates: an export made just after midnight in Belgium carries
 * today's date, not yesterday's (which an ISO string in UTC would give). */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory();
  } else {
    (root.Zelfscan = root.Zelfscan || {}).format = factory();
  }
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  const pad = (n) => (n < 10 ? '0' : '') + n;

  /* '2026-12-01' for the local date of `date`. */
  function isoDate(date) {
    return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate());
  }

  /* Whether 'YYYY-MM-DD' names a real day of the calendar (no 30 February). */
  function isRealDate(text) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(text));
    if (!match) {
      return false;
    }
    const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    return isoDate(date) === text;
  }

  /* '1 december 2026' for 'YYYY-MM-DD' (read as a local date), or the text as it is. */
  function longDate(text) {
    if (!isRealDate(text)) {
      return String(text);
    }
    const parts = text.split('-').map(Number);
    return new Date(parts[0], parts[1] - 1, parts[2]).toLocaleDateString('nl-BE', {
      day: 'numeric',
      month: 'long',
      year: 'numeric'
    });
  }

  /* '1.12.2026'-style short date of a moment (an ISO date-time), as Belgian readers write it. */
  function shortDate(moment) {
    const date = new Date(moment);
    return isNaN(date.getTime()) ? '' : date.toLocaleDateString('nl-BE');
  }

  const WORDS = [
    'nul',
    'één',
    'twee',
    'drie',
    'vier',
    'vijf',
    'zes',
    'zeven',
    'acht',
    'negen',
    'tien',
    'elf',
    'twaalf'
  ];

  /* 'twee': a small whole number as a word, as plain Dutch writes it in a sentence; digits
   * from 13 on. */
  function word(n) {
    return Number.isInteger(n) && n >= 0 && n < WORDS.length ? WORDS[n] : String(n);
  }

  /* '1 domein', '3 domeinen': a number with the right Dutch form of the word. */
  function count(n, one, more) {
    return n + ' ' + (n === 1 ? one : more);
  }

  /* '1,5': one decimal, Belgian notation. */
  function decimal(value) {
    return value.toLocaleString('nl-BE', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  }

  return { isoDate, isRealDate, longDate, shortDate, count, decimal, word };
});
