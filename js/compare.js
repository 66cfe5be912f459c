/* Open Data Zelfscan: an earlier self-scan result against the current one, as a pure function
 * (no DOM): the self-scan's "Vergelijken". Apart from js/combine.js (a round of colleagues), so
 * that the self-scan page does not load the round's logic. tests/reference/organisation.py has
 * the Python twin (parity tested). */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory();
  } else {
    (root.Zelfscan = root.Zelfscan || {}).compare = factory();
  }
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  /* Per domain: earlier and current level score and the direction of change. The earlier
   * plan's actions that the current plan no longer holds are `done` only where the domain
   * went up (it reached what they were for); where a domain went down, its earlier actions are
   * not done: the domain is listed in `dropped` to be discussed. Of a domain not answered now,
   * nothing can be said. */
  function compare(earlierResults, currentResults) {
    const domains = currentResults.domains.map((current, index) => {
      const before = earlierResults.domains[index];
      let change = null;
      if (before.levelScore !== null && current.levelScore !== null) {
        change =
          current.levelScore > before.levelScore
            ? 'up'
            : current.levelScore < before.levelScore
              ? 'down'
              : 'same';
      }
      return { id: current.id, earlier: before.levelScore, current: current.levelScore, change };
    });
    const now = Object.create(null);
    currentResults.domains.forEach((d) => {
      d.actions.forEach((a) => {
        now[a] = true;
      });
    });
    const done = [];
    earlierResults.domains.forEach((d, index) => {
      if (domains[index].change !== 'up') {
        return;
      }
      d.actions.forEach((a) => {
        if (!now[a]) {
          done.push({ domain: d.id, action: a });
        }
      });
    });
    return { domains, done, dropped: domains.filter((d) => d.change === 'down').map((d) => d.id) };
  }

  return { compare };
});
