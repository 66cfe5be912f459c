/* Open Data Zelfscan scoring engine: a pure function from (rules, answers) to results.
 * No DOM, no globals besides the export, no knowledge of the model: everything comes from
 * the rules generated out of the catalogue. tests/reference/scoring.py is the Python twin;
 * the parity test keeps them identical. */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) { module.exports = factory(); }
  else { (root.Zelfscan = root.Zelfscan || {}).engine = factory(); }
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  var hasOwn = Object.prototype.hasOwnProperty;

  function indexBy(list, field) {
    var map = Object.create(null);
    list.forEach(function (item) { map[item.id] = item[field]; });
    return map;
  }

  function state(value, known, unknownId) {
    if (typeof value === 'string' && hasOwn.call(known, value)) { return 'known'; }
    if (value === unknownId) { return 'unknown'; }
    return 'open';
  }

  function isPlainObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  }

  /* The target level (default: one up) and the levels whose actions lead there. At the top
   * level there is no higher target: its own actions keep the organisation there. */
  function targetAndSteps(target, level, levelIds) {
    var current = levelIds.indexOf(level);
    if (current === levelIds.length - 1) { return { target: null, steps: [level] }; }
    var wanted = levelIds.indexOf(target);
    if (typeof target !== 'string' || wanted < 0) { wanted = current + 1; }
    wanted = Math.max(wanted, current + 1);
    return { target: levelIds[wanted], steps: levelIds.slice(current, wanted) };
  }

  function score(rules, answers) {
    var levelIds = rules.levels.map(function (x) { return x.id; });
    var levelScore = indexBy(rules.levels, 'score');
    var needScore = indexBy(rules.needs, 'score');
    var rank = indexBy(rules.priorities, 'rank');
    var unknownId = rules.unknown.id;
    var given = isPlainObject(answers) && isPlainObject(answers.domains) ? answers.domains : {};

    var totalScore = 0;
    var scored = 0;
    var answered = 0;
    var domains = rules.domains.map(function (domain) {
      var answer = hasOwn.call(given, domain.id) && isPlainObject(given[domain.id]) ? given[domain.id] : {};
      var level = answer.level;
      var need = answer.need;
      var levelState = state(level, levelScore, unknownId);
      var needState = state(need, needScore, unknownId);
      var result = {
        id: domain.id,
        levelState: levelState,
        needState: needState,
        level: levelState === 'known' ? level : null,
        levelScore: levelState === 'known' ? levelScore[level] : null,
        need: needState === 'known' ? need : null,
        needScore: needState === 'known' ? needScore[need] : null,
        priority: null,
        priorityRank: null,
        target: null,
        actions: []
      };
      if (levelState !== 'open' && needState !== 'open') { answered += 1; }
      if (levelState === 'known') {
        scored += 1;
        totalScore += result.levelScore;
        if (needState === 'known') {
          result.priority = rules.matrix[level][need];
          result.priorityRank = rank[result.priority];
        }
        var plan = targetAndSteps(answer.target, level, levelIds);
        result.target = plan.target;
        plan.steps.forEach(function (step) {
          domain.levels[step].actions.forEach(function (action) { result.actions.push(action.id); });
        });
      }
      return result;
    });

    var fallbackRank = rules.priorities.length + 1;
    var order = Object.create(null);
    domains.forEach(function (d, i) { order[d.id] = i; });
    function key(d) {
      return [
        d.priorityRank !== null ? d.priorityRank : fallbackRank,
        -(d.needScore !== null ? d.needScore : -1),
        d.levelScore,
        order[d.id]
      ];
    }
    var planned = domains.filter(function (d) { return d.levelState === 'known'; });
    planned.sort(function (a, b) {
      var ka = key(a);
      var kb = key(b);
      for (var i = 0; i < ka.length; i += 1) {
        if (ka[i] !== kb[i]) { return ka[i] - kb[i]; }
      }
      return 0;
    });

    return {
      catalogVersion: rules.catalogVersion,
      total: domains.length,
      answered: answered,
      scored: scored,
      overall: { score: scored ? totalScore / scored : null, max: levelIds.length - 1, basis: scored },
      domains: domains,
      plan: planned.map(function (d) { return d.id; })
    };
  }

  /* Every action of the model by id, with its domain and the level it is listed under: the
   * one lookup that the plan, the plan sheet and file checks share. */
  function actionIndex(rules) {
    var index = Object.create(null);
    rules.domains.forEach(function (domain) {
      Object.keys(domain.levels).forEach(function (level) {
        domain.levels[level].actions.forEach(function (action) {
          index[action.id] = { domain: domain, level: level, action: action };
        });
      });
    });
    return index;
  }

  return { score: score, actionIndex: actionIndex };
});
