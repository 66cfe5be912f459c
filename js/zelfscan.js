/* Open Data Zelfscan page: wires the server-rendered form to the scoring engine.
 * Keeps the answers in localStorage, shows progress, and handles files (export, import,
 * compare, plan downloads, reminder) and share links; js/results.js draws the results.
 * Everything about the model comes from the generated rules (window.ZelfscanRules). */
(function () {
  'use strict';

  var rules = window.ZelfscanRules;
  var engine = window.ZelfscanEngine;
  var exporter = window.ZelfscanExport;
  var organisation = window.ZelfscanOrganisation;
  var ui = window.ZelfscanUI;
  var root = document.getElementById('zelfscan');
  if (!root || !rules || !engine || !exporter || !organisation || !ui || !window.ZelfscanResults) { return; }

  var form = document.getElementById('zs-form');
  var byId = function (id) { return document.getElementById(id); };
  var profiles = ui.index(rules.profiles);
  var shown = window.ZelfscanResults.create(rules, byId);
  var loaded = ui.load(rules);
  var state = loaded.state;
  var storageWorks = loaded.works;
  var shared = null;   // answers from a share link, shown until loaded or dismissed
  var earlier = null;  // {state, results, label} of an export to compare with
  var latest = null;

  function say(message, kind) { ui.say(byId('zs-message'), message, kind); }

  function save() {
    if (storageWorks && !ui.save(state)) {
      storageWorks = false;
      say('Je browser laat niet toe om antwoorden te bewaren. Exporteer je antwoorden voor je de pagina sluit.', 'error');
    }
  }

  function answer(id) {
    if (!state.domains[id]) { state.domains[id] = { level: '', need: '', target: '', note: '' }; }
    return state.domains[id];
  }

  function work(actionId) {
    if (!state.plan[actionId]) { state.plan[actionId] = { owner: '', due: '', status: '' }; }
    return state.plan[actionId];
  }


  /* ---------- form ---------- */
  function applyToForm() {
    form.reset();
    byId('zs-organisation').value = state.organisation;
    byId('zs-profile').value = profiles[state.profile] ? state.profile : '';
    rules.domains.forEach(function (domain) {
      var a = state.domains[domain.id];
      if (!a) { return; }
      ['level', 'need'].forEach(function (field) {
        if (!a[field]) { return; }
        var input = byId('zs-' + domain.id + '-' + field + '-' + a[field]);
        if (input) { input.checked = true; }
      });
      var note = byId('zs-' + domain.id + '-note');
      if (note) { note.value = a.note || ''; }
    });
  }

  function readControl(target) {
    if (target.id === 'zs-organisation') { state.organisation = target.value.slice(0, 200); return true; }
    if (target.id === 'zs-profile') { state.profile = target.value; return true; }
    var fieldset = target.closest('[data-domain]');
    if (!fieldset) { return false; }
    var id = fieldset.getAttribute('data-domain');
    if (target.type === 'radio' && target.checked) {
      answer(id)[target.name.indexOf('level-') === 0 ? 'level' : 'need'] = target.value;
      return true;
    }
    if (target.tagName === 'TEXTAREA') { answer(id).note = target.value.slice(0, 2000); return true; }
    return false;
  }

  /* Choices made before this script ran (a fast click on a slow connection) are kept,
   * where the saved answers say nothing else. */
  function captureEarlyInput() {
    Array.prototype.forEach.call(form.querySelectorAll('input[type=radio]:checked, textarea'), function (control) {
      var fieldset = control.closest('[data-domain]');
      var id = fieldset && fieldset.getAttribute('data-domain');
      if (!id) { return; }
      var saved = state.domains[id];
      var field = control.tagName === 'TEXTAREA' ? 'note' : (control.name.indexOf('level-') === 0 ? 'level' : 'need');
      if ((!saved || !saved[field]) && control.value) { readControl(control); }
    });
  }

  function currentAnswers() { return { domains: shared ? shared.domains : state.domains }; }

  /* A selector for the focused control of the results, to focus its replacement after a
   * render (a keyboard user changing a target level keeps their place). */
  function focusKey() {
    var el = document.activeElement;
    if (!el || !byId('resultaten').contains(el)) { return ''; }
    if (el.id) { return '#' + el.id; }
    if (el.getAttribute('data-domain-target')) { return '[data-domain-target="' + el.getAttribute('data-domain-target') + '"]'; }
    if (el.getAttribute('data-action')) {
      return '[data-action="' + el.getAttribute('data-action') + '"][data-field="' + el.getAttribute('data-field') + '"]';
    }
    return '';
  }

  function render() {
    var focused = focusKey();
    var results = renderAll();
    var now = document.activeElement;
    if (focused && (!now || now === document.body)) {  // the focused control was replaced
      var again = root.querySelector(focused);
      if (again) { again.focus(); }
    }
    return results;
  }

  function renderAll() {
    var results = engine.score(rules, currentAnswers());
    latest = results;
    var own = shared ? engine.score(rules, { domains: state.domains }) : results;
    byId('zs-progress-text').textContent = 'Beantwoord: ' + own.answered + ' van ' + own.total + ' domeinen';
    byId('zs-progress').value = own.answered;
    byId('zs-progress').max = own.total;
    own.domains.forEach(function (r) {
      var line = byId('zs-' + r.id + '-result');
      if (line) { line.textContent = shown.domainLine(r); }
    });
    shown.render(results, { state: state, shared: shared, earlier: earlier });
    return results;
  }

  /* ---------- files: export, import, compare, plan, reminder ---------- */
  function today() { return new Date().toISOString().slice(0, 10); }

  function exportFile() {
    var now = new Date();
    var data = exporter.build(state, rules, engine.score(rules, { domains: state.domains }), now);
    ui.download(exporter.fileName(now), JSON.stringify(data, null, 2), 'application/json');
    say('Je antwoorden staan in het bestand ' + exporter.fileName(now) + '.', 'ok');
  }

  function importFile(file) {
    ui.readFile(file, function (text, error) {
      if (error) { say(error + ' Je antwoorden zijn niet veranderd.', 'error'); return; }
      var result = exporter.read(text, rules);
      if (!result.ok) { say(result.error + ' Je antwoorden zijn niet veranderd.', 'error'); return; }
      state = result.state;
      applyToForm();
      save();
      render();
      var message = 'Ingelezen: antwoorden voor ' + ui.count(Object.keys(state.domains).length, 'domein', 'domeinen') + '.';
      if (!result.sameCatalog) { message += ' Het bestand is gemaakt met een andere versie van het model.'; }
      if (result.unplaced.length) { message += ' Niet geplaatst: ' + result.unplaced.join(' '); }
      say(message, result.unplaced.length ? 'warning' : 'ok');
    });
  }

  function compareFile(file) {
    var box = byId('zs-compare-message');
    ui.readFile(file, function (text, error) {
      if (error) { ui.say(box, error, 'error'); return; }
      var result = exporter.read(text, rules);
      if (!result.ok) { ui.say(box, result.error, 'error'); return; }
      var label = new Date(result.exportedAt).toLocaleDateString('nl-BE');
      earlier = { state: result.state, results: engine.score(rules, { domains: result.state.domains }), label: label };
      ui.say(box, 'Vergeleken met je export van ' + label + '.' + (result.unplaced.length ? ' Niet geplaatst: ' + result.unplaced.join(' ') : ''),
        result.unplaced.length ? 'warning' : 'ok');
      render();
    });
  }

  function planHeading() {
    return 'Actieplan open data' + (state.organisation ? ' – ' + state.organisation : '') + ' (' + today() + ')';
  }

  function clearAll() {
    if (!window.confirm('Wil je echt alle antwoorden, notities en je actieplan wissen? Dit kun je niet ongedaan maken.')) { return; }
    state = exporter.emptyState();
    if (!ui.forget()) { storageWorks = false; }
    applyToForm();
    render();
    say('Alle antwoorden zijn gewist.', 'ok');
  }

  /* ---------- share links ---------- */
  function shareLink() {
    var link = location.href.split('#')[0] + organisation.encodeLink(rules, state);
    var box = byId('zs-share');
    box.hidden = false;
    ui.say(byId('zs-share-message'), location.protocol === 'file:'
      ? 'Let op: je gebruikt de site vanaf je eigen computer. Deze link werkt alleen hier en toont de map waarin de site staat. Stuur collega\'s liever een exportbestand.'
      : '', 'warning');
    byId('zs-share-link').value = link;
    byId('zs-share-link').focus();
    byId('zs-share-link').select();
  }

  function copyLink() {
    var field = byId('zs-share-link');
    var box = byId('zs-share-message');
    field.select();
    var done = function () { ui.say(box, 'De link is gekopieerd.', 'ok'); };
    var fallback = function () {
      var copied = false;
      try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
      if (copied) { done(); } else { ui.say(box, 'Kopiëren lukte niet. De link is geselecteerd: kopieer hem met Ctrl+C.', 'warning'); }
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done, fallback);
    } else { fallback(); }
  }

  function setViewing(on) {
    byId('zs-shared').hidden = !on;
    Array.prototype.forEach.call(form.querySelectorAll('fieldset'), function (f) { f.disabled = on; });
  }

  function openShared() {
    if (!organisation.isLink(location.hash)) { return; }
    var decoded = organisation.decodeLink(rules, location.hash);
    if (!decoded.ok) { say(decoded.error + ' Je eigen antwoorden zijn niet veranderd.', 'error'); return; }
    shared = decoded;
    setViewing(true);
  }

  function leaveShared() {
    shared = null;
    setViewing(false);
    history.replaceState(null, '', location.pathname + location.search);
    render();
  }

  /* The link's levels, needs and targets replace one's own, after a confirmation whenever
   * there is anything to replace; one's own notes stay (a link carries none). */
  function loadShared() {
    var own = Object.keys(state.domains).some(function (id) {
      var a = state.domains[id];
      return a.level || a.need || a.target;
    });
    if (own && !window.confirm('Je eigen niveaus, noden en doelen worden vervangen door die uit de link. Je notities blijven. Exporteer eerst als je je antwoorden wilt bewaren. Doorgaan?')) { return; }
    var notes = Object.create(null);
    Object.keys(state.domains).forEach(function (id) { if (state.domains[id].note) { notes[id] = state.domains[id].note; } });
    state.domains = shared.domains;
    Object.keys(notes).forEach(function (id) {
      (state.domains[id] = state.domains[id] || { level: '', need: '', target: '', note: '' }).note = notes[id];
    });
    if (shared.profile) { state.profile = shared.profile; }
    save();
    applyToForm();
    leaveShared();
    say('De antwoorden uit de link zijn nu je eigen antwoorden.', 'ok');
  }

  /* ---------- wiring ---------- */
  function onPlanInput(event) {
    var target = event.target;
    if (target.hasAttribute('data-domain-target')) {
      answer(target.getAttribute('data-domain-target')).target = target.value;
      save();
      render();
      return;
    }
    var actionId = target.getAttribute('data-action');
    if (!actionId) { return; }
    var field = target.getAttribute('data-field');
    work(actionId)[field] = target.value.slice(0, field === 'owner' ? 200 : 100);
    var printed = target.closest('li') && target.closest('li').querySelector('.zs-work-print');
    if (printed) { printed.textContent = shown.workText(state.plan[actionId]); }
    save();
  }

  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.addEventListener('change', function (event) {
    // Text was already taken on each keystroke ('input'); rendering again when it loses focus
    // would replace the control that the user is moving to.
    if (event.target.type === 'text' || event.target.tagName === 'TEXTAREA') { return; }
    if (readControl(event.target)) { save(); render(); }
  });
  form.addEventListener('input', function (event) {
    if (event.target.type !== 'radio' && readControl(event.target)) { save(); render(); }
  });
  byId('zs-plan').addEventListener('input', onPlanInput);
  byId('zs-plan').addEventListener('change', onPlanInput);
  byId('zs-plan-profile').addEventListener('change', function () { render(); });
  byId('zs-export').addEventListener('click', exportFile);
  byId('zs-clear').addEventListener('click', clearAll);
  byId('zs-share-button').addEventListener('click', shareLink);
  byId('zs-share-copy').addEventListener('click', copyLink);
  byId('zs-shared-load').addEventListener('click', loadShared);
  byId('zs-shared-leave').addEventListener('click', leaveShared);
  byId('zs-import-button').addEventListener('click', function () { byId('zs-import').click(); });
  byId('zs-compare-button').addEventListener('click', function () { byId('zs-compare-file').click(); });
  byId('zs-compare-close').addEventListener('click', function () { earlier = null; ui.say(byId('zs-compare-message'), ''); render(); });
  [['zs-import', importFile], ['zs-compare-file', compareFile]].forEach(function (pair) {
    byId(pair[0]).addEventListener('change', function (event) {
      var file = event.target.files && event.target.files[0];
      if (file) { pair[1](file); }
      event.target.value = '';
    });
  });
  byId('zs-plan-csv').addEventListener('click', function () {
    ui.download('actieplan-' + today() + '.csv', organisation.planCsv(rules, latest, state.plan), 'text/csv');
  });
  byId('zs-plan-md').addEventListener('click', function () {
    ui.download('actieplan-' + today() + '.md', organisation.planMarkdown(rules, latest, state.plan, planHeading()), 'text/markdown');
  });
  byId('zs-reminder').addEventListener('click', function () {
    var now = new Date();
    var uid = now.getTime().toString(36) + Math.random().toString(36).slice(2, 8) + '@open-data-zelfscan';
    ui.download('zelfscan-herinnering.ics', organisation.reminderIcs(now, location.href.split('#')[0], uid), 'text/calendar');
    say('Open het bestand zelfscan-herinnering.ics om de herinnering in je agenda te zetten.', 'ok');
  });
  byId('zs-print').addEventListener('click', function () { window.print(); });
  window.addEventListener('hashchange', function () { if (organisation.isLink(location.hash)) { openShared(); render(); } });
  Array.prototype.forEach.call(root.querySelectorAll('button[disabled]'), function (b) { b.disabled = false; });
  if (root.getAttribute('data-catalog-version') !== rules.catalogVersion) {
    say('Let op: de pagina en de scoringsregels horen bij een andere versie van het model. Herlaad de pagina.', 'warning');
  }

  if (ui.loadMessage(loaded)) { say(ui.loadMessage(loaded), 'warning'); }
  ui.onSavedElsewhere(function () {
    state = ui.load(rules).state;
    applyToForm();
    render();
  });
  captureEarlyInput();
  applyToForm();
  openShared();
  render();
  window.ZelfscanPage = { state: function () { return state; }, results: function () { return latest; } };
})();
