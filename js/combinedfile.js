/* Open Data Zelfscan: the combined file of a team round, built and read back safely. Pure (no
 * DOM), so node's test runner checks it directly.
 *
 * build() writes format version 2 (generator/outputs/combined_format.py describes it): who took part,
 * the spread per domain, the counts per statement, notes, the proposal, what the workshop
 * agreed on and the organisation's answers that follow.
 * read() takes a version 1 or 2 file as untrusted input, and uses only what it checks: the
 * organisation's answers (through the export reader, with all its checks, so that what no longer
 * fits the model is listed, not lost silently), the round, the count of respondents and per
 * domain the median level (to compare two rounds). Version 1 files (before team rounds) hold the
 * medians of levels: they open as levels picked the quick way. */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory(require('./exportfile.js'), require('./format.js'));
  } else {
    const zs = (root.Zelfscan = root.Zelfscan || {});
    zs.combinedfile = factory(zs.exportfile, zs.format);
  }
})(typeof self !== 'undefined' ? self : this, function (exporter, format) {
  'use strict';

  const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
  const hasOwn = Object.prototype.hasOwnProperty;
  const MAX_DOMAINS = 1000;

  /* Only what a person can agree on in the model: statement answers of the domain, a level, a
   * need (or don't know) and a note. */
  function agreedOf(rules, agreed) {
    const answers = [rules.statementAnswers.yes.id, rules.statementAnswers.no.id, rules.unknown.id];
    const levels = rules.levels.map((l) => l.id).concat([rules.unknown.id]);
    const needs = rules.needs.map((n) => n.id).concat([rules.unknown.id]);
    const out = {};
    rules.domains.forEach((domain) => {
      const given =
        isObject(agreed) && hasOwn.call(agreed, domain.id) && isObject(agreed[domain.id])
          ? agreed[domain.id]
          : null;
      if (!given) {
        return;
      }
      const entry = {};
      const statements = {};
      Object.keys(domain.levels).forEach((level) => {
        domain.levels[level].statements.forEach((s) => {
          if (
            isObject(given.statements) &&
            hasOwn.call(given.statements, s.id) &&
            answers.indexOf(given.statements[s.id]) >= 0
          ) {
            statements[s.id] = given.statements[s.id];
          }
        });
      });
      if (Object.keys(statements).length) {
        entry.statements = statements;
      }
      if (levels.indexOf(given.level) >= 0) {
        entry.level = given.level;
      }
      if (needs.indexOf(given.need) >= 0) {
        entry.need = given.need;
      }
      if (typeof given.note === 'string' && given.note.trim()) {
        entry.note = given.note.trim().slice(0, rules.limits.text);
      }
      if (Object.keys(entry).length) {
        out[domain.id] = entry;
      }
    });
    return out;
  }

  /* round: {name, due, organisation}; combined: combine.combine(); sources: per respondent
   * {source: 'bestand'|'link', file, catalogVersion, exportedAt, round}; remarks: the page's
   * notes about the files; answers and results: the organisation's. */
  function build(rules, parts, now) {
    const limits = rules.limits;
    const round =
      parts.round && parts.round.name ? { name: parts.round.name.slice(0, limits.roundName) } : null;
    if (round && parts.round.due && format.isRealDate(parts.round.due)) {
      round.due = parts.round.due;
    }
    const data = {
      format: rules.formats.combined.name,
      formatVersion: rules.formats.combined.version,
      catalogVersion: rules.catalogVersion,
      exportedAt: now.toISOString()
    };
    if (round) {
      data.round = round;
    }
    return Object.assign(data, {
      organisation: String((parts.round && parts.round.organisation) || '').slice(0, limits.organisation),
      respondents: parts.combined.respondents,
      people: parts.combined.people.slice(0, limits.people).map((person, i) => {
        const source = parts.sources[i] || {};
        return {
          label: person.label,
          name: person.name.slice(0, limits.name),
          profile: person.profile,
          source: source.source === 'link' ? 'link' : 'bestand',
          file: String(source.file || '').slice(0, limits.fileName),
          catalogVersion: String(source.catalogVersion || ''),
          exportedAt: String(source.exportedAt || ''),
          round: String(source.round || '').slice(0, limits.roundName)
        };
      }),
      notes: parts.remarks.slice(),
      domains: parts.combined.domains.map((d, i) => Object.assign({ title: rules.domains[i].title }, d)),
      proposal: parts.combined.proposal,
      agreed: agreedOf(rules, parts.agreed),
      answers: parts.answers,
      results: parts.results
    });
  }

  function fail(message) {
    return { ok: false, error: message };
  }

  function isCombined(text, rules) {
    if (typeof text !== 'string' || text.indexOf(rules.formats.combined.name) < 0) {
      return false;
    }
    try {
      const data = JSON.parse(text);
      return isObject(data) && data.format === rules.formats.combined.name;
    } catch (e) {
      return false;
    }
  }

  /* Per domain the median level, for domains of this model with a valid one; null when the list
   * is not what a combined file holds. */
  function medians(rules, list) {
    if (!Array.isArray(list) || list.length > MAX_DOMAINS) {
      return null;
    }
    const known = rules.domains.map((d) => d.id);
    const out = [];
    for (let i = 0; i < list.length; i += 1) {
      const d = list[i];
      if (!isObject(d) || typeof d.id !== 'string' || !isObject(d.level)) {
        return null;
      }
      const median = d.level.median;
      if (median !== null && !(Number.isInteger(median) && median >= 0 && median < rules.levels.length)) {
        return null;
      }
      if (known.indexOf(d.id) >= 0) {
        out.push({ id: d.id, level: { median } });
      }
    }
    return out;
  }

  /* Parse untrusted text. {ok: false, error} or {ok: true, formatVersion, respondents, round,
   * organisation, exportedAt, catalogVersion, sameCatalog, state, unplaced, domains}. */
  function read(text, rules) {
    const wanted = rules.formats.combined;
    if (typeof text !== 'string') {
      return fail('Dit bestand kon niet gelezen worden.');
    }
    if (text.length > rules.limits.fileBytes) {
      return fail(exporter.tooBig(rules));
    }
    let data;
    try {
      data = JSON.parse(text);
    } catch (e) {
      return fail('Dit bestand is geen geldig JSON-bestand.');
    }
    if (!isObject(data) || data.format !== wanted.name) {
      return fail('Dit bestand is geen samenvoeging van zelfscans.');
    }
    if (wanted.readable.indexOf(data.formatVersion) < 0) {
      return fail(
        'Deze samenvoeging heeft formaatversie ' +
          String(data.formatVersion).slice(0, 20) +
          ', deze site leest versie ' +
          wanted.readable.join(' en ') +
          '.'
      );
    }
    if (!Number.isInteger(data.respondents) || data.respondents < 0 || data.respondents > 1000000) {
      return fail('Het aantal zelfscans in deze samenvoeging is ongeldig.');
    }
    const domains = medians(rules, data.domains);
    if (!domains) {
      return fail('De domeinen in deze samenvoeging zijn ongeldig.');
    }
    const answers = exporter.read(
      JSON.stringify({
        format: rules.formats.export.name,
        formatVersion: rules.formats.export.version,
        catalogVersion: data.catalogVersion,
        exportedAt: data.exportedAt,
        organisation: data.organisation === undefined ? '' : data.organisation,
        round: data.formatVersion > 1 ? data.round : undefined,
        answers: data.answers
      }),
      rules
    );
    if (!answers.ok) {
      return fail(
        answers.error.replace('dit bestand', 'deze samenvoeging').replace('Dit bestand', 'Deze samenvoeging')
      );
    }
    const state = answers.state;
    const round = state.round;
    state.round = null; // the organisation's answers: no longer one colleague's part of a round
    return {
      ok: true,
      formatVersion: data.formatVersion,
      respondents: data.respondents,
      round,
      organisation: state.organisation,
      exportedAt: answers.exportedAt,
      catalogVersion: answers.catalogVersion,
      sameCatalog: answers.sameCatalog,
      state,
      unplaced: answers.unplaced,
      domains
    };
  }

  return { build, read, isCombined, agreedOf };
});
