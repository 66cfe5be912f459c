/* Open Data Zelfscan: files for other tools, as pure functions (no DOM): the action plan as a
 * CSV and as a Markdown checklist, the combined profile as a CSV, and an iCalendar reminder.
 * Every text in them comes from a person or a file, so each format gets it as inert text:
 * no spreadsheet formulas, no live Markdown or HTML, no broken calendar lines. */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory(require('./engine.js'), require('./format.js'));
  } else {
    const zs = (root.Zelfscan = root.Zelfscan || {});
    zs.downloads = factory(zs.engine, zs.format);
  }
})(typeof self !== 'undefined' ? self : this, function (engine, format) {
  'use strict';

  function csvCell(value) {
    let text = value === null || value === undefined ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(text)) {
      text = "'" + text;
    } // no formulas in a spreadsheet
    return /[",;\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  /* Semicolons and a byte-order mark: what Excel in Belgium and the Netherlands opens
   * straight into columns with a double click (it reads commas as decimal signs). */
  function csv(rows) {
    return '\ufeff' + rows.map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
  }

  const byId = (list, id) => list.filter((x) => x.id === id)[0];
  const title = (list, index) => (index === null ? '' : list[index].title);

  function combinedCsv(rules, combined) {
    const rows = [
      [
        'domein',
        'titel',
        'respondenten',
        'mediaan_maturiteit',
        'min_maturiteit',
        'max_maturiteit',
        'mediaan_nood',
        'oneens',
        'catalogusversie'
      ]
    ];
    combined.domains.forEach((d, i) => {
      rows.push([
        d.id,
        rules.domains[i].title,
        d.respondents,
        title(rules.levels, d.level.median),
        title(rules.levels, d.level.min),
        title(rules.levels, d.level.max),
        title(rules.needs, d.need.median),
        d.disagreement ? 'ja' : 'nee',
        rules.catalogVersion
      ]);
    });
    return csv(rows);
  }

  function planRows(rules, results, planState) {
    const actions = engine.actionIndex(rules);
    const rows = [];
    results.plan.forEach((domainId) => {
      const result = byId(results.domains, domainId);
      result.actions.forEach((actionId) => {
        const work = (planState && planState[actionId]) || {};
        rows.push({ domain: actions[actionId].domain, result, action: actions[actionId].action, work });
      });
    });
    return rows;
  }

  function statusTitle(rules, id) {
    const found = byId(rules.statuses, id);
    return found ? found.title : '';
  }

  function planCsv(rules, results, planState) {
    const rows = [
      ['domein', 'prioriteit', 'actie_id', 'actie', 'inspanning', 'trekker', 'deadline', 'status']
    ];
    planRows(rules, results, planState).forEach((r) => {
      const priority = byId(rules.priorities, r.result.priority);
      rows.push([
        r.domain.title,
        priority ? priority.title : '',
        r.action.id,
        r.action.title,
        r.action.effort,
        r.work.owner || '',
        r.work.due || '',
        statusTitle(rules, r.work.status)
      ]);
    });
    return csv(rows);
  }

  /* Text shown as typed in Markdown: on one line, with the signs that would make a link, an
   * image, emphasis, a tag or an entity escaped. */
  function markdownText(value) {
    return String(value)
      .replace(/[\r\n]+/g, ' ')
      .replace(/[\\`*_[\]<>&|~#!()]/g, '\\$&');
  }

  function planMarkdown(rules, results, planState, heading) {
    const lines = ['# ' + markdownText(heading), ''];
    let current = null;
    planRows(rules, results, planState).forEach((r) => {
      if (r.domain !== current) {
        current = r.domain;
        const priority = byId(rules.priorities, r.result.priority);
        lines.push(
          '',
          '## ' + markdownText(r.domain.title + (priority ? ' (' + priority.title + ')' : '')),
          ''
        );
      }
      const status = byId(rules.statuses, r.work.status);
      const done = Boolean(status && status.done);
      const extra = [r.work.owner, r.work.due, statusTitle(rules, r.work.status)].filter(Boolean).join(', ');
      lines.push(
        '- [' + (done ? 'x' : ' ') + '] ' + markdownText(r.action.title + (extra ? ' (' + extra + ')' : ''))
      );
    });
    return lines.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
  }

  function icsText(text) {
    return String(text)
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r?\n/g, '\\n');
  }

  /* RFC 5545: a content line is at most 75 octets; longer ones continue on a line that starts
   * with a space. Counted in UTF-8 octets, never splitting a character. */
  const encoder = new TextEncoder();

  function foldLine(line) {
    const parts = [];
    let current = '';
    let octets = 0;
    Array.from(line).forEach((char) => {
      const size = encoder.encode(char).length;
      const room = parts.length ? 74 : 75; // a continuation line starts with one space
      if (octets + size > room) {
        parts.push(current);
        current = '';
        octets = 0;
      }
      current += char;
      octets += size;
    });
    parts.push(current);
    return parts.join('\r\n ');
  }

  const icsDate = (date) => format.isoDate(date).replace(/-/g, '');

  /* An all-day calendar event for the next self-scan, by default one year after `now`. */
  function reminderIcs(now, url, uid, when) {
    const day = when || new Date(now.getFullYear() + 1, now.getMonth(), now.getDate());
    const next = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1);
    const stamp = now
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
    return [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Open Data Zelfscan//NL',
      'CALSCALE:GREGORIAN',
      'BEGIN:VEVENT',
      'UID:' + uid,
      'DTSTAMP:' + stamp,
      'DTSTART;VALUE=DATE:' + icsDate(day),
      'DTEND;VALUE=DATE:' + icsDate(next),
      'SUMMARY:' + icsText('Open Data Zelfscan opnieuw invullen'),
      'DESCRIPTION:' + icsText('Vul de zelfscan opnieuw in en vergelijk met je vorige export: ' + url),
      'END:VEVENT',
      'END:VCALENDAR',
      ''
    ]
      .map(foldLine)
      .join('\r\n');
  }

  return { csv, combinedCsv, planCsv, planMarkdown, markdownText, reminderIcs };
});
