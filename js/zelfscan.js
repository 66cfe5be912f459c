/* Open Data Zelfscan page: wires the server-rendered form to the scoring engine.
 * Reads the generated rules (window.ZelfscanRules), keeps the answers in localStorage, and
 * renders progress, results, the radar, the maturity x need grid and the action plan.
 * Every text that comes from a file or from the user is inserted with textContent. */
(function () {
  'use strict';

  var rules = window.ZelfscanRules;
  var engine = window.ZelfscanEngine;
  var exporter = window.ZelfscanExport;
  var radar = window.ZelfscanRadar;
  var STORAGE_KEY = 'open-data-zelfscan:v1';
  var root = document.getElementById('zelfscan');
  if (!root || !rules || !engine || !exporter) { return; }

  var form = document.getElementById('zs-form');
  var byId = function (id) { return document.getElementById(id); };
  var state = exporter.emptyState();
  var storageWorks = true;

  /* ---------- lookups ---------- */
  function index(list) {
    var map = Object.create(null);
    list.forEach(function (item) { map[item.id] = item; });
    return map;
  }
  var levels = index(rules.levels);
  var needs = index(rules.needs);
  var priorities = index(rules.priorities);
  var principles = index(rules.principles);
  var profiles = index(rules.profiles);
  var domains = index(rules.domains);

  function actionById(domain) {
    var map = Object.create(null);
    Object.keys(domain.levels).forEach(function (level) {
      domain.levels[level].actions.forEach(function (a) { map[a.id] = a; });
    });
    return map;
  }

  function formatNumber(value) {
    return value.toLocaleString('nl-BE', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  }

  /* ---------- small DOM helpers (text only, never HTML) ---------- */
  function h(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === 'text') { node.textContent = attrs[key]; }
      else if (key === 'className') { node.className = attrs[key]; }
      else { node.setAttribute(key, attrs[key]); }
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) { return; }
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function replace(container, children) {
    while (container.firstChild) { container.removeChild(container.firstChild); }
    children.forEach(function (child) { if (child) { container.appendChild(child); } });
  }

  function say(message, kind) {
    var box = byId('zs-message');
    box.textContent = message;
    box.className = 'zs-message' + (kind ? ' zs-message-' + kind : '');
  }

  /* ---------- state <-> storage <-> form ---------- */
  function answer(id) {
    if (!state.domains[id]) { state.domains[id] = { level: '', need: '', target: '', note: '' }; }
    return state.domains[id];
  }

  function save() {
    if (!storageWorks) { return; }
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify({
        organisation: state.organisation, profile: state.profile, answers: exporter.answersOf(state)
      }));
    } catch (e) {
      storageWorks = false;
      say('Je browser laat niet toe om antwoorden te bewaren. Exporteer je antwoorden voor je de pagina sluit.', 'error');
    }
  }

  function restore() {
    var text = null;
    try { text = window.localStorage.getItem(STORAGE_KEY); } catch (e) { storageWorks = false; }
    if (!text) { return; }
    var saved;
    try { saved = JSON.parse(text); } catch (e) { return; }
    if (!saved || typeof saved !== 'object') { return; }
    var wrapped = JSON.stringify({
      format: exporter.FORMAT, formatVersion: exporter.FORMAT_VERSION,
      catalogVersion: rules.catalogVersion, exportedAt: new Date().toISOString(),
      organisation: saved.organisation || '', profile: saved.profile || '', answers: saved.answers || {}
    });
    var result = exporter.read(wrapped, rules);
    if (result.ok) { state = result.state; }
  }

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

  /* ---------- rendering ---------- */
  function levelTitle(id) { return levels[id] ? levels[id].title : id; }

  function renderProgress(results) {
    byId('zs-progress-text').textContent = 'Beantwoord: ' + results.answered + ' van ' + results.total + ' domeinen';
    byId('zs-progress').value = results.answered;
    byId('zs-progress').max = results.total;
  }

  function domainLine(result) {
    if (result.levelState === 'open' && result.needState === 'open') { return 'Nog niet beantwoord.'; }
    if (result.levelState === 'unknown') { return 'Je koos "' + rules.unknown.title + '": dit domein telt niet mee in de scores.'; }
    if (result.levelState === 'open') { return 'Kies nog een niveau om dit domein te scoren.'; }
    var text = 'Niveau: ' + levelTitle(result.level) + '.';
    if (result.priority) { text += ' ' + priorities[result.priority].title + '.'; }
    else { text += ' Kies je nood om een prioriteit te krijgen.'; }
    return text + ' ' + result.actions.length + ' acties in je plan.';
  }

  function renderSummary(results) {
    var unknown = results.domains.filter(function (d) { return d.levelState === 'unknown'; }).length;
    var children = [];
    if (!results.scored) {
      children.push(h('p', { text: 'Je hebt nog geen domein gescoord. Kies hierboven per domein een niveau.' }));
    } else {
      var score = results.overall.score;
      var low = rules.levels[Math.floor(score)];
      var high = rules.levels[Math.ceil(score)];
      var between = low.id === high.id ? 'niveau ' + low.title : 'tussen ' + low.title + ' en ' + high.title;
      children.push(h('p', { className: 'zs-overall' }, [
        'Gemiddelde maturiteit: ', h('strong', { text: formatNumber(score) + ' op ' + results.overall.max }),
        ' (' + between + ').'
      ]));
      children.push(h('p', {
        text: 'Dit resultaat steunt op ' + results.scored + ' van ' + results.total + ' domeinen' +
          (unknown ? '; bij ' + unknown + ' koos je "' + rules.unknown.title + '"' : '') + '.'
      }));
    }
    replace(byId('zs-summary'), children);
  }

  function renderRadar(results) {
    var box = byId('zs-radar');
    if (!radar || results.scored === 0) { replace(box, []); return; }
    var scale = rules.levels.map(function (l) { return l.title; });
    replace(box, [radar.render({
      title: 'Maturiteitsprofiel per domein',
      description: 'Radargrafiek met het gekozen niveau per domein, van ' + scale[0] + ' in het midden tot ' +
        scale[scale.length - 1] + ' aan de rand. Dezelfde gegevens staan in de tabel eronder.',
      axes: rules.domains.map(function (d) { return d.title; }),
      max: results.overall.max,
      scale: scale,
      series: [{ name: 'Jouw antwoorden', className: 'zs-series-current', values: results.domains.map(function (d) { return d.levelScore; }) }]
    })]);
  }

  function statusText(result, field) {
    var stateField = field === 'level' ? result.levelState : result.needState;
    if (stateField === 'unknown') { return rules.unknown.title; }
    if (stateField === 'open') { return 'Nog niet beantwoord'; }
    return field === 'level' ? levelTitle(result.level) : needs[result.need].title;
  }

  function renderTable(results) {
    var rows = results.domains.map(function (r) {
      return h('tr', {}, [
        h('th', { scope: 'row' }, [h('a', { href: '#domein-' + r.id, text: domains[r.id].title })]),
        h('td', { text: statusText(r, 'level') }),
        h('td', { text: statusText(r, 'need') }),
        h('td', { text: r.priority ? priorities[r.priority].title : '–' })
      ]);
    });
    replace(byId('zs-table'), [h('table', { className: 'zs-table' }, [
      h('caption', { text: 'Je antwoorden en prioriteit per domein' }),
      h('thead', {}, [h('tr', {}, ['Domein', 'Maturiteit', 'Nood', 'Prioriteit'].map(function (t) {
        return h('th', { scope: 'col', text: t });
      }))]),
      h('tbody', {}, rows)
    ])]);
  }

  function renderGrid(results) {
    var head = h('tr', {}, [h('th', { scope: 'col', text: 'Maturiteit \u2193 / nood \u2192' })].concat(
      rules.needs.map(function (n) { return h('th', { scope: 'col', text: n.title }); })));
    var body = rules.levels.slice().reverse().map(function (level) {
      return h('tr', {}, [h('th', { scope: 'row', text: level.title })].concat(rules.needs.map(function (need) {
        var priority = priorities[rules.matrix[level.id][need.id]];
        var placed = results.domains.filter(function (d) { return d.level === level.id && d.need === need.id; });
        return h('td', { className: 'zs-cell zs-rank-' + priority.rank }, [
          h('span', { className: 'zs-cell-priority', text: priority.title }),
          placed.length ? h('ul', {}, placed.map(function (d) {
            return h('li', {}, [h('a', { href: '#plan-' + d.id, text: domains[d.id].title })]);
          })) : null
        ]);
      })));
    });
    replace(byId('zs-grid'), [h('table', { className: 'zs-grid' }, [
      h('caption', { text: 'Elk domein in de cel van zijn maturiteit en nood, met de prioriteit van die cel' }),
      h('thead', {}, [head]), h('tbody', {}, body)
    ])]);
  }

  function principleList(ids) {
    return ids.filter(function (id) { return principles[id]; }).map(function (id) {
      return principles[id].title + ' (' + principles[id].titleEn + ')';
    }).join('; ');
  }

  function planItem(result, position) {
    var domain = domains[result.id];
    var actions = actionById(domain);
    var level = levels[result.level];
    var parts = [h('h4', { id: 'plan-' + result.id, text: position + '. ' + domain.title })];
    parts.push(h('p', { className: 'zs-plan-priority zs-rank-' + (result.priorityRank || 'none'),
      text: result.priority ? priorities[result.priority].title : 'Nog geen prioriteit: kies je nood.' }));
    var facts = h('dl', { className: 'zs-plan-facts' }, [
      h('dt', { text: 'Nu' }), h('dd', {}, [h('strong', { text: level.title + ': ' }), domain.levels[level.id].descriptor]),
      h('dt', { text: 'Nood' }), h('dd', { text: statusText(result, 'need') })
    ]);
    if (result.priority) {
      facts.appendChild(h('dt', { text: 'Waarom deze prioriteit' }));
      facts.appendChild(h('dd', { text: 'Niveau "' + level.title + '" met nood "' + needs[result.need].title +
        '" valt in de cel "' + priorities[result.priority].title + '" van de prioriteitenmatrix. ' +
        priorities[result.priority].description }));
    }
    facts.appendChild(h('dt', { text: result.target ? 'Doel' : 'Doel' }));
    facts.appendChild(result.target
      ? h('dd', {}, [h('strong', { text: levelTitle(result.target) + ': ' }), domain.levels[result.target].descriptor])
      : h('dd', { text: 'Je staat op het hoogste niveau. Deze acties helpen je het vast te houden.' }));
    parts.push(facts);
    var list = h('ul', { className: 'zs-plan-actions' }, result.actions.map(function (actionId) {
      var action = actions[actionId];
      var links = action.principles.length ? action.principles : domain.principles;
      return h('li', {}, [
        h('a', { href: domain.page + '#' + action.id, text: action.title }), ' ',
        h('span', { text: action.description }),
        h('span', { className: 'zs-meta', text: ' Inspanning: ' + action.effort + '. Wie trekt: ' +
          action.profiles.map(function (p) { return profiles[p] ? profiles[p].title : p; }).join(', ') +
          '. Open Data Charter: ' + principleList(links) + '.' })
      ]);
    }));
    parts.push(list);
    return h('article', { className: 'zs-plan-item' }, parts);
  }

  function renderPlan(results) {
    var items = results.plan.map(function (id, i) {
      var result = results.domains.filter(function (d) { return d.id === id; })[0];
      return planItem(result, i + 1);
    });
    if (!items.length) { items = [h('p', { text: 'Je actieplan verschijnt hier zodra je een domein scoort.' })]; }
    replace(byId('zs-plan'), items);
  }

  function renderMeta(results) {
    var parts = ['Zelfscan van ' + new Date().toLocaleDateString('nl-BE')];
    if (state.organisation) { parts.push(state.organisation); }
    if (profiles[state.profile]) { parts.push('profiel: ' + profiles[state.profile].title); }
    parts.push('catalogusversie ' + results.catalogVersion);
    byId('zs-print-meta').textContent = parts.join(' · ');
  }

  var latest = null;
  function render() {
    var results = engine.score(rules, { domains: state.domains });
    latest = results;
    renderProgress(results);
    results.domains.forEach(function (r) {
      var line = byId('zs-' + r.id + '-result');
      if (line) { line.textContent = domainLine(r); }
    });
    renderSummary(results);
    renderRadar(results);
    renderTable(results);
    renderGrid(results);
    renderPlan(results);
    renderMeta(results);
    return results;
  }

  /* ---------- export, import, clear ---------- */
  function download(name, text, type) {
    var blob = new Blob([text], { type: type });
    var link = h('a', { href: URL.createObjectURL(blob), download: name, className: 'zs-visually-hidden' });
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 0);
  }

  function exportFile() {
    var now = new Date();
    var data = exporter.build(state, rules, latest || render(), now);
    download(exporter.fileName(now), JSON.stringify(data, null, 2), 'application/json');
    say('Je antwoorden staan in het bestand ' + exporter.fileName(now) + '.', 'ok');
  }

  function importFile(file) {
    if (file.size > exporter.MAX_BYTES) {
      say('Dit bestand is te groot (meer dan 1 MB). Je antwoorden zijn niet veranderd.', 'error');
      return;
    }
    var reader = new FileReader();
    reader.onerror = function () { say('Dit bestand kon niet gelezen worden. Je antwoorden zijn niet veranderd.', 'error'); };
    reader.onload = function () {
      var result = exporter.read(String(reader.result), rules);
      if (!result.ok) { say(result.error + ' Je antwoorden zijn niet veranderd.', 'error'); return; }
      state = result.state;
      applyToForm();
      save();
      render();
      var message = 'Ingelezen: antwoorden voor ' + Object.keys(state.domains).length + ' domeinen.';
      if (!result.sameCatalog) { message += ' Het bestand is gemaakt met een andere versie van het model.'; }
      if (result.unplaced.length) { message += ' Niet geplaatst: ' + result.unplaced.join(' '); }
      say(message, result.unplaced.length ? 'warning' : 'ok');
    };
    reader.readAsText(file);
  }

  function clearAll() {
    if (!window.confirm('Wil je echt alle antwoorden en notities wissen? Dit kun je niet ongedaan maken.')) { return; }
    state = exporter.emptyState();
    try { window.localStorage.removeItem(STORAGE_KEY); } catch (e) { storageWorks = false; }
    applyToForm();
    render();
    say('Alle antwoorden zijn gewist.', 'ok');
  }

  /* ---------- wiring ---------- */
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.addEventListener('change', function (event) {
    if (readControl(event.target)) { save(); render(); }
  });
  form.addEventListener('input', function (event) {
    if (event.target.type !== 'radio' && readControl(event.target)) { save(); render(); }
  });
  byId('zs-export').addEventListener('click', exportFile);
  byId('zs-clear').addEventListener('click', clearAll);
  byId('zs-import').addEventListener('change', function (event) {
    var file = event.target.files && event.target.files[0];
    if (file) { importFile(file); }
    event.target.value = '';
  });
  byId('zs-import-button').addEventListener('click', function () { byId('zs-import').click(); });
  byId('zs-import-button').disabled = false;
  byId('zs-export').disabled = false;
  byId('zs-clear').disabled = false;
  if (root.getAttribute('data-catalog-version') !== rules.catalogVersion) {
    say('Let op: de pagina en de scoringsregels horen bij een andere versie van het model. Herlaad de pagina.', 'warning');
  }

  restore();
  captureEarlyInput();
  applyToForm();
  render();
  window.ZelfscanPage = { state: function () { return state; }, results: function () { return latest; } };
})();
