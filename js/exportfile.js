/* Open Data Zelfscan export files: build them, and read them back safely.
 * Pure functions (no DOM), so node's test runner checks them directly. A file is untrusted
 * input: it is checked field by field, ids must match a strict pattern (which also rules out
 * keys such as __proto__), texts are only ever kept as text, and nothing of the current
 * answers changes unless the whole file is acceptable. */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) { module.exports = factory(require('./engine.js')); }
  else { root.ZelfscanExport = factory(root.ZelfscanEngine); }
})(typeof self !== 'undefined' ? self : this, function (engine) {
  'use strict';

  var FORMAT = 'open-data-zelfscan-export';
  var FORMAT_VERSION = 1;
  var MAX_BYTES = 1000000;
  var MAX_NOTE = 2000;
  var ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  var VERSION = /^[0-9a-f]{6,64}$/;
  var hasOwn = Object.prototype.hasOwnProperty;

  function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  }

  var DATE = /^\d{4}-\d{2}-\d{2}$/;

  function emptyState() {
    return { organisation: '', profile: '', domains: Object.create(null), plan: Object.create(null), sheets: Object.create(null) };
  }

  function isoDate(date) {
    function pad(n) { return (n < 10 ? '0' : '') + n; }
    return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate());
  }

  function fileName(date) { return 'zelfscan-' + isoDate(date) + '.json'; }

  /* The answers of `state` as plain data with ids only (no labels). */
  function answersOf(state) {
    var answers = {};
    Object.keys(state.domains).sort().forEach(function (id) {
      var a = state.domains[id];
      var out = {};
      ['level', 'need', 'target'].forEach(function (field) { if (a[field]) { out[field] = a[field]; } });
      if (a.note) { out.note = a.note; }
      if (Object.keys(out).length) { answers[id] = out; }
    });
    return answers;
  }

  /* A copy without empty texts and empty maps, keys sorted (stable, small files). */
  function compact(value) {
    if (isObject(value)) {
      var out = {};
      Object.keys(value).sort().forEach(function (key) {
        var kept = compact(value[key]);
        if (kept !== undefined) { out[key] = kept; }
      });
      return Object.keys(out).length ? out : undefined;
    }
    return value === '' || value === null ? undefined : value;
  }

  function build(state, rules, results, now) {
    var data = {
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      catalogVersion: rules.catalogVersion,
      exportedAt: now.toISOString(),
      organisation: state.organisation || '',
      profile: state.profile || '',
      answers: answersOf(state)
    };
    var plan = compact(state.plan);
    var sheets = compact(state.sheets);
    if (plan) { data.plan = plan; }
    if (sheets) { data.sheets = sheets; }
    data.results = results;
    return data;
  }

  function fail(message) { return { ok: false, error: message }; }

  function checkText(value, max) {
    return value === undefined || (typeof value === 'string' && value.length <= max);
  }

  /* Structural check of a parsed file; returns a Dutch message, or '' when it is fine. */
  function problem(data) {
    if (!isObject(data)) { return 'Dit bestand bevat geen zelfscan.'; }
    if (data.format !== FORMAT) { return 'Dit bestand is geen export van de Open Data Zelfscan.'; }
    if (typeof data.formatVersion !== 'number') { return 'Dit bestand heeft geen geldige formaatversie.'; }
    if (data.formatVersion !== FORMAT_VERSION) {
      return 'Dit bestand heeft formaatversie ' + String(data.formatVersion).slice(0, 20) +
        ', deze zelfscan leest alleen versie ' + FORMAT_VERSION + '.';
    }
    if (typeof data.catalogVersion !== 'string' || !VERSION.test(data.catalogVersion)) {
      return 'De catalogusversie in dit bestand is ongeldig.';
    }
    if (typeof data.exportedAt !== 'string' || isNaN(Date.parse(data.exportedAt))) {
      return 'De exportdatum in dit bestand is ongeldig.';
    }
    if (!checkText(data.organisation, 200) || !checkText(data.profile, 100)) {
      return 'De naam van de organisatie of het profiel in dit bestand is ongeldig.';
    }
    if (!isObject(data.answers)) { return 'Dit bestand bevat geen antwoorden.'; }
    if (data.results !== undefined && data.results !== null && !isObject(data.results)) {
      return 'De resultaten in dit bestand zijn ongeldig.';
    }
    var planProblem = checkPlan(data.plan) || checkSheets(data.sheets);
    if (planProblem) { return planProblem; }
    var ids = Object.keys(data.answers);
    for (var i = 0; i < ids.length; i += 1) {
      var id = ids[i];
      var answer = data.answers[id];
      if (!ID.test(id) || id.length > 100 || !isObject(answer)) {
        return 'Het bestand bevat een ongeldig domein.';
      }
      var fields = Object.keys(answer);
      for (var j = 0; j < fields.length; j += 1) {
        var field = fields[j];
        var value = answer[field];
        if (field === 'note') {
          if (!checkText(value, MAX_NOTE)) { return 'Een notitie in dit bestand is ongeldig of te lang.'; }
        } else if (field === 'level' || field === 'need' || field === 'target') {
          if (value !== null && (typeof value !== 'string' || !ID.test(value) || value.length > 100)) {
            return 'Een antwoord in dit bestand is ongeldig.';
          }
        } else {
          return 'Dit bestand bevat onbekende velden.';
        }
      }
    }
    return '';
  }

  function checkRecords(map, check) {
    if (map === undefined) { return ''; }
    if (!isObject(map)) { return 'Het actieplan in dit bestand is ongeldig.'; }
    var ids = Object.keys(map);
    for (var i = 0; i < ids.length; i += 1) {
      if (!ID.test(ids[i]) || ids[i].length > 100 || !isObject(map[ids[i]])) { return 'Het actieplan in dit bestand is ongeldig.'; }
      var message = check(map[ids[i]]);
      if (message) { return message; }
    }
    return '';
  }

  function checkPlan(plan) {
    return checkRecords(plan, function (item) {
      var fields = Object.keys(item);
      for (var i = 0; i < fields.length; i += 1) {
        var value = item[fields[i]];
        if (fields[i] === 'owner' && checkText(value, 200)) { continue; }
        if (fields[i] === 'due' && (value === '' || (typeof value === 'string' && DATE.test(value)))) { continue; }
        if (fields[i] === 'status' && typeof value === 'string' && (value === '' || ID.test(value))) { continue; }
        return 'Het actieplan in dit bestand is ongeldig.';
      }
      return '';
    });
  }

  function checkSheets(sheets) {
    return checkRecords(sheets, function (sheet) {
      var parts = Object.keys(sheet);
      for (var i = 0; i < parts.length; i += 1) {
        if ((parts[i] !== 'aspects' && parts[i] !== 'phases') || !isObject(sheet[parts[i]])) {
          return 'Een planblad in dit bestand is ongeldig.';
        }
        var fields = sheet[parts[i]];
        var keys = Object.keys(fields);
        for (var j = 0; j < keys.length; j += 1) {
          if (!ID.test(keys[j]) || keys[j].length > 100 || !checkText(fields[keys[j]], MAX_NOTE)) {
            return 'Een planblad in dit bestand is ongeldig.';
          }
        }
      }
      return '';
    });
  }

  /* Copy validated records into null-prototype maps. */
  function copyRecords(map, depth) {
    var out = Object.create(null);
    Object.keys(map || {}).forEach(function (id) {
      var value = map[id];
      out[id] = depth > 1 && isObject(value) ? copyRecords(value, depth - 1) : (isObject(value) ? copyRecords(value, 0) : value);
    });
    return out;
  }

  /* Parse untrusted text. Returns {ok:false, error} or
   * {ok:true, state, unplaced, sameCatalog, catalogVersion, exportedAt} (both as in the file). */
  function read(text, rules) {
    if (typeof text !== 'string') { return fail('Dit bestand kon niet gelezen worden.'); }
    if (text.length > MAX_BYTES) { return fail('Dit bestand is te groot (meer dan 1 MB).'); }
    var data;
    try { data = JSON.parse(text); } catch (e) { return fail('Dit bestand is geen geldig JSON-bestand.'); }
    var message = problem(data);
    if (message) { return fail(message); }

    var levels = rules.levels.map(function (x) { return x.id; }).concat([rules.unknown.id]);
    var needs = rules.needs.map(function (x) { return x.id; }).concat([rules.unknown.id]);
    var domains = Object.create(null);
    rules.domains.forEach(function (d) { domains[d.id] = d; });
    var state = emptyState();
    var unplaced = [];
    state.organisation = data.organisation || '';
    state.profile = '';
    if (data.profile) {
      if (rules.profiles.some(function (p) { return p.id === data.profile; })) { state.profile = data.profile; }
      else { unplaced.push('Profiel "' + data.profile + '" bestaat niet meer.'); }
    }
    Object.keys(data.answers).forEach(function (id) {
      var answer = data.answers[id];
      if (!hasOwn.call(domains, id)) {
        unplaced.push('Domein "' + id + '" bestaat niet meer.');
        return;
      }
      var title = domains[id].title;
      var kept = { level: '', need: '', target: '', note: '' };
      if (answer.level) {
        if (levels.indexOf(answer.level) >= 0) { kept.level = answer.level; }
        else { unplaced.push(title + ': het niveau "' + answer.level + '" bestaat niet meer.'); }
      }
      if (answer.need) {
        if (needs.indexOf(answer.need) >= 0) { kept.need = answer.need; }
        else { unplaced.push(title + ': de nood "' + answer.need + '" bestaat niet meer.'); }
      }
      if (answer.target) {
        if (levels.indexOf(answer.target) >= 0) { kept.target = answer.target; }
        else { unplaced.push(title + ': het doelniveau "' + answer.target + '" bestaat niet meer.'); }
      }
      if (answer.note) { kept.note = answer.note; }
      state.domains[id] = kept;
    });
    state.plan = copyRecords(data.plan, 1);
    state.sheets = copyRecords(data.sheets, 2);
    var known = engine.actionIndex(rules);
    Object.keys(state.plan).concat(Object.keys(state.sheets)).forEach(function (id) {
      if (known[id] || !(id in state.plan || id in state.sheets)) { return; }
      unplaced.push('Actie "' + id + '" bestaat niet meer: wat je erbij noteerde, is niet overgenomen.');
      delete state.plan[id];
      delete state.sheets[id];
    });
    var statuses = (rules.statuses || []).map(function (x) { return x.id; });
    Object.keys(state.plan).forEach(function (id) {
      var status = state.plan[id].status;
      if (status && statuses.indexOf(status) < 0) {
        unplaced.push('Actie "' + id + '": de status "' + status + '" bestaat niet meer.');
        state.plan[id].status = '';
      }
    });
    return {
      ok: true,
      state: state,
      unplaced: unplaced,
      sameCatalog: data.catalogVersion === rules.catalogVersion,
      catalogVersion: data.catalogVersion,
      exportedAt: data.exportedAt
    };
  }

  return {
    FORMAT: FORMAT,
    FORMAT_VERSION: FORMAT_VERSION,
    MAX_BYTES: MAX_BYTES,
    emptyState: emptyState,
    fileName: fileName,
    answersOf: answersOf,
    compact: compact,
    build: build,
    read: read
  };
});
