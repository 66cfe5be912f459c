/* Open Data Zelfscan: the organisation view, as pure functions (no DOM).
 * combine: a round of colleagues' answers -> per domain the spread of levels, per statement how
 *   many said yes, no or don't know, notes, groups (only with enough respondents to stay
 *   anonymous) and a proposal for the organisation's answers.
 * organisationAnswers: the proposal with what the workshop agreed applied.
 * agenda: the domains and statements in the order a workshop discusses them.
 * compareRounds: two rounds side by side (js/compare.js compares one person's results).
 * Respondents come from anywhere (export files, share links, a survey):
 *   [{name, profile, domains: {id: {statements, level, need, note}}}].
 * tests/reference/organisation.py is the Python reference (parity tested). */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory(require('./engine.js'));
  } else {
    const zs = (root.Zelfscan = root.Zelfscan || {});
    zs.combine = factory(zs.engine);
  }
})(typeof self !== 'undefined' ? self : this, function (engine) {
  'use strict';

  const hasOwn = Object.prototype.hasOwnProperty;
  const has = (map, key) => map !== null && typeof map === 'object' && hasOwn.call(map, key);
  const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

  /* The lower median: with an even count, the lower of the two middle values, so that the
   * median is always a real level and the plan never skips a step. */
  function lowerMedian(values) {
    if (!values.length) {
      return null;
    }
    const sorted = values.slice().sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)];
  }

  function summary(values) {
    if (!values.length) {
      return { count: 0, median: null, min: null, max: null };
    }
    return {
      count: values.length,
      median: lowerMedian(values),
      min: Math.min(...values),
      max: Math.max(...values)
    };
  }

  function answerIds(rules) {
    return {
      yes: rules.statementAnswers.yes.id,
      no: rules.statementAnswers.no.id,
      unknown: rules.unknown.id
    };
  }

  /* Each respondent's name as given, or (anonymous) their profile and a number in that profile:
   * 'Beleidsmedewerker 2'. A name given twice gets a number too. */
  function people(rules, respondents) {
    const titles = Object.create(null);
    rules.profiles.forEach((p) => {
      titles[p.id] = p.title;
    });
    const seen = Object.create(null);
    return respondents.map((r) => {
      const name = typeof r.name === 'string' ? r.name.trim() : '';
      const profile = typeof r.profile === 'string' && hasOwn.call(titles, r.profile) ? r.profile : '';
      const key = name ? 'name:' + name : 'profile:' + profile;
      seen[key] = (seen[key] || 0) + 1;
      let label = name
        ? name + (seen[key] > 1 ? ' (' + seen[key] + ')' : '')
        : (profile ? titles[profile] : 'Collega') + ' ' + seen[key];
      label = label.slice(0, rules.limits.name + 10);
      return { label, name, profile };
    });
  }

  /* The statement answers that count for one domain answer: those given, when the domain was
   * answered by its statements; when a level was picked the quick way, yes for every statement
   * up to that level and no above it (as the engine scores it). */
  function effectiveStatements(rules, domain, answer, result) {
    const ids = answerIds(rules);
    const out = Object.create(null);
    if (result.way === 'statements') {
      const given = isObject(answer.statements) ? answer.statements : {};
      rules.levels.forEach((level) => {
        domain.levels[level.id].statements.forEach((s) => {
          const value = has(given, s.id) ? given[s.id] : '';
          if (value === ids.yes || value === ids.no || value === ids.unknown) {
            out[s.id] = value;
          }
        });
      });
    } else if (result.way === 'quick' && result.levelState === 'known') {
      rules.levels.forEach((level, index) => {
        domain.levels[level.id].statements.forEach((s) => {
          out[s.id] = index <= result.levelScore ? ids.yes : ids.no;
        });
      });
    }
    return out;
  }

  function statementSummary(rules, id, count) {
    const ids = answerIds(rules);
    const yes = count[ids.yes];
    const no = count[ids.no];
    const decided = yes + no;
    const minority = Math.min(yes, no);
    let proposal = null;
    if (yes > no) {
      proposal = ids.yes;
    } else if (no > 0) {
      proposal = ids.no;
    } else if (count[ids.unknown] > 0) {
      proposal = ids.unknown;
    }
    const answers = {};
    answers[ids.yes] = yes;
    answers[ids.no] = no;
    answers[ids.unknown] = count[ids.unknown];
    return {
      id,
      answers,
      fromLevel: count.fromLevel,
      split: minority > 0 && minority * rules.round.split >= decided,
      proposal
    };
  }

  /* The medians of the two perspectives (leadership, hands-on), when both have enough people. */
  function gapOf(rules, byPerspective) {
    if (rules.perspectives.length !== 2) {
      return null;
    }
    const groups = rules.perspectives.map((p) => {
      const values = byPerspective[p.id] || [];
      return { perspective: p.id, count: values.length, median: lowerMedian(values) };
    });
    if (groups.some((g) => g.count < rules.round.minGroup)) {
      return null;
    }
    const difference = groups[0].median - groups[1].median;
    return { groups, difference, flagged: Math.abs(difference) >= rules.round.gap };
  }

  function perspectiveOf(rules, profile) {
    const found = rules.perspectives.filter((p) => p.profiles.indexOf(profile) >= 0)[0];
    return found ? found.id : '';
  }

  function combineDomain(rules, domain, respondents, scored, named) {
    const ids = answerIds(rules);
    const levels = [];
    const needs = [];
    const byProfile = Object.create(null);
    const byPerspective = Object.create(null);
    const ways = { statements: 0, quick: 0 };
    const counts = Object.create(null);
    const notes = [];
    rules.levels.forEach((level) => {
      domain.levels[level.id].statements.forEach((s) => {
        const count = { fromLevel: 0 };
        count[ids.yes] = 0;
        count[ids.no] = 0;
        count[ids.unknown] = 0;
        counts[s.id] = count;
      });
    });
    respondents.forEach((respondent, i) => {
      const answer =
        has(respondent.domains, domain.id) && isObject(respondent.domains[domain.id])
          ? respondent.domains[domain.id]
          : null;
      if (!answer) {
        return;
      }
      const result = scored[i].domains.filter((d) => d.id === domain.id)[0];
      if (result.way) {
        ways[result.way] += 1;
      }
      if (result.levelState === 'known' && result.complete) {
        levels.push(result.levelScore);
        const profile = named[i].profile;
        (byProfile[profile] = byProfile[profile] || []).push(result.levelScore);
        const perspective = perspectiveOf(rules, profile);
        if (perspective) {
          (byPerspective[perspective] = byPerspective[perspective] || []).push(result.levelScore);
        }
      }
      if (result.needState === 'known') {
        needs.push(result.needScore);
      }
      const given = effectiveStatements(rules, domain, answer, result);
      Object.keys(given).forEach((id) => {
        counts[id][given[id]] += 1;
        if (result.way === 'quick') {
          counts[id].fromLevel += 1;
        }
      });
      const note = typeof answer.note === 'string' ? answer.note.trim() : '';
      if (note) {
        notes.push({ by: named[i].name ? named[i].label : '', text: note });
      }
    });
    const level = summary(levels);
    return {
      id: domain.id,
      respondents: level.count,
      level,
      need: summary(needs),
      disagreement: level.count > 1 && level.max - level.min >= rules.round.disagreement,
      profiles: rules.profiles
        .map((p) => p.id)
        .concat([''])
        .filter((p) => byProfile[p] && byProfile[p].length >= rules.round.minGroup)
        .map((p) => ({ profile: p, count: byProfile[p].length, median: lowerMedian(byProfile[p]) })),
      ways,
      gap: gapOf(rules, byPerspective),
      statements: Object.keys(counts).map((id) => statementSummary(rules, id, counts[id])),
      notes
    };
  }

  function combine(rules, respondents) {
    const named = people(rules, respondents);
    const scored = respondents.map((r) =>
      engine.score(rules, { domains: isObject(r.domains) ? r.domains : {} })
    );
    const domains = rules.domains.map((domain) => combineDomain(rules, domain, respondents, scored, named));
    const groups = rules.profiles
      .map((p) => p.id)
      .concat([''])
      .map((p) => ({ profile: p, count: named.filter((x) => x.profile === p).length }))
      .filter((g) => g.count > 0);
    const perspectives = rules.perspectives.map((p) => ({
      perspective: p.id,
      count: named.filter((x) => p.profiles.indexOf(x.profile) >= 0).length
    }));
    const proposal = {};
    domains.forEach((d) => {
      const entry = {};
      const statements = {};
      d.statements.forEach((s) => {
        if (s.proposal !== null) {
          statements[s.id] = s.proposal;
        }
      });
      if (Object.keys(statements).length) {
        entry.statements = statements;
      }
      if (d.need.median !== null) {
        entry.need = rules.needs[d.need.median].id;
      }
      proposal[d.id] = entry;
    });
    return { respondents: respondents.length, people: named, groups, perspectives, domains, proposal };
  }

  /* The organisation's answers: per domain the proposal, with what the workshop agreed on
   * (statement answers, a level picked directly, the need, a note) put over it. */
  function organisationAnswers(rules, combined, agreed) {
    const ids = answerIds(rules);
    const statementValues = [ids.yes, ids.no, ids.unknown];
    const levelValues = rules.levels.map((l) => l.id).concat([ids.unknown]);
    const needValues = rules.needs.map((n) => n.id).concat([ids.unknown]);
    const out = {};
    rules.domains.forEach((domain) => {
      const base = has(combined.proposal, domain.id) ? combined.proposal[domain.id] : {};
      const mine = has(agreed, domain.id) && isObject(agreed[domain.id]) ? agreed[domain.id] : {};
      const statements = Object.assign({}, base.statements || {});
      const own = isObject(mine.statements) ? mine.statements : {};
      rules.levels.forEach((level) => {
        domain.levels[level.id].statements.forEach((s) => {
          if (has(own, s.id) && statementValues.indexOf(own[s.id]) >= 0) {
            statements[s.id] = own[s.id];
          }
        });
      });
      const entry = {};
      if (Object.keys(statements).length) {
        entry.statements = statements;
      }
      if (levelValues.indexOf(mine.level) >= 0) {
        entry.level = mine.level;
      }
      const need = needValues.indexOf(mine.need) >= 0 ? mine.need : base.need;
      if (need) {
        entry.need = need;
      }
      if (typeof mine.note === 'string' && mine.note.trim()) {
        entry.note = mine.note.trim().slice(0, rules.limits.text);
      }
      out[domain.id] = entry;
    });
    return out;
  }

  /* Of two statements, the one to discuss first: split ones, the most evenly split first, then
   * those with the most "don't know", then those with any difference at all. */
  function discussFirst(rules, a, b) {
    const ids = answerIds(rules);
    if (a.split !== b.split) {
      return a.split ? -1 : 1;
    }
    const aDecided = a.answers[ids.yes] + a.answers[ids.no];
    const bDecided = b.answers[ids.yes] + b.answers[ids.no];
    const share =
      Math.min(b.answers[ids.yes], b.answers[ids.no]) * aDecided -
      Math.min(a.answers[ids.yes], a.answers[ids.no]) * bDecided;
    if (share) {
      return share;
    }
    return b.answers[ids.unknown] - a.answers[ids.unknown];
  }

  function kinds(rules, statement) {
    const ids = answerIds(rules);
    return [ids.yes, ids.no, ids.unknown].filter((id) => statement.answers[id] > 0).length;
  }

  /* The workshop's order: the domains whose answers lie furthest apart first (flagged, spread,
   * split statements, a gap between leadership and hands-on, "don't know"), and per domain the
   * statements to discuss (answered in more than one way) before those all agreed on. */
  function agenda(rules, combined) {
    const ids = answerIds(rules);
    const items = combined.domains.map((d, order) => {
      const statements = d.statements.map((s, i) => ({ s, i }));
      const discuss = statements
        .filter((x) => kinds(rules, x.s) > 1)
        .sort((a, b) => discussFirst(rules, a.s, b.s) || a.i - b.i)
        .map((x) => x.s.id);
      return {
        id: d.id,
        discuss,
        same: d.statements.filter((s) => kinds(rules, s) === 1).map((s) => s.id),
        none: d.statements.filter((s) => kinds(rules, s) === 0).map((s) => s.id),
        key: [
          d.disagreement ? 0 : 1,
          -(d.level.count ? d.level.max - d.level.min : 0),
          -d.statements.filter((s) => s.split).length,
          d.gap && d.gap.flagged ? 0 : 1,
          -d.statements.filter((s) => s.answers[ids.unknown] > 0).length,
          order
        ]
      };
    });
    items.sort((a, b) => {
      for (let i = 0; i < a.key.length; i += 1) {
        if (a.key[i] !== b.key[i]) {
          return a.key[i] - b.key[i];
        }
      }
      return 0;
    });
    return items.map((x) => ({ id: x.id, discuss: x.discuss, same: x.same, none: x.none }));
  }

  /* Two rounds: per domain the organisation's level (from each round's answers) and the median
   * of the respondents' levels, and per statement the organisation's answer before and now:
   * a gain (now yes, before not), a drop (before yes, now not). `round`: {domains (as combine
   * gives them, statements optional), answers (the organisation's answers)}. */
  function compareRounds(rules, earlier, current) {
    const ids = answerIds(rules);
    const scores = [earlier, current].map((r) =>
      engine.score(rules, { domains: isObject(r.answers) ? r.answers : {} })
    );
    const gains = [];
    const drops = [];
    const medianOf = (round, id) => {
      const found = (round.domains || []).filter((d) => d.id === id)[0];
      return found && found.level ? found.level.median : null;
    };
    const direction = (before, now) =>
      before === null || now === null ? null : now > before ? 'up' : now < before ? 'down' : 'same';
    const domains = rules.domains.map((domain, index) => {
      const results = scores.map((s) => s.domains[index]);
      const answers = [earlier, current].map((r, i) =>
        effectiveStatements(
          rules,
          domain,
          has(r.answers, domain.id) && isObject(r.answers[domain.id]) ? r.answers[domain.id] : {},
          results[i]
        )
      );
      const statements = [];
      rules.levels.forEach((level) => {
        domain.levels[level.id].statements.forEach((s) => {
          const before = has(answers[0], s.id) ? answers[0][s.id] : null;
          const now = has(answers[1], s.id) ? answers[1][s.id] : null;
          let change = null;
          if (before !== null && now !== null) {
            change =
              now === ids.yes && before !== ids.yes
                ? 'gain'
                : before === ids.yes && now !== ids.yes
                  ? 'drop'
                  : 'same';
          }
          if (change === 'gain') {
            gains.push({ domain: domain.id, statement: s.id });
          }
          if (change === 'drop') {
            drops.push({ domain: domain.id, statement: s.id });
          }
          statements.push({ id: s.id, earlier: before, current: now, change });
        });
      });
      const medians = [medianOf(earlier, domain.id), medianOf(current, domain.id)];
      return {
        id: domain.id,
        earlier: results[0].levelScore,
        current: results[1].levelScore,
        change: direction(results[0].levelScore, results[1].levelScore),
        medianEarlier: medians[0],
        medianCurrent: medians[1],
        statements
      };
    });
    return { domains, gains, drops };
  }

  return { combine, people, organisationAnswers, agenda, compareRounds, lowerMedian };
});
