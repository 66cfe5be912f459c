/* Open Data Zelfscan scoring engine: a pure function from (rules, answers) to results.
 * No DOM, no globals besides the export, no knowledge of the model: everything comes from
 * the rules generated out of the catalogue. tests/reference/scoring.py is the Python twin;
 * the parity test keeps them identical.
 *
 * A domain is answered in one of two ways. By statements: per observable statement ja, nee or
 * weet ik niet; the level is the highest level whose statements, and those of every level
 * below it, are all ja (weakest link). Or the quick way: the person picks the level directly.
 * The plan of a domain holds the actions that meet a statement still missing on the way to the
 * target level (default one level up), and at the top level the actions that keep it there. */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory();
  } else {
    (root.Zelfscan = root.Zelfscan || {}).engine = factory();
  }
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  const hasOwn = Object.prototype.hasOwnProperty;

  function indexBy(list, field) {
    const map = Object.create(null);
    list.forEach((item) => {
      map[item.id] = item[field];
    });
    return map;
  }

  function state(value, known, unknownId) {
    if (typeof value === 'string' && hasOwn.call(known, value)) {
      return 'known';
    }
    if (value === unknownId) {
      return 'unknown';
    }
    return 'open';
  }

  function isPlainObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  }

  /* The target level index (default: one up, never at or below the current level). */
  function targetIndex(target, current, levelIds) {
    const wanted = levelIds.indexOf(target);
    return Math.max(typeof target === 'string' && wanted >= 0 ? wanted : current + 1, current + 1);
  }

  /* The level of a domain answered by statements, how far it is towards the next level, and
   * which 'weet ik niet' answers keep the result uncertain. */
  function byStatements(domain, given, levelIds, answers) {
    const value = (id) => (hasOwn.call(given, id) ? given[id] : '');
    let reached = 0;
    for (let i = 1; i < levelIds.length; i += 1) {
      if (!domain.levels[levelIds[i]].statements.every((s) => value(s.id) === answers.yes)) {
        break;
      }
      reached = i;
    }
    if (reached === levelIds.length - 1) {
      return { reached, progress: null, uncertain: [], complete: true };
    }
    const next = domain.levels[levelIds[reached + 1]].statements;
    const decided = next.some((s) => value(s.id) === answers.no);
    const allAnswered = next.every((s) => value(s.id) !== '');
    const unknown = next.filter((s) => value(s.id) === answers.unknown).map((s) => s.id);
    return {
      reached,
      progress: {
        level: levelIds[reached + 1],
        met: next.filter((s) => value(s.id) === answers.yes).length,
        total: next.length
      },
      uncertain: decided ? [] : unknown,
      complete: decided || allAnswered
    };
  }

  /* The statements answered with a valid answer for this domain, as {id: answer}. */
  function validStatements(domain, given, answers) {
    const out = Object.create(null);
    if (!isPlainObject(given)) {
      return out;
    }
    const allowed = [answers.yes, answers.no, answers.unknown];
    Object.keys(domain.levels).forEach((level) => {
      domain.levels[level].statements.forEach((s) => {
        if (hasOwn.call(given, s.id) && allowed.indexOf(given[s.id]) >= 0) {
          out[s.id] = given[s.id];
        }
      });
    });
    return out;
  }

  function status(result) {
    if (!result.way && result.needState === 'open') {
      return 'open';
    }
    if (result.levelState === 'open' || !result.complete || result.needState === 'open') {
      return 'busy';
    }
    if (result.uncertain.length || result.levelState === 'unknown' || result.needState === 'unknown') {
      return 'uncertain';
    }
    return 'done';
  }

  function score(rules, answers) {
    const levelIds = rules.levels.map((x) => x.id);
    const levelScore = indexBy(rules.levels, 'score');
    const needScore = indexBy(rules.needs, 'score');
    const rank = indexBy(rules.priorities, 'rank');
    const unknownId = rules.unknown.id;
    const statementAnswers = {
      yes: rules.statementAnswers.yes.id,
      no: rules.statementAnswers.no.id,
      unknown: unknownId
    };
    const given = isPlainObject(answers) && isPlainObject(answers.domains) ? answers.domains : {};
    const top = levelIds.length - 1;

    let totalScore = 0;
    let scored = 0;
    let answered = 0;
    const domains = rules.domains.map((domain) => {
      const answer = hasOwn.call(given, domain.id) && isPlainObject(given[domain.id]) ? given[domain.id] : {};
      const statements = validStatements(domain, answer.statements, statementAnswers);
      const quick = state(answer.level, levelScore, unknownId);
      const way = quick !== 'open' ? 'quick' : Object.keys(statements).length ? 'statements' : null;
      const derived =
        way === 'statements' ? byStatements(domain, statements, levelIds, statementAnswers) : null;
      const levelState = way === 'statements' ? 'known' : quick;
      const level =
        way === 'statements' ? levelIds[derived.reached] : quick === 'known' ? answer.level : null;
      const need = answer.need;
      const needState = state(need, needScore, unknownId);
      const result = {
        id: domain.id,
        way,
        levelState,
        needState,
        level,
        levelScore: level !== null ? levelScore[level] : null,
        need: needState === 'known' ? need : null,
        needScore: needState === 'known' ? needScore[need] : null,
        priority: null,
        priorityRank: null,
        target: null,
        progress: derived ? derived.progress : null,
        uncertain: derived ? derived.uncertain : [],
        complete: way === 'quick' || Boolean(derived && derived.complete),
        missing: [],
        actions: [],
        status: 'open'
      };
      if (levelState === 'known') {
        scored += 1;
        totalScore += result.levelScore;
        if (needState === 'known') {
          result.priority = rules.matrix[level][need];
          result.priorityRank = rank[result.priority];
        }
        const current = levelIds.indexOf(level);
        if (current === top) {
          domain.levels[level].actions.forEach((action) => {
            result.actions.push(action.id);
          });
        } else {
          const wanted = targetIndex(answer.target, current, levelIds);
          result.target = levelIds[wanted];
          const missing = Object.create(null);
          levelIds.slice(current + 1, wanted + 1).forEach((id) => {
            domain.levels[id].statements.forEach((s) => {
              if (way === 'quick' || statements[s.id] !== statementAnswers.yes) {
                missing[s.id] = true;
                result.missing.push(s.id);
              }
            });
          });
          levelIds.slice(0, wanted).forEach((id) => {
            // keep-it actions of the target stay out
            domain.levels[id].actions.forEach((action) => {
              if (action.meets.some((m) => missing[m])) {
                result.actions.push(action.id);
              }
            });
          });
        }
      }
      result.status = status(result);
      if (result.status === 'done' || result.status === 'uncertain') {
        answered += 1;
      }
      return result;
    });

    const fallbackRank = rules.priorities.length + 1;
    const order = Object.create(null);
    domains.forEach((d, i) => {
      order[d.id] = i;
    });
    const key = (d) => [
      d.priorityRank !== null ? d.priorityRank : fallbackRank,
      -(d.needScore !== null ? d.needScore : -1),
      d.levelScore,
      order[d.id]
    ];
    const planned = domains.filter((d) => d.levelState === 'known');
    planned.sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      for (let i = 0; i < ka.length; i += 1) {
        if (ka[i] !== kb[i]) {
          return ka[i] - kb[i];
        }
      }
      return 0;
    });

    return {
      catalogVersion: rules.catalogVersion,
      total: domains.length,
      answered,
      scored,
      overall: { score: scored ? totalScore / scored : null, max: top, basis: scored },
      domains,
      plan: planned.map((d) => d.id)
    };
  }

  /* Every item of a kind ('actions' or 'statements') of the model by id, with its domain and
   * the level it is listed under: the one lookup that the plan, the plan sheet and file checks
   * share. */
  function indexOf(rules, kind, name) {
    const index = Object.create(null);
    rules.domains.forEach((domain) => {
      Object.keys(domain.levels).forEach((level) => {
        domain.levels[level][kind].forEach((item) => {
          index[item.id] = { domain, level, [name]: item };
        });
      });
    });
    return index;
  }

  const actionIndex = (rules) => indexOf(rules, 'actions', 'action');
  const statementIndex = (rules) => indexOf(rules, 'statements', 'statement');

  /* What to start with, across all domains (default three steps). A step is an action of the
   * plan, or, where a "weet ik niet" keeps a domain's level uncertain, finding that out first
   * ({find: statement id}). Ranked by the domain's priority, then the smallest effort (finding
   * out costs least), then the actions the chosen profile leads, then those that meet a statement
   * of a lower level (later steps build on them). Then: one step per missing statement (three
   * actions for the same fact are alternatives, not three steps), no action for a statement
   * answered "weet ik niet" (find out first), and at most two steps from one domain while other
   * domains have steps left. Actions marked done are left out. */
  function startHere(rules, results, profile, work, count) {
    const wanted = count || 3;
    const actions = actionIndex(rules);
    const statements = statementIndex(rules);
    const levelIndex = indexBy(
      rules.levels.map((l, i) => ({ id: l.id, i })),
      'i'
    );
    const effort = Object.create(null);
    rules.efforts.forEach((id, i) => {
      effort[id] = i;
    });
    const done = Object.create(null);
    rules.statuses.forEach((s) => {
      done[s.id] = s.done;
    });
    const fallbackRank = rules.priorities.length + 1;
    const candidates = [];
    results.plan.forEach((domainId, domainOrder) => {
      const result = results.domains.filter((d) => d.id === domainId)[0];
      const rank = result.priorityRank !== null ? result.priorityRank : fallbackRank;
      const unsure = Object.create(null);
      result.uncertain.forEach((id) => {
        unsure[id] = true;
        candidates.push({
          find: id,
          domain: domainId,
          serves: [id],
          key: [rank, -1, 0, levelIndex[statements[id].level], domainOrder, 0]
        });
      });
      result.actions.forEach((actionId, actionOrder) => {
        const item = work && work[actionId];
        if (item && done[item.status]) {
          return;
        }
        const action = actions[actionId].action;
        const missing = result.missing.length
          ? action.meets.filter((m) => result.missing.indexOf(m) >= 0)
          : action.meets;
        const serves = missing.filter((m) => !unsure[m]);
        if (missing.length && !serves.length) {
          return;
        } // only for what is to be found out first
        const depth = Math.min(
          ...(serves.length ? serves : action.meets).map((m) =>
            statements[m] ? levelIndex[statements[m].level] : levelIndex[actions[actionId].level]
          )
        );
        candidates.push({
          id: actionId,
          domain: domainId,
          serves,
          key: [
            rank,
            hasOwn.call(effort, action.effort) ? effort[action.effort] : rules.efforts.length,
            profile && action.profiles.indexOf(profile) < 0 ? 1 : 0,
            depth,
            domainOrder,
            actionOrder + 1
          ]
        });
      });
    });
    candidates.sort((a, b) => {
      for (let i = 0; i < a.key.length; i += 1) {
        if (a.key[i] !== b.key[i]) {
          return a.key[i] - b.key[i];
        }
      }
      return 0;
    });
    const chosen = [];
    const covered = Object.create(null);
    const perDomain = Object.create(null);
    const domainsLeft = (except) =>
      candidates.some(
        (c) =>
          c.domain !== except &&
          chosen.indexOf(c) < 0 &&
          !(c.serves.length && c.serves.every((m) => covered[m]))
      );
    [true, false].forEach((spread) => {
      // first with the two-per-domain rule, then without it
      candidates.forEach((c) => {
        if (chosen.length >= wanted || chosen.indexOf(c) >= 0) {
          return;
        }
        if (c.serves.length && c.serves.every((m) => covered[m])) {
          return;
        }
        if (spread && (perDomain[c.domain] || 0) >= 2 && domainsLeft(c.domain)) {
          return;
        }
        chosen.push(c);
        c.serves.forEach((m) => {
          covered[m] = true;
        });
        perDomain[c.domain] = (perDomain[c.domain] || 0) + 1;
      });
    });
    chosen.sort((a, b) => candidates.indexOf(a) - candidates.indexOf(b));
    return chosen.map((c) => (c.find ? { find: c.find, domain: c.domain } : { id: c.id, domain: c.domain }));
  }

  return { score, actionIndex, statementIndex, startHere };
});
