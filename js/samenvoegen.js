/* Open Data Zelfscan: combine colleagues' exports into one organisation profile.
 * Reads the files in the browser only; the numbers come from ZelfscanOrganisation.combine. */
(function () {
  'use strict';

  var rules = window.ZelfscanRules;
  var engine = window.ZelfscanEngine;
  var exporter = window.ZelfscanExport;
  var organisation = window.ZelfscanOrganisation;
  var ui = window.ZelfscanUI;
  var root = document.getElementById('samenvoegen');
  if (!root || !rules || !engine || !exporter || !organisation || !ui) { return; }

  var h = ui.h;
  var byId = function (id) { return document.getElementById(id); };
  var levels = rules.levels;
  var profiles = ui.index(rules.profiles);
  var priorities = ui.index(rules.priorities);
  var domains = ui.index(rules.domains);
  var respondents = [];
  var combined = null;
  var results = null;
  var notes = [];

  function levelName(score) { return score === null ? '–' : levels[score].title; }
  function needName(score) { return score === null ? '–' : rules.needs[score].title; }

  function renderSources() {
    if (!respondents.length) { ui.replace(byId('zs-combine-sources'), []); return; }
    ui.replace(byId('zs-combine-sources'), [ui.table('Ingelezen bestanden', ['Bestand', 'Profiel', 'Gemaakt op', 'Versie van het model'],
      respondents.map(function (r) {
        return [r.file, profiles[r.profile] ? profiles[r.profile].title : 'niet opgegeven',
          new Date(r.exportedAt).toLocaleDateString('nl-BE'), r.catalogVersion + (r.sameCatalog ? '' : ' (andere versie)')];
      }))]);
  }

  function renderSummary() {
    var flagged = combined.domains.filter(function (d) { return d.disagreement; }).length;
    ui.replace(byId('zs-summary'), [
      h('p', { text: respondents.length + ' zelfscans samengevoegd. ' + (flagged
        ? 'Bij ' + flagged + ' domeinen liggen de antwoorden twee niveaus of meer uit elkaar: bespreek die eerst samen.'
        : 'Nergens liggen de antwoorden twee niveaus of meer uit elkaar.') }),
      notes.length ? h('ul', { className: 'zs-notes' }, notes.map(function (n) { return h('li', { text: n }); })) : null
    ]);
  }

  function renderRadar() {
    var series = [{
      name: 'Mediaan (band: laagste tot hoogste antwoord)', className: 'zs-series-current',
      values: combined.domains.map(function (d) { return d.level.median; }),
      min: combined.domains.map(function (d) { return d.level.min; }),
      max: combined.domains.map(function (d) { return d.level.max; })
    }];
    ui.replace(byId('zs-radar'), [ui.radarChart(rules, series, 'Radargrafiek met de mediaan van de antwoorden per domein en een band van het laagste tot het hoogste antwoord.')]);
  }

  function renderTable() {
    ui.replace(byId('zs-table'), [ui.table('Mediaan, spreiding en onenigheid per domein',
      ['Domein', 'Respondenten', 'Mediaan maturiteit', 'Spreiding', 'Mediaan nood', 'Oneens?'],
      combined.domains.map(function (d) {
        return [domains[d.id].title, String(d.respondents), levelName(d.level.median),
          d.level.count ? levelName(d.level.min) + ' – ' + levelName(d.level.max) : '–', needName(d.need.median),
          d.disagreement ? h('span', { className: 'zs-flag', text: 'Ja: 2 niveaus of meer verschil' }) : 'nee'];
      }))]);
  }

  function renderProfiles() {
    var present = rules.profiles.filter(function (p) {
      return combined.domains.some(function (d) { return d.profiles.some(function (x) { return x.profile === p.id; }); });
    });
    var anonymous = combined.domains.some(function (d) { return d.profiles.some(function (x) { return x.profile === ''; }); });
    var columns = present.map(function (p) { return { id: p.id, title: p.title }; });
    if (anonymous) { columns.push({ id: '', title: 'Zonder profiel' }); }
    ui.replace(byId('zs-profiles'), [ui.table('Mediaan maturiteit per profiel (aantal antwoorden)', ['Domein'].concat(columns.map(function (c) { return c.title; })),
      combined.domains.map(function (d) {
        return [domains[d.id].title].concat(columns.map(function (c) {
          var found = d.profiles.filter(function (x) { return x.profile === c.id; })[0];
          return found ? levelName(found.median) + ' (' + found.count + ')' : '–';
        }));
      }))]);
  }

  function renderPlan() {
    var items = results.plan.map(function (id, i) {
      var result = results.domains.filter(function (d) { return d.id === id; })[0];
      var domain = domains[id];
      var all = {};
      Object.keys(domain.levels).forEach(function (l) { domain.levels[l].actions.forEach(function (a) { all[a.id] = a; }); });
      return h('article', { className: 'zs-plan-item' }, [
        h('h4', { text: (i + 1) + '. ' + domain.title }),
        h('p', { className: 'zs-plan-priority zs-rank-' + (result.priorityRank || 'none'),
          text: (result.priority ? priorities[result.priority].title : 'Geen prioriteit: te weinig antwoorden over de nood') +
            ' · mediaan: ' + levels[result.levelScore].title }),
        h('ul', { className: 'zs-plan-actions' }, result.actions.map(function (a) {
          return h('li', {}, [h('a', { href: domain.page + '#' + a, text: all[a].title }), ' ', h('span', { text: all[a].description })]);
        }))
      ]);
    });
    ui.replace(byId('zs-plan'), items.length ? items : [h('p', { text: 'Nog geen domein met een mediaan.' })]);
  }

  function render() {
    renderSources();
    if (!respondents.length) { return; }
    combined = organisation.combine(rules, respondents);
    results = engine.score(rules, { domains: combined.answers });
    renderSummary();
    renderRadar();
    renderTable();
    renderProfiles();
    renderPlan();
    byId('zs-print-meta').textContent = 'Samengevoegd op ' + new Date().toLocaleDateString('nl-BE') +
      ' · ' + respondents.length + ' zelfscans · catalogusversie ' + rules.catalogVersion;
    byId('zs-combined-json').disabled = false;
    byId('zs-combined-csv').disabled = false;
  }

  function addFiles(files) {
    var list = Array.prototype.slice.call(files);
    var pending = list.length;
    var problems = [];
    var added = 0;
    list.forEach(function (file) {
      ui.readFile(file, function (text, error) {
        var result = error ? { ok: false, error: error } : exporter.read(text, rules);
        if (result.ok) {
          var data = JSON.parse(text);
          respondents.push({ file: file.name, profile: result.state.profile, domains: result.state.domains,
            catalogVersion: data.catalogVersion, sameCatalog: result.sameCatalog, exportedAt: data.exportedAt });
          added += 1;
          if (!result.sameCatalog) {
            notes.push(file.name + ' is gemaakt met een andere versie van het model (' + data.catalogVersion +
              '). Het telt mee voor de domeinen en niveaus die nog bestaan.' +
              (result.unplaced.length ? ' Niet geplaatst: ' + result.unplaced.join(' ') : ''));
          }
        } else {
          problems.push(file.name + ': ' + result.error);
        }
        pending -= 1;
        if (pending === 0) {
          respondents.sort(function (a, b) { return a.file < b.file ? -1 : a.file > b.file ? 1 : 0; });
          render();
          ui.say(byId('zs-message'), added + ' bestand(en) ingelezen.' + (problems.length ? ' Niet ingelezen: ' + problems.join(' ') : ''),
            problems.length ? 'warning' : 'ok');
        }
      });
    });
  }

  function exportCombined() {
    var now = new Date();
    var data = {
      format: 'open-data-zelfscan-samenvoeging', formatVersion: 1, catalogVersion: rules.catalogVersion,
      exportedAt: now.toISOString(), respondents: respondents.length,
      sources: respondents.map(function (r) { return { file: r.file.slice(0, 300), catalogVersion: r.catalogVersion, profile: r.profile, exportedAt: r.exportedAt }; }),
      notes: notes.slice(),
      domains: combined.domains.map(function (d) { return Object.assign({ title: domains[d.id].title }, d); }),
      answers: combined.answers,
      results: results
    };
    ui.download('zelfscan-samengevoegd-' + now.toISOString().slice(0, 10) + '.json', JSON.stringify(data, null, 2), 'application/json');
  }

  byId('zs-combine-button').addEventListener('click', function () { byId('zs-combine-files').click(); });
  byId('zs-combine-files').addEventListener('change', function (event) {
    if (event.target.files && event.target.files.length) { addFiles(event.target.files); }
    event.target.value = '';
  });
  var drop = byId('zs-drop');
  drop.addEventListener('dragover', function (event) { event.preventDefault(); drop.classList.add('zs-drop-active'); });
  drop.addEventListener('dragleave', function () { drop.classList.remove('zs-drop-active'); });
  drop.addEventListener('drop', function (event) {
    event.preventDefault();
    drop.classList.remove('zs-drop-active');
    if (event.dataTransfer && event.dataTransfer.files.length) { addFiles(event.dataTransfer.files); }
  });
  byId('zs-combined-json').addEventListener('click', exportCombined);
  byId('zs-combined-csv').addEventListener('click', function () {
    ui.download('zelfscan-samengevoegd-' + new Date().toISOString().slice(0, 10) + '.csv', organisation.combinedCsv(rules, combined), 'text/csv');
  });
  byId('zs-print').addEventListener('click', function () { window.print(); });
  byId('zs-combine-button').disabled = false;
  byId('zs-print').disabled = false;
})();
