/* Open Data Zelfscan: the organisation view, as pure functions (no DOM).
 * combine: several colleagues' answers -> one profile with medians, spread and disagreement.
 * compare: an earlier export against the current answers.
 * encodeLink/decodeLink: answers in a compact URL fragment, never sent to a server.
 * Files for other tools: CSV, a Markdown checklist and an iCalendar reminder.
 * generator/organisation.py is the Python reference for the numbers (parity tested). */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) { module.exports = factory(require('./engine.js')); }
  else { root.ZelfscanOrganisation = factory(root.ZelfscanEngine); }
})(typeof self !== 'undefined' ? self : this, function (engine) {
  'use strict';

  var hasOwn = Object.prototype.hasOwnProperty;
  var LINK_PREFIX = 'z2';
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
   * of the earlier plan that the current plan no longer holds, for the domains scored now (of
   * a domain not answered yet, nothing can be said). */
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
    earlierResults.domains.forEach(function (d, index) {
      if (currentResults.domains[index].levelScore === null) { return; }
      d.actions.forEach(function (a) { if (!now[a]) { dropped.push({ domain: d.id, action: a }); } });
    });
    return { domains: domains, noLongerNeeded: dropped };
  }

  /* ---------- share links ---------- */
  /* '#z2.<link version>.<levels>.<needs>.<targets>.<profile>': one character per domain in
   * model order, the index of the answer in base 36, '_' for "don't know", '-' for none (for
   * a target: the default, one level up). The link version is a hash of exactly what the
   * codes refer to (domain, level, need and profile ids, from the rules), so a link keeps
   * working when texts, actions or resources change, and is refused when its codes would
   * mean something else. */
  var OPEN = '-';
  var UNKNOWN = '_';

  function codeOf(value, ids, unknownId) {
    if (value && value === unknownId) { return UNKNOWN; }
    var index = ids.indexOf(value);
    return index >= 0 && index < 36 ? index.toString(36) : OPEN;
  }

  function decodeCode(code, ids, unknownId) {
    if (code === UNKNOWN) { return unknownId; }
    if (code === OPEN) { return ''; }
    return ids[parseInt(code, 36)];
  }

  function idsOf(list) { return list.map(function (x) { return x.id; }); }

  function encodeLink(rules, state) {
    var levels = idsOf(rules.levels);
    var needs = idsOf(rules.needs);
    var codes = { level: '', need: '', target: '' };
    rules.domains.forEach(function (domain) {
      var answer = state.domains[domain.id] || {};
      codes.level += codeOf(answer.level, levels, rules.unknown.id);
      codes.need += codeOf(answer.need, needs, rules.unknown.id);
      codes.target += codeOf(answer.target, levels, null);
    });
    var profile = codeOf(state.profile, idsOf(rules.profiles), null);
    return '#' + [LINK_PREFIX, rules.linkVersion, codes.level, codes.need, codes.target, profile].join('.');
  }

  function codePattern(count, length, withUnknown) {
    var last = (count - 1).toString(36);
    var range = count > 10 ? '0-9a-' + last : '0-' + last;
    return new RegExp('^[' + range + (withUnknown ? UNKNOWN : '') + OPEN + ']{' + length + '}$');
  }

  function isLink(hash) { return String(hash || '').indexOf('#' + LINK_PREFIX + '.') === 0; }

  /* Returns {ok: true, domains, profile} or {ok: false, error} (Dutch). */
  function decodeLink(rules, hash) {
    var parts = String(hash || '').replace(/^#/, '').split('.');
    if (parts.length !== 6 || parts[0] !== LINK_PREFIX) { return { ok: false, error: 'Deze link bevat geen zelfscan.' }; }
    if (parts[1] !== rules.linkVersion) {
      return { ok: false, error: 'Deze link hoort bij een andere opbouw van het model (andere domeinen, niveaus of profielen). Vraag een exportbestand aan wie de link maakte.' };
    }
    var count = rules.domains.length;
    if (!codePattern(rules.levels.length, count, true).test(parts[2]) ||
        !codePattern(rules.needs.length, count, true).test(parts[3]) ||
        !codePattern(rules.levels.length, count, false).test(parts[4]) ||
        !codePattern(rules.profiles.length, 1, false).test(parts[5])) {
      return { ok: false, error: 'Deze link is onvolledig of beschadigd.' };
    }
    var levels = idsOf(rules.levels);
    var needs = idsOf(rules.needs);
    var domains = Object.create(null);
    rules.domains.forEach(function (domain, i) {
      var answer = {
        level: decodeCode(parts[2][i], levels, rules.unknown.id),
        need: decodeCode(parts[3][i], needs, rules.unknown.id),
        target: decodeCode(parts[4][i], levels, null),
        note: ''
      };
      if (answer.level || answer.need || answer.target) { domains[domain.id] = answer; }
    });
    return { ok: true, domains: domains, profile: decodeCode(parts[5], idsOf(rules.profiles), null) };
  }

  /* ---------- files for other tools ---------- */
  function csvCell(value) {
    var text = value === null || value === undefined ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(text)) { text = "'" + text; } // no formulas in a spreadsheet
    return /[",;\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  /* Semicolons and a byte-order mark: what Excel in Belgium and the Netherlands opens
   * straight into columns with a double click (it reads commas as decimal signs). */
  function csv(rows) {
    return '\ufeff' + rows.map(function (row) { return row.map(csvCell).join(';'); }).join('\r\n') + '\r\n';
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
    var actions = engine.actionIndex(rules);
    var rows = [];
    results.plan.forEach(function (domainId) {
      var result = results.domains.filter(function (d) { return d.id === domainId; })[0];
      result.actions.forEach(function (actionId) {
        var work = (planState && planState[actionId]) || {};
        rows.push({ domain: actions[actionId].domain, result: result, action: actions[actionId].action, work: work });
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
    isLink: isLink,
    csv: csv,
    combinedCsv: combinedCsv,
    planCsv: planCsv,
    planMarkdown: planMarkdown,
    reminderIcs: reminderIcs
  };
});
