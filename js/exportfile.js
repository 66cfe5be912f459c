/* Open Data Zelfscan export files: build them, and read them back safely.
 * Pure functions (no DOM), so node's test runner checks them directly. A file is untrusted
 * input: it is checked field by field against the limits and patterns the generator puts in
 * the rules (rules.limits, rules.patterns, rules.formats: defined once, in
 * generator/outputs/export_format.py), ids must match a strict pattern (which also rules out keys such
 * as __proto__), texts are only ever kept as text, and nothing of the current answers changes
 * unless the whole file is acceptable.
 *
 * The saved data (what localStorage holds: organisation, profile, answers, plan, sheets) is
 * measured with one rule, savedSize(), on saving and on import: a state the page can save can
 * always be exported and imported again. */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory(require('./engine.js'), require('./format.js'));
  } else {
    const zs = (root.Zelfscan = root.Zelfscan || {});
    zs.exportfile = factory(zs.engine, zs.format);
  }
})(typeof self !== 'undefined' ? self : this, function (engine, format) {
  'use strict';

  const hasOwn = Object.prototype.hasOwnProperty;

  function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  }

  function emptyAnswer() {
    return { level: '', need: '', target: '', note: '', statements: Object.create(null) };
  }
  function emptyWork() {
    return { owner: '', due: '', status: '' };
  }

  function emptyState() {
    return {
      organisation: '',
      profile: '',
      respondent: '',
      round: null,
      domains: Object.create(null),
      plan: Object.create(null),
      sheets: Object.create(null)
    };
  }

  /* A short, safe piece of a file name: 'Stad Sint-Niklaas' -> 'stad-sint-niklaas'. */
  function slug(text) {
    return String(text || '')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '');
  }

  /* 'zelfscan-gemeente-x-ann-2026-12-01.json': what the file is, whose it is (the name, or else
   * the profile), and when. */
  function fileName(state, rules, date) {
    const profile = (rules.profiles || []).filter((p) => p.id === state.profile)[0];
    const who = slug(state.respondent) || slug(profile ? profile.title : '');
    const parts = ['zelfscan', slug(state.organisation), who, format.isoDate(date)];
    return parts.filter(Boolean).join('-') + '.json';
  }

  /* The answers of `state` as plain data with ids only (no labels). */
  function answersOf(state) {
    const answers = {};
    Object.keys(state.domains)
      .sort()
      .forEach((id) => {
        const a = state.domains[id];
        const out = {};
        ['level', 'need', 'target'].forEach((field) => {
          if (a[field]) {
            out[field] = a[field];
          }
        });
        const statements = compact(a.statements);
        if (statements) {
          out.statements = statements;
        }
        if (a.note) {
          out.note = a.note;
        }
        if (Object.keys(out).length) {
          answers[id] = out;
        }
      });
    return answers;
  }

  /* A copy without empty texts and empty maps, keys sorted (stable, small files). */
  function compact(value) {
    if (isObject(value)) {
      const out = {};
      Object.keys(value)
        .sort()
        .forEach((key) => {
          const kept = compact(value[key]);
          if (kept !== undefined) {
            out[key] = kept;
          }
        });
      return Object.keys(out).length ? out : undefined;
    }
    return value === '' || value === null ? undefined : value;
  }

  /* What the page saves of a state: the same sections as an export, without its envelope. */
  function savedData(state) {
    const data = {
      organisation: state.organisation || '',
      profile: state.profile || '',
      answers: answersOf(state)
    };
    if (state.respondent) {
      data.respondent = state.respondent;
    }
    if (state.round && state.round.name) {
      data.round = state.round.due
        ? { name: state.round.name, due: state.round.due }
        : { name: state.round.name };
    }
    const plan = compact(state.plan);
    const sheets = compact(state.sheets);
    if (plan) {
      data.plan = plan;
    }
    if (sheets) {
      data.sheets = sheets;
    }
    return data;
  }

  /* The one measure of how much a state holds: characters of its saved data as JSON. */
  function savedSize(state) {
    return JSON.stringify(savedData(state)).length;
  }

  function build(state, rules, results, now) {
    const data = Object.assign(
      {
        format: rules.formats.export.name,
        formatVersion: rules.formats.export.version,
        catalogVersion: rules.catalogVersion,
        exportedAt: now.toISOString()
      },
      savedData(state)
    );
    data.results = results;
    return data;
  }

  function fail(message) {
    return { ok: false, error: message };
  }

  /* The checks of one file, bound to the limits and patterns of the rules. */
  function checker(rules) {
    const limits = rules.limits;
    const ID = new RegExp(rules.patterns.id);
    const isId = (value) => typeof value === 'string' && value.length <= limits.id && ID.test(value);
    const isText = (value, max) => value === undefined || (typeof value === 'string' && value.length <= max);
    const VERSION = new RegExp(rules.patterns.catalogVersion);
    const DATE_TIME = new RegExp(rules.patterns.dateTime);

    function records(map, message, check) {
      if (map === undefined) {
        return '';
      }
      if (!isObject(map)) {
        return message;
      }
      const ids = Object.keys(map);
      for (let i = 0; i < ids.length; i += 1) {
        if (!isId(ids[i]) || !isObject(map[ids[i]])) {
          return message;
        }
        const problem = check(map[ids[i]]);
        if (problem) {
          return problem;
        }
      }
      return '';
    }

    function plan(item) {
      const fields = Object.keys(item);
      for (let i = 0; i < fields.length; i += 1) {
        const value = item[fields[i]];
        if (fields[i] === 'owner' && isText(value, limits.owner)) {
          continue;
        }
        if (fields[i] === 'due' && (value === '' || format.isRealDate(value))) {
          continue;
        }
        if (fields[i] === 'status' && (value === '' || isId(value))) {
          continue;
        }
        return 'Het actieplan in dit bestand is ongeldig.';
      }
      return '';
    }

    function sheet(item) {
      const parts = Object.keys(item);
      for (let i = 0; i < parts.length; i += 1) {
        if ((parts[i] !== 'aspects' && parts[i] !== 'phases') || !isObject(item[parts[i]])) {
          return 'Een planblad in dit bestand is ongeldig.';
        }
        const fields = item[parts[i]];
        const bad = Object.keys(fields).some((key) => !isId(key) || !isText(fields[key], limits.text));
        if (bad) {
          return 'Een planblad in dit bestand is ongeldig.';
        }
      }
      return '';
    }

    function answer(item) {
      const fields = Object.keys(item);
      for (let j = 0; j < fields.length; j += 1) {
        const value = item[fields[j]];
        if (fields[j] === 'note') {
          if (!isText(value, limits.text)) {
            return 'Een notitie in dit bestand is ongeldig of te lang.';
          }
        } else if (fields[j] === 'level' || fields[j] === 'need' || fields[j] === 'target') {
          if (value !== null && !isId(value)) {
            return 'Een antwoord in dit bestand is ongeldig.';
          }
        } else if (fields[j] === 'statements' && version > 1) {
          if (!isObject(value) || Object.keys(value).some((id) => !isId(id) || !isId(value[id]))) {
            return 'Een antwoord op een uitspraak in dit bestand is ongeldig.';
          }
        } else {
          return 'Dit bestand bevat onbekende velden.';
        }
      }
      return '';
    }

    /* The team round a file was made for: {name, due?}. */
    function isRound(value) {
      return (
        isObject(value) &&
        Object.keys(value).every((key) => key === 'name' || key === 'due') &&
        typeof value.name === 'string' &&
        value.name.length > 0 &&
        value.name.length <= limits.roundName &&
        (value.due === undefined || value.due === '' || format.isRealDate(value.due))
      );
    }

    /* Structural check of a parsed file; returns a Dutch message, or '' when it is fine. */
    let version = 0;
    return function problem(data) {
      const wanted = rules.formats.export;
      if (!isObject(data)) {
        return 'Dit bestand bevat geen zelfscan.';
      }
      if (data.format === rules.formats.combined.name) {
        return 'Dit is een samengevoegd bestand van meerdere zelfscans. Open het op de pagina Samenvoegen.';
      }
      if (data.format !== wanted.name) {
        return 'Dit bestand is geen export van de Open Data Zelfscan.';
      }
      if (typeof data.formatVersion !== 'number') {
        return 'Dit bestand heeft geen geldige formaatversie.';
      }
      if (wanted.readable.indexOf(data.formatVersion) < 0) {
        return (
          'Dit bestand heeft formaatversie ' +
          String(data.formatVersion).slice(0, 20) +
          ', deze zelfscan leest versie ' +
          wanted.readable.join(' en ') +
          '.'
        );
      }
      version = data.formatVersion;
      if (typeof data.catalogVersion !== 'string' || !VERSION.test(data.catalogVersion)) {
        return 'De catalogusversie in dit bestand is ongeldig.';
      }
      if (
        typeof data.exportedAt !== 'string' ||
        !DATE_TIME.test(data.exportedAt) ||
        isNaN(Date.parse(data.exportedAt))
      ) {
        return 'De exportdatum in dit bestand is ongeldig.';
      }
      if (
        !isText(data.organisation, limits.organisation) ||
        !isText(data.profile, limits.id) ||
        !isText(data.respondent, limits.name)
      ) {
        return 'De naam van de organisatie, je naam of het profiel in dit bestand is ongeldig.';
      }
      if (data.round !== undefined && data.round !== null && !isRound(data.round)) {
        return 'De ronde in dit bestand is ongeldig.';
      }
      if (!isObject(data.answers)) {
        return 'Dit bestand bevat geen antwoorden.';
      }
      if (data.results !== undefined && data.results !== null && !isObject(data.results)) {
        return 'De resultaten in dit bestand zijn ongeldig.';
      }
      return (
        records(data.plan, 'Het actieplan in dit bestand is ongeldig.', plan) ||
        records(data.sheets, 'Een planblad in dit bestand is ongeldig.', sheet) ||
        records(data.answers, 'Het bestand bevat een ongeldig domein.', answer)
      );
    };
  }

  /* Copy validated records into null-prototype maps. */
  function copyRecords(map, depth) {
    const out = Object.create(null);
    Object.keys(map || {}).forEach((id) => {
      const value = map[id];
      out[id] =
        depth > 1 && isObject(value)
          ? copyRecords(value, depth - 1)
          : isObject(value)
            ? copyRecords(value, 0)
            : value;
    });
    return out;
  }

  /* Statement answers of one domain: known statements with a known answer are kept. */
  function placeStatements(domain, given, kept, unplaced, rules) {
    const known = Object.create(null);
    Object.keys(domain.levels).forEach((level) => {
      domain.levels[level].statements.forEach((s) => {
        known[s.id] = true;
      });
    });
    const answers = [rules.statementAnswers.yes.id, rules.statementAnswers.no.id, rules.unknown.id];
    Object.keys(given).forEach((id) => {
      if (!known[id]) {
        unplaced.push(domain.title + ': de uitspraak "' + id + '" bestaat niet meer.');
        return;
      }
      if (answers.indexOf(given[id]) < 0) {
        unplaced.push(domain.title + ': het antwoord "' + given[id] + '" op een uitspraak bestaat niet.');
        return;
      }
      kept.statements[id] = given[id];
    });
  }

  /* The answers of a checked file placed in the current model; what no longer fits is listed. */
  function place(data, rules) {
    const levels = rules.levels.map((x) => x.id).concat([rules.unknown.id]);
    const needs = rules.needs.map((x) => x.id).concat([rules.unknown.id]);
    const domains = Object.create(null);
    rules.domains.forEach((d) => {
      domains[d.id] = d;
    });
    const state = emptyState();
    const unplaced = [];
    state.organisation = data.organisation || '';
    state.respondent = data.respondent || '';
    state.round = data.round ? { name: data.round.name, due: data.round.due || '' } : null;
    if (data.profile) {
      if (rules.profiles.some((p) => p.id === data.profile)) {
        state.profile = data.profile;
      } else {
        unplaced.push('Profiel "' + data.profile + '" bestaat niet meer.');
      }
    }
    Object.keys(data.answers).forEach((id) => {
      const answer = data.answers[id];
      if (!hasOwn.call(domains, id)) {
        unplaced.push('Domein "' + id + '" bestaat niet meer.');
        return;
      }
      const title = domains[id].title;
      const kept = emptyAnswer();
      [
        ['level', levels, 'het niveau'],
        ['need', needs, 'de nood'],
        ['target', levels, 'het doelniveau']
      ].forEach((field) => {
        const value = answer[field[0]];
        if (!value) {
          return;
        }
        if (field[1].indexOf(value) >= 0) {
          kept[field[0]] = value;
        } else {
          unplaced.push(title + ': ' + field[2] + ' "' + value + '" bestaat niet meer.');
        }
      });
      if (answer.note) {
        kept.note = answer.note;
      }
      placeStatements(domains[id], answer.statements || {}, kept, unplaced, rules);
      state.domains[id] = kept;
    });
    state.plan = copyRecords(data.plan, 1);
    state.sheets = copyRecords(data.sheets, 2);
    const known = engine.actionIndex(rules);
    Object.keys(state.plan)
      .concat(Object.keys(state.sheets))
      .forEach((id) => {
        if (known[id] || !(id in state.plan || id in state.sheets)) {
          return;
        }
        unplaced.push('Actie "' + id + '" bestaat niet meer: wat je erbij noteerde, is niet overgenomen.');
        delete state.plan[id];
        delete state.sheets[id];
      });
    const statuses = rules.statuses.map((x) => x.id);
    Object.keys(state.plan).forEach((id) => {
      const status = state.plan[id].status;
      if (status && statuses.indexOf(status) < 0) {
        unplaced.push('Actie "' + id + '": de status "' + status + '" bestaat niet meer.');
        state.plan[id].status = '';
      }
    });
    return { state, unplaced };
  }

  /* Parse untrusted text. Returns {ok:false, error} or
   * {ok:true, state, unplaced, placed, sameCatalog, catalogVersion, exportedAt}. `placed`
   * counts what the file brings into this model (answered domains, plan entries, sheets). */
  function read(text, rules) {
    if (typeof text !== 'string') {
      return fail('Dit bestand kon niet gelezen worden.');
    }
    if (text.length > rules.limits.fileBytes) {
      return fail(tooBig(rules));
    }
    let data;
    try {
      data = JSON.parse(text);
    } catch (e) {
      return fail('Dit bestand is geen geldig JSON-bestand.');
    }
    const message = checker(rules)(data);
    if (message) {
      return fail(message);
    }
    const placed = place(data, rules);
    const formatVersion = data.formatVersion;
    if (savedSize(placed.state) > rules.limits.savedChars) {
      return fail(
        'Dit bestand bevat meer tekst dan de zelfscan kan bewaren (' +
          rules.limits.savedChars.toLocaleString('nl-BE') +
          ' tekens).'
      );
    }
    const state = placed.state;
    return {
      ok: true,
      state,
      unplaced: placed.unplaced,
      placed:
        Object.keys(answersOf(state)).length +
        Object.keys(state.plan).length +
        Object.keys(state.sheets).length,
      formatVersion,
      sameCatalog: data.catalogVersion === rules.catalogVersion,
      catalogVersion: data.catalogVersion,
      exportedAt: data.exportedAt
    };
  }

  /* Saved data (what this browser keeps: the answers without a file's heading) read with the
   * same checks as a file, so that nothing saved is trusted more than an import. */
  function readSaved(data, rules) {
    const wrapped = Object.assign(
      {
        format: rules.formats.export.name,
        formatVersion: rules.formats.export.version,
        catalogVersion: rules.catalogVersion,
        exportedAt: new Date().toISOString(),
        answers: {}
      },
      data
    );
    return read(JSON.stringify(wrapped), rules);
  }

  function tooBig(rules) {
    return 'Dit bestand is te groot (meer dan ' + Math.round(rules.limits.fileBytes / 1000000) + ' MB).';
  }

  return {
    emptyState,
    emptyAnswer,
    emptyWork,
    fileName,
    answersOf,
    compact,
    savedData,
    savedSize,
    build,
    read,
    readSaved,
    tooBig
  };
});
