/* Open Data Zelfscan: combine colleagues' exports into one organisation profile.
 * Reads the files in the browser only; the numbers come from Zelfscan.combine.
 * Files can be added at any time, removed one by one or all at once; a file whose text is
 * exactly that of a file already read is skipped, so nobody counts twice. */
(function () {
  'use strict';

  if (!window.Zelfscan || !window.Zelfscan.start) {
    console.error('Open Data Zelfscan: js/boot.js did not load');
    return;
  }
  window.Zelfscan.start('samenvoegen', ['rules', 'format', 'engine', 'exportfile', 'combine', 'downloads', 'radar', 'ui'], function (zs) {
  var rules = zs.rules;
  var engine = zs.engine;
  var exporter = zs.exportfile;
  var format = zs.format;
  var ui = zs.ui;
  var h = ui.h;
  var byId = function (id) { return document.getElementById(id); };
  var levels = rules.levels;
  var profiles = ui.index(rules.profiles);
  var priorities = ui.index(rules.priorities);
  var domains = ui.index(rules.domains);
  var actions = engine.actionIndex(rules);
  /* One entry per file read: {file (name as shown, unique), text, profile, domains,
   * catalogVersion, sameCatalog, exportedAt, unplaced}. */
  var respondents = [];
  var combined = null;
  var results = null;

  function byDomain(list, id) { return list.filter(function (d) { return d.id === id; })[0]; }
  var count = format.count;
  function levelName(score) { return score === null ? '–' : levels[score].title; }
  function needName(score) { return score === null ? '–' : rules.needs[score].title; }
  function spreadText(summary) {
    if (!summary.count) { return '–'; }
    return summary.min === summary.max ? levelName(summary.min) : levelName(summary.min) + ' – ' + levelName(summary.max);
  }

  function say(message, kind, details) {
    var box = byId('zs-message');
    ui.say(box, message, kind);
    if (details && details.length) { box.appendChild(h('ul', {}, details.map(function (d) { return h('li', { text: d }); }))); }
  }

  /* ---------- what the page says about the files ---------- */
  /* The profile and the answers of a file in one string, or '' when it holds no answer. */
  function answerKey(respondent) {
    var given = rules.domains.filter(function (d) {
      var a = respondent.domains[d.id];
      return a && (a.level || a.need);
    }).map(function (d) { return d.id + '=' + respondent.domains[d.id].level + '/' + respondent.domains[d.id].need; });
    return given.length ? respondent.profile + '|' + given.join(';') : '';
  }

  /* Notes that belong to the files now loaded: other catalogue versions, and files with
   * exactly the same answers (most likely one colleague who exported twice). */
  function notesOf() {
    var notes = [];
    var byVersion = Object.create(null);
    respondents.forEach(function (r) {
      if (!r.sameCatalog) { (byVersion[r.catalogVersion] = byVersion[r.catalogVersion] || []).push(r.file); }
    });
    Object.keys(byVersion).forEach(function (version) {
      var files = byVersion[version];
      notes.push(files.join(', ') + (files.length === 1 ? ' is' : ' zijn') + ' gemaakt met een andere versie van het model (' +
        version + '). ' + (files.length === 1 ? 'Het telt' : 'Ze tellen') + ' mee voor de domeinen en niveaus die nog bestaan.');
    });
    respondents.forEach(function (r) {
      if (r.unplaced.length) { notes.push(r.file + ', niet geplaatst: ' + r.unplaced.join(' ')); }
    });
    var seen = Object.create(null);
    respondents.forEach(function (r) {
      var key = answerKey(r);
      if (!key) { return; }
      if (seen[key]) {
        notes.push(seen[key] + ' en ' + r.file + ' bevatten precies dezelfde antwoorden. Is dat twee keer de zelfscan ' +
          'van dezelfde collega? Verwijder er dan één, anders telt die collega dubbel.');
      } else { seen[key] = r.file; }
    });
    return notes;
  }

  /* ---------- rendering ---------- */
  function renderSources() {
    if (!respondents.length) { ui.replace(byId('zs-combine-sources'), []); return; }
    ui.replace(byId('zs-combine-sources'), [ui.table(
      'Ingelezen bestanden (' + respondents.length + ')',
      ['Bestand', 'Profiel', 'Gemaakt op', 'Versie van het model', 'Verwijderen'],
      respondents.map(function (r, i) {
        return [r.file, profiles[r.profile] ? profiles[r.profile].title : 'niet opgegeven',
          format.shortDate(r.exportedAt), r.catalogVersion + (r.sameCatalog ? '' : ' (andere versie)'),
          h('button', { type: 'button', className: 'md-button zs-remove', 'data-remove': String(i) },
            ['Verwijder', h('span', { className: 'zs-visually-hidden', text: ' ' + r.file })])];
      }))]);
  }

  function renderSummary() {
    var flagged = combined.domains.filter(function (d) { return d.disagreement; }).length;
    var notes = notesOf();
    var text = respondents.length === 1 ? '1 zelfscan ingelezen. ' : respondents.length + ' zelfscans samengevoegd. ';
    if (respondents.length === 1) {
      text += 'Voeg de bestanden van meer collega\'s toe: pas dan zie je waar jullie het eens of oneens zijn.';
    } else if (flagged) {
      text += 'Bij ' + count(flagged, 'domein', 'domeinen') + ' liggen de antwoorden twee niveaus of meer uit elkaar: bespreek ' +
        (flagged === 1 ? 'dat' : 'die') + ' eerst samen.';
    } else {
      text += 'Nergens liggen de antwoorden twee niveaus of meer uit elkaar.';
    }
    ui.replace(byId('zs-summary'), [
      h('p', { text: text }),
      notes.length ? h('ul', { className: 'zs-notes' }, notes.map(function (n) { return h('li', { text: n }); })) : null
    ]);
  }

  function renderRadar() {
    var series = [{
      name: 'Mediaan', className: 'zs-series-current',
      values: combined.domains.map(function (d) { return d.level.median; }),
      min: combined.domains.map(function (d) { return d.level.min; }),
      max: combined.domains.map(function (d) { return d.level.max; })
    }];
    ui.replace(byId('zs-radar'), [
      ui.radarChart(rules, series, 'Radargrafiek met de mediaan van de antwoorden per domein en een band van het laagste tot het hoogste antwoord.'),
      h('ul', { className: 'zs-legend zs-combine-legend' }, [
        h('li', {}, [h('span', { className: 'zs-swatch', 'aria-hidden': 'true' }), 'Lijn: mediaan (het middelste antwoord)']),
        h('li', {}, [h('span', { className: 'zs-swatch zs-swatch-band', 'aria-hidden': 'true' }),
          'Vlak: spreiding (laagste tot hoogste antwoord)'])
      ])
    ]);
  }

  function renderTable() {
    ui.replace(byId('zs-table'), [ui.table('Mediaan, spreiding en onenigheid per domein',
      ['Domein', 'Respondenten', 'Mediaan maturiteit', 'Spreiding', 'Mediaan nood', 'Oneens?'],
      combined.domains.map(function (d) {
        return [domains[d.id].title, String(d.respondents), levelName(d.level.median), spreadText(d.level),
          needName(d.need.median),
          d.disagreement ? h('span', { className: 'zs-flag', text: 'Ja: 2 niveaus of meer verschil' }) : 'Nee'];
      })),
    h('p', { className: 'zs-table-note', text: 'Respondenten: wie voor dat domein een niveau koos. Wie "' + rules.unknown.title +
      '" antwoordde of het domein openliet, telt daar niet mee.' })]);
  }

  function renderProfiles() {
    var columns = rules.profiles.concat([{ id: '', title: 'Zonder profiel' }]).filter(function (p) {
      return combined.domains.some(function (d) { return d.profiles.some(function (x) { return x.profile === p.id; }); });
    });
    ui.replace(byId('zs-profiles'), columns.length ? [ui.table('Mediaan maturiteit per profiel (aantal antwoorden)',
      ['Domein'].concat(columns.map(function (c) { return c.title; })),
      combined.domains.map(function (d) {
        return [domains[d.id].title].concat(columns.map(function (c) {
          var found = d.profiles.filter(function (x) { return x.profile === c.id; })[0];
          return found ? levelName(found.median) + ' (' + found.count + ')' : '–';
        }));
      }))] : [h('p', { text: 'Nog geen enkel niveau gekozen.' })]);
  }

  /* The combined answers carry no target, so each domain's plan is the step from its median
   * level to the next one: the actions engine.score puts in result.actions. */
  function renderPlan() {
    var items = results.plan.map(function (id, i) {
      var result = byDomain(results.domains, id);
      var summary = byDomain(combined.domains, id);
      var domain = domains[id];
      return h('article', { className: 'zs-plan-item' }, [
        h('h4', { text: (i + 1) + '. ' + domain.title }),
        h('p', { className: 'zs-plan-priority zs-rank-' + (result.priorityRank || 'none'),
          text: (result.priority ? priorities[result.priority].title : 'Geen prioriteit: te weinig antwoorden over de nood') +
            ' · mediaan: ' + levels[result.levelScore].title + ' (' + count(summary.respondents, 'antwoord', 'antwoorden') + ')' }),
        summary.disagreement ? h('p', { className: 'zs-flag', text: 'Let op: de antwoorden lopen uiteen, van ' +
          levelName(summary.level.min) + ' tot ' + levelName(summary.level.max) + '. Bespreek dit domein eerst samen.' }) : null,
        h('ul', { className: 'zs-plan-actions' }, result.actions.map(function (id) {
          var a = actions[id].action;
          return h('li', {}, [h('a', { href: domain.page + '#' + a.id, text: a.title }), ' ', h('span', { text: a.description })]);
        }))
      ]);
    });
    ui.replace(byId('zs-plan'), items.length ? items : [h('p', { text: 'Nog geen domein met een mediaan: niemand koos een niveau.' })]);
  }

  function render() {
    var any = respondents.length > 0;
    renderSources();
    byId('zs-combine-reset').hidden = !any;
    ['zs-combined-json', 'zs-combined-csv', 'zs-print'].forEach(function (id) { byId(id).disabled = !any; });
    if (!any) {
      combined = null;
      results = null;
      ui.replace(byId('zs-summary'), [h('p', { text: 'Nog geen bestanden gekozen.' })]);
      ['zs-radar', 'zs-table', 'zs-profiles', 'zs-plan'].forEach(function (id) { ui.replace(byId(id), []); });
      byId('zs-print-meta').textContent = '';
      return;
    }
    combined = zs.combine.combine(rules, respondents);
    results = engine.score(rules, { domains: combined.answers });
    renderSummary();
    renderRadar();
    renderTable();
    renderProfiles();
    renderPlan();
    byId('zs-print-meta').textContent = 'Samengevoegd op ' + format.longDate(format.isoDate(new Date())) +
      ' · ' + count(respondents.length, 'zelfscan', 'zelfscans') + ' · catalogusversie ' + rules.catalogVersion;
  }

  /* ---------- adding and removing files ---------- */
  /* A name not yet shown in the list: colleagues' exports often share one (zelfscan-<date>.json). */
  function uniqueName(name) {
    var taken = function (shown) { return respondents.some(function (r) { return r.file === shown; }); };
    var candidate = name;
    for (var n = 2; taken(candidate); n += 1) { candidate = name.replace(/(\.[^.]*)?$/, ' (' + n + ')$1'); }
    return candidate;
  }

  function readError(name, text, error) {
    if (text && text.indexOf('"' + rules.formats.combined.name + '"') >= 0) {
      return name + ' is niet ingelezen: het is al een samengevoegd bestand. Voeg de afzonderlijke exports van je collega\'s samen.';
    }
    return name + ' is niet ingelezen. ' + error;
  }

  /* files: [{name, text, error}] in the order chosen. */
  function addRead(files) {
    var added = 0;
    var details = [];
    files.forEach(function (f) {
      var result = f.error ? { ok: false, error: f.error } : exporter.read(f.text, rules);
      if (!result.ok) {
        details.push(readError(f.name, f.text, result.error));
        return;
      }
      var same = respondents.filter(function (r) { return r.text === f.text; })[0];
      if (same) {
        details.push(f.name + ' is overgeslagen: ' + (same.file === f.name ? 'het is al ingelezen' : 'het is hetzelfde bestand als ' + same.file) +
          ' en telt maar één keer mee.');
        return;
      }
      respondents.push({ file: uniqueName(f.name), text: f.text, profile: result.state.profile, domains: result.state.domains,
        catalogVersion: result.catalogVersion, sameCatalog: result.sameCatalog, exportedAt: result.exportedAt,
        unplaced: result.unplaced });
      added += 1;
    });
    render();
    var message = (added ? count(added, 'bestand', 'bestanden') + ' ingelezen.' : 'Geen nieuw bestand ingelezen.') +
      (respondents.length > added ? ' Samen nu ' + count(respondents.length, 'zelfscan', 'zelfscans') + '.' : '');
    say(message, details.length ? 'warning' : 'ok', details);
  }

  function addFiles(fileList) {
    var list = Array.prototype.slice.call(fileList);
    var read = [];
    var pending = list.length;
    list.forEach(function (file, i) {
      ui.readFile(file, rules, function (text, error) {
        read[i] = { name: file.name, text: text, error: error };
        pending -= 1;
        if (pending === 0) { addRead(read); }
      });
    });
  }

  function removeFile(index) {
    var gone = respondents.splice(index, 1)[0];
    render();
    say(gone.file + ' is verwijderd. ' + (respondents.length
      ? 'Samen nu ' + count(respondents.length, 'zelfscan', 'zelfscans') + '.'
      : 'Er is geen bestand meer ingelezen.'), 'ok');
    var buttons = byId('zs-combine-sources').querySelectorAll('button[data-remove]');
    (buttons[index] || buttons[index - 1] || byId('zs-combine-button')).focus();
  }

  function clearAll() {
    respondents = [];
    render();
    say('Alle bestanden zijn gewist. Kies opnieuw de exportbestanden van je collega\'s.', 'ok');
    byId('zs-combine-button').focus();
  }

  function exportCombined() {
    var now = new Date();
    var data = {
      format: rules.formats.combined.name, formatVersion: rules.formats.combined.version, catalogVersion: rules.catalogVersion,
      exportedAt: now.toISOString(), respondents: respondents.length,
      sources: respondents.map(function (r) { return { file: r.file.slice(0, rules.limits.fileName), catalogVersion: r.catalogVersion, profile: r.profile, exportedAt: r.exportedAt }; }),
      notes: notesOf(),
      domains: combined.domains.map(function (d) { return Object.assign({ title: domains[d.id].title }, d); }),
      answers: combined.answers,
      results: results
    };
    ui.download('zelfscan-samengevoegd-' + format.isoDate(now) + '.json', JSON.stringify(data, null, 2), 'application/json');
  }

  /* ---------- wiring ---------- */
  byId('zs-combine-button').addEventListener('click', function () { byId('zs-combine-files').click(); });
  byId('zs-combine-files').addEventListener('change', function (event) {
    if (event.target.files && event.target.files.length) { addFiles(event.target.files); }
    event.target.value = '';
  });
  byId('zs-combine-sources').addEventListener('click', function (event) {
    var button = event.target.closest('button[data-remove]');
    if (button) { removeFile(Number(button.getAttribute('data-remove'))); }
  });
  byId('zs-combine-clear').addEventListener('click', clearAll);
  var drop = byId('zs-drop');
  drop.addEventListener('dragover', function (event) { event.preventDefault(); drop.classList.add('zs-drop-active'); });
  drop.addEventListener('dragleave', function (event) {
    if (!drop.contains(event.relatedTarget)) { drop.classList.remove('zs-drop-active'); }
  });
  drop.addEventListener('drop', function (event) {
    event.preventDefault();
    drop.classList.remove('zs-drop-active');
    if (event.dataTransfer && event.dataTransfer.files.length) { addFiles(event.dataTransfer.files); }
  });
  /* A file dropped beside the drop zone would make the browser open it and leave this page. */
  ['dragover', 'drop'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      if (drop.contains(event.target)) { return; }
      event.preventDefault();
      if (event.dataTransfer) { event.dataTransfer.dropEffect = 'none'; }
    });
  });
  byId('zs-combined-json').addEventListener('click', exportCombined);
  byId('zs-combined-csv').addEventListener('click', function () {
    ui.download('zelfscan-samengevoegd-' + format.isoDate(new Date()) + '.csv', zs.downloads.combinedCsv(rules, combined), 'text/csv');
  });
  byId('zs-print').addEventListener('click', function () { window.print(); });
  byId('zs-combine-button').disabled = false;
  });
})();
