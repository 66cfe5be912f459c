/* Open Data Zelfscan: the organisation view, as pure functions (no DOM).
 * combine: several colleagues' answers -> one profile with medians, spread and disagreement.
 * compare: an earlier result against the current one, per domain, and what became of the
 * earlier plan. tests/reference/organisation.py is the Python reference (parity tested). */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) { module.exports = factory(); }
  else { (root.Zelfscan = root.Zelfscan || {}).combine = factory(); }
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  const hasOwn = Object.prototype.hasOwnProperty;
  const DISAGREEMENT = 2;

  function scoreMap(list) {
    const map = Object.create(null);
    list.forEach((item, index) => { map[item.id] = index; });
    return map;
  }

  /* The lower median: with an even count, the lower of the two middle values, so that the
   * median is always a real level and the plan never skips a step. */
  function lowerMedian(values) {
    if (!values.length) { return null; }
    const sorted = values.slice().sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)];
  }

  function summary(values) {
    if (!values.length) { return { count: 0, median: null, min: null, max: null }; }
    return { count: values.length, median: lowerMedian(values), min: Math.min(...values), max: Math.max(...values) };
  }

  /* respondents: [{profile: id|'', domains: {id: {level, need}}}] (answers as in a state).
   * Only known level and need ids count; 'don't know' and stale ids are left out. */
  function combine(rules, respondents) {
    const levelScore = scoreMap(rules.levels);
    const needScore = scoreMap(rules.needs);
    const profiles = rules.profiles.map((p) => p.id);
    const domains = rules.domains.map((domain) => {
      const levels = [];
      const needs = [];
      const byProfile = Object.create(null);
      respondents.forEach((respondent) => {
        const answer = respondent.domains && hasOwn.call(respondent.domains, domain.id) ? respondent.domains[domain.id] : null;
        if (!answer) { return; }
        if (typeof answer.level === 'string' && hasOwn.call(levelScore, answer.level)) {
          levels.push(levelScore[answer.level]);
          const key = profiles.indexOf(respondent.profile) >= 0 ? respondent.profile : '';
          (byProfile[key] = byProfile[key] || []).push(levelScore[answer.level]);
        }
        if (typeof answer.need === 'string' && hasOwn.call(needScore, answer.need)) {
          needs.push(needScore[answer.need]);
        }
      });
      const level = summary(levels);
      return {
        id: domain.id,
        respondents: level.count,
        level,
        need: summary(needs),
        disagreement: level.count > 1 && level.max - level.min >= DISAGREEMENT,
        profiles: profiles.concat(['']).filter((p) => byProfile[p]).map((p) => (
          { profile: p, count: byProfile[p].length, median: lowerMedian(byProfile[p]) }))
      };
    });
    const answers = {};
    domains.forEach((d) => {
      const entry = {};
      if (d.level.median !== null) { entry.level = rules.levels[d.level.median].id; }
      if (d.need.median !== null) { entry.need = rules.needs[d.need.median].id; }
      answers[d.id] = entry;
    });
    return { respondents: respondents.length, domains, answers };
  }

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
        change = current.levelScore > before.levelScore ? 'up' : current.levelScore < before.levelScore ? 'down' : 'same';
      }
      return { id: current.id, earlier: before.levelScore, current: current.levelScore, change };
    });
    const now = Object.create(null);
    currentResults.domains.forEach((d) => { d.actions.forEach((a) => { now[a] = true; }); });
    const done = [];
    earlierResults.domains.forEach((d, index) => {
      if (domains[index].change !== 'up') { return; }
      d.actions.forEach((a) => { if (!now[a]) { done.push({ domain: d.id, action: a }); } });
    });
    return { domains, done, dropped: domains.filter((d) => d.change === 'down').map((d) => d.id) };
  }

  return { combine, compare, lowerMedian, DISAGREEMENT };
});
