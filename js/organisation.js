/* Open Data Zelfscan: the organisation view, as pure functions (no DOM).
 * combine: several colleagues' answers -> one profile with medians, spread and disagreement.
 * compare: an earlier export against the current answers.
 * encodeLink/decodeLink: answers in a compact URL fragment, never sent to a server.
 * Files for other tools: CSV, a Markdown checklist and an iCalendar reminder.
 * generator/organisation.py is the Python reference for the numbers (parity tested). */
(function (root, factory) {
  var api = factory();
  if (typeof module === 'object' && module.exports) { module.exports = api; }
  else { root.ZelfscanOrganisation = api; }
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  var hasOwn = Object.prototype.hasOwnProperty;
  var LINK_PREFIX = 'z1';
  var DISAGREEMENT = 2;

  function scoreMap(list) {
    var map = Object.create(null);
    list.forEach(function (item, index) { map[item.id] = index; });
    return map;
  }

  /* The lower median: with an even count, the lower of the two middle values, so that the
   * median is always a real level and the plan never skips a step. */
  function lowerMedian(values) {
    if (!values.length) { return null; }
    var sorted = values.slice().sort(function (a, b) { return a - b; });
    return sorted[Math.floor((sorted.length - 1) / 2)];
  }

  function summary(values) {
    if (!values.length) { return { count: 0, median: null, min: null, max: null }; }
    return {
      count: values.length,
      median: lowerMedian(values),
      min: Math.min.apply(null, values),
      max: Math.max.apply(null, values)
    };
  }

  /* respondents: [{profile: id|'', domains: {id: {level, need}}}] (answers as in a state).
   * Only known level and need ids count; 'don't know' and stale ids are left out. */
  function combine(rules, respondents) {
    var levelScore = scoreMap(rules.levels);
    var needScore = scoreMap(rules.needs);
    var profiles = rules.profiles.map(function (p) { return p.id; });
    var domains = rules.domains.map(function (domain) {
      var levels = [];
      var needs = [];
      var byProfile = Object.create(null);
      respondents.forEach(function (respondent) {
        var answer = respondent.domains && hasOwn.call(respondent.domains, domain.id) ? respondent.domains[domain.id] : null;
        if (!answer) { return; }
        if (typeof answer.level === 'string' && hasOwn.call(levelScore, answer.level)) {
          levels.push(levelScore[answer.level]);
          var key = profiles.indexOf(respondent.profile) >= 0 ? respondent.profile : '';
          (byProfile[key] = byProfile[key] || []).push(levelScore[answer.level]);
        }
        if (typeof answer.need === 'string' && hasOwn.call(needScore, answer.need)) {
          needs.push(needScore[answer.need]);
        }
      });
      var level = summary(levels);
      var need = summary(needs);
      return {
        id: domain.id,
        respondents: level.count,
        level: level,
        need: need,
        disagreement: level.count > 1 && level.max - level.min >= DISAGREEMENT,
        profiles: profiles.concat(['']).filter(function (p) { return byProfile[p]; }).map(function (p) {
          return { profile: p, count: byProfile[p].length, median: lowerMedian(byProfile[p]) };
        })
      };
    });
    var answers = {};
    domains.forEach(function (d) {
      var entry = {};
      if (d.level.median !== null) { entry.level = rules.levels[d.level.median].id; }
      if (d.need.median !== null) { entry.need = rules.needs[d.need.median].id; }
      answers[d.id] = entry;
    });
    return { respondents: respondents.length, domains: domains, answers: answers };
  }

  /* Per domain: earlier and current level score and the direction of change; and the actions
   * of the earlier plan that the current plan no longer holds. */
  function compare(rules, earlierResults, currentResults) {
    var domains = currentResults.domains.map(function (current, index) {
      var before = earlierResults.domains[index];
      var change = null;
      if (before.levelScore !== null && current.levelScore !== null) {
        change = current.levelScore > before.levelScore ? 'up' : current.levelScore < before.levelScore ? 'down' : 'same';
      }
      return { id: current.id, earlier: before.levelScore, current: current.levelScore, change: change };
    });
    var now = Object.create(null);
    currentResults.domains.forEach(function (d) { d.actions.forEach(function (a) { now[a] = true; }); });
    var dropped = [];
    earlierResults.domains.forEach(function (d) {
      d.actions.forEach(function (a) { if (!now[a]) { dropped.push({ domain: d.id, action: a }); } });
    });
    return { domains: domains, noLongerNeeded: dropped };
  }

  /* ---------- share links ---------- */
  function codeOf(value, ids, unknownId) {
    if (value === unknownId) { return 'u'; }
    var index = ids.indexOf(value);
    return index >= 0 ? String(index) : '-';
  }

  /* '#z1.<catalog version>.<level codes>.<need codes>.<profile index or ->' */
  function encodeLink(rules, state) {
    var levels = rules.levels.map(function (x) { return x.id; });
    var needs = rules.needs.map(function (x) { return x.id; });
    var unknown = rules.unknown.id;
    var levelCodes = '';
    var needCodes = '';
    rules.domains.forEach(function (domain) {
      var answer = state.domains[domain.id] || {};
      levelCodes += codeOf(answer.level, levels, unknown);
      needCodes += codeOf(answer.need, needs, unknown);
    });
    var profile = rules.profiles.map(function (p) { return p.id; }).indexOf(state.profile);
    return '#' + [LINK_PREFIX, rules.catalogVersion, levelCodes, needCodes, profile >= 0 ? String(profile) : '-'].join('.');
  }

  function decodeCode(code, ids, unknownId) {
    if (code === 'u') { return unknownId; }
    if (code === '-') { return ''; }
    return ids[Number(code)];
  }

  /* Returns {ok: true, domains, profile} or {ok: false, error} (Dutch). */
  function decodeLink(rules, hash) {
    var parts = String(hash || '').replace(/^#/, '').split('.');
    if (parts.length !== 5 || parts[0] !== LINK_PREFIX) { return { ok: false, error: 'Deze link bevat geen zelfscan.' }; }
    if (parts[1] !== rules.catalogVersion) {
      return { ok: false, error: 'Deze link is gemaakt met een andere versie van het model. Vraag een exportbestand aan wie de link maakte.' };
    }
    var count = rules.domains.length;
    var pattern = new RegExp('^[0-' + (rules.levels.length - 1) + 'u-]{' + count + '}$');
    var needPattern = new RegExp('^[0-' + (rules.needs.length - 1) + 'u-]{' + count + '}$');
    if (!pattern.test(parts[2]) || !needPattern.test(parts[3]) || !/^(-|[0-9]{1,2})$/.test(parts[4])) {
      return { ok: false, error: 'Deze link is onvolledig of beschadigd.' };
    }
    var levels = rules.levels.map(function (x) { return x.id; });
    var needs = rules.needs.map(function (x) { return x.id; });
    var domains = Object.create(null);
    rules.domains.forEach(function (domain, i) {
      var level = decodeCode(parts[2][i], levels, rules.unknown.id);
      var need = decodeCode(parts[3][i], needs, rules.unknown.id);
      if (level || need) { domains[domain.id] = { level: level, need: need, target: '', note: '' }; }
    });
    var profile = parts[4] === '-' ? '' : (rules.profiles[Number(parts[4])] || { id: '' }).id;
    return { ok: true, domains: domains, profile: profile };
  }

  /* ---------- files for other tools ---------- */
  function csvCell(value) {
    var text = value === null || value === undefined ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(text)) { text = "'" + text; } // no formulas in a spreadsheet
    return /[",;\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function csv(rows) {
    return '\ufeff' + rows.map(function (row) { return row.map(csvCell).join(','); }).join('\r\n') + '\r\n';
  }

  function title(list, index) { return index === null ? '' : list[index].title; }

  function combinedCsv(rules, combined) {
    var rows = [['domein', 'titel', 'respondenten', 'mediaan_maturiteit', 'min_maturiteit', 'max_maturiteit',
      'mediaan_nood', 'oneens', 'catalogusversie']];
    combined.domains.forEach(function (d, i) {
      rows.push([d.id, rules.domains[i].title, d.respondents, title(rules.levels, d.level.median),
        title(rules.levels, d.level.min), title(rules.levels, d.level.max), title(rules.needs, d.need.median),
        d.disagreement ? 'ja' : 'nee', rules.catalogVersion]);
    });
    return csv(rows);
  }

  function planRows(rules, results, planState) {
    var rows = [];
    results.plan.forEach(function (domainId) {
      var result = results.domains.filter(function (d) { return d.id === domainId; })[0];
      var domain = rules.domains.filter(function (d) { return d.id === domainId; })[0];
      var all = Object.create(null);
      Object.keys(domain.levels).forEach(function (l) { domain.levels[l].actions.forEach(function (a) { all[a.id] = a; }); });
      result.actions.forEach(function (actionId) {
        var work = (planState && planState[actionId]) || {};
        rows.push({ domain: domain, result: result, action: all[actionId], work: work });
      });
    });
    return rows;
  }

  function statusTitle(rules, id) {
    var found = rules.statuses.filter(function (s) { return s.id === id; })[0];
    return found ? found.title : '';
  }

  function planCsv(rules, results, planState) {
    var rows = [['domein', 'prioriteit', 'actie_id', 'actie', 'inspanning', 'trekker', 'deadline', 'status']];
    planRows(rules, results, planState).forEach(function (r) {
      var priority = rules.priorities.filter(function (p) { return p.id === r.result.priority; })[0];
      rows.push([r.domain.title, priority ? priority.title : '', r.action.id, r.action.title, r.action.effort,
        r.work.owner || '', r.work.due || '', statusTitle(rules, r.work.status)]);
    });
    return csv(rows);
  }

  function planMarkdown(rules, results, planState, heading) {
    var lines = ['# ' + heading, ''];
    var current = null;
    planRows(rules, results, planState).forEach(function (r) {
      if (r.domain !== current) {
        current = r.domain;
        var priority = rules.priorities.filter(function (p) { return p.id === r.result.priority; })[0];
        lines.push('', '## ' + r.domain.title + (priority ? ' (' + priority.title + ')' : ''), '');
      }
      var status = rules.statuses.filter(function (st) { return st.id === r.work.status; })[0];
      var done = Boolean(status && status.done);
      var extra = [r.work.owner, r.work.due, statusTitle(rules, r.work.status)].filter(Boolean).join(', ');
      lines.push('- [' + (done ? 'x' : ' ') + '] ' + r.action.title.replace(/[\[\]]/g, '') + (extra ? ' (' + extra + ')' : ''));
    });
    return lines.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
  }

  function icsText(text) {
    return String(text).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
  }

  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function icsDate(date) { return date.getFullYear() + pad(date.getMonth() + 1) + pad(date.getDate()); }

  /* An all-day calendar event for the next self-scan, by default one year after `now`. */
  function reminderIcs(now, url, uid, when) {
    var day = when || new Date(now.getFullYear() + 1, now.getMonth(), now.getDate());
    var next = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1);
    var stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    return [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Open Data Zelfscan//NL', 'CALSCALE:GREGORIAN',
      'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:' + stamp,
      'DTSTART;VALUE=DATE:' + icsDate(day), 'DTEND;VALUE=DATE:' + icsDate(next),
      'SUMMARY:' + icsText('Open Data Zelfscan opnieuw invullen'),
      'DESCRIPTION:' + icsText('Vul de zelfscan opnieuw in en vergelijk met je vorige export: ' + url),
      'END:VEVENT', 'END:VCALENDAR', ''
    ].join('\r\n');
  }

  return {
    lowerMedian: lowerMedian,
    combine: combine,
    compare: compare,
    encodeLink: encodeLink,
    decodeLink: decodeLink,
    combinedCsv: combinedCsv,
    planCsv: planCsv,
    planMarkdown: planMarkdown,
    reminderIcs: reminderIcs
  };
});
