/* Open Data Zelfscan page: wires the server-rendered form to the scoring engine.
 * Keeps the answers in localStorage and renders progress, results, radar, grid, the action
 * plan as a working list, a comparison with an earlier export and shared links. Everything
 * about the model comes from the generated rules (window.ZelfscanRules). */
(function () {
  'use strict';

  var rules = window.ZelfscanRules;
  var engine = window.ZelfscanEngine;
  var exporter = window.ZelfscanExport;
  var organisation = window.ZelfscanOrganisation;
  var ui = window.ZelfscanUI;
  var root = document.getElementById('zelfscan');
  if (!root || !rules || !engine || !exporter || !organisation || !ui) { return; }

  var h = ui.h;
  var form = document.getElementById('zs-form');
  var byId = function (id) { return document.getElementById(id); };
  var levels = ui.index(rules.levels);
  var needs = ui.index(rules.needs);
  var priorities = ui.index(rules.priorities);
  var principles = ui.index(rules.principles);
  var profiles = ui.index(rules.profiles);
  var domains = ui.index(rules.domains);
  var actions = engine.actionIndex(rules);
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

  /* ---------- results ---------- */
  function levelTitle(id) { return levels[id] ? levels[id].title : id; }

  function count(n, one, more) { return n + ' ' + (n === 1 ? one : more); }

  /* Why a scored domain has no priority yet: the need is still open or unknown. */
  function noPriority(result) {
    return result.needState === 'unknown'
      ? 'Geen prioriteit: bij de nood koos je "' + rules.unknown.title + '".'
      : 'Kies je nood om een prioriteit te krijgen.';
  }

  function statusText(result, field) {
    var stateField = field === 'level' ? result.levelState : result.needState;
    if (stateField === 'unknown') { return rules.unknown.title; }
    if (stateField === 'open') { return 'Nog niet beantwoord'; }
    return field === 'level' ? levelTitle(result.level) : needs[result.need].title;
  }

  function domainLine(result) {
    if (result.levelState === 'open' && result.needState === 'open') { return 'Nog niet beantwoord.'; }
    if (result.levelState === 'unknown') { return 'Je koos "' + rules.unknown.title + '": dit domein telt niet mee in de scores.'; }
    if (result.levelState === 'open') { return 'Kies nog een niveau om dit domein te scoren.'; }
    var text = 'Niveau: ' + levelTitle(result.level) + '.';
    text += result.priority ? ' ' + priorities[result.priority].title + '.' : ' ' + noPriority(result);
    return text + ' ' + count(result.actions.length, 'actie', 'acties') + ' in je plan.';
  }

  function renderSummary(results) {
    var unknown = results.domains.filter(function (d) { return d.levelState === 'unknown'; }).length;
    if (!results.scored) {
      ui.replace(byId('zs-summary'), [h('p', { text: 'Je hebt nog geen domein gescoord. Kies hierboven per domein een niveau.' })]);
      return;
    }
    var score = results.overall.score;
    var low = rules.levels[Math.floor(score)];
    var high = rules.levels[Math.ceil(score)];
    var between = low.id === high.id ? 'niveau ' + low.title : 'tussen ' + low.title + ' en ' + high.title;
    ui.replace(byId('zs-summary'), [
      h('p', { className: 'zs-overall' }, ['Gemiddelde maturiteit: ', h('strong', { text: ui.formatNumber(score) + ' op ' + results.overall.max }), ' (' + between + ').']),
      h('p', { text: 'Dit resultaat steunt op ' + results.scored + ' van ' + count(results.total, 'domein', 'domeinen') +
        (unknown ? '; bij ' + unknown + ' koos je "' + rules.unknown.title + '"' : '') + '.' })
    ]);
  }

  function renderRadar(results) {
    if (!results.scored && !(earlier && earlier.results.scored)) { ui.replace(byId('zs-radar'), []); return; }
    var series = [];
    if (earlier) {
      series.push({ name: 'Eerder (' + earlier.label + ')', className: 'zs-series-earlier', values: earlier.results.domains.map(function (d) { return d.levelScore; }) });
    }
    series.push({ name: shared ? 'Gedeelde resultaten' : 'Nu', className: 'zs-series-current', values: results.domains.map(function (d) { return d.levelScore; }) });
    var description = earlier ? 'Radargrafiek met het niveau per domein, nu en eerder.' : 'Radargrafiek met het gekozen niveau per domein.';
    ui.replace(byId('zs-radar'), [ui.radarChart(rules, series, description), ui.legend(series)]);
  }

  function renderTable(results) {
    ui.replace(byId('zs-table'), [ui.table('Je antwoorden en prioriteit per domein', ['Domein', 'Maturiteit', 'Nood', 'Prioriteit'],
      results.domains.map(function (r) {
        return [h('a', { href: '#domein-' + r.id, text: domains[r.id].title }), statusText(r, 'level'), statusText(r, 'need'),
          r.priority ? priorities[r.priority].title : '–'];
      }))]);
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
    var caption = 'Elk domein in de cel van zijn maturiteit en nood, met de prioriteit van die cel';
    ui.replace(byId('zs-grid'), [ui.scrollBox(caption, h('table', { className: 'zs-grid' }, [
      h('caption', { text: caption }), h('thead', {}, [head]), h('tbody', {}, body)]))]);
  }

  function renderCompare(results) {
    var box = byId('zs-compare-result');
    if (!earlier) { ui.replace(box, []); byId('zs-compare-close').hidden = true; return; }
    byId('zs-compare-close').hidden = false;
    var comparison = organisation.compare(rules, earlier.results, results);
    var words = { up: '\u2191 hoger', same: '= gelijk', down: '\u2193 lager' };
    var rows = comparison.domains.map(function (d) {
      return [domains[d.id].title, d.earlier === null ? '–' : rules.levels[d.earlier].title,
        d.current === null ? '–' : rules.levels[d.current].title, d.change ? words[d.change] : 'niet te vergelijken'];
    });
    var dropped = comparison.noLongerNeeded.map(function (item) {
      var action = actions[item.action].action;
      return h('li', {}, [h('a', { href: domains[item.domain].page + '#' + item.action, text: action.title }), ' (' + domains[item.domain].title + ')']);
    });
    ui.replace(box, [
      ui.table('Verandering per domein sinds ' + earlier.label, ['Domein', 'Toen', 'Nu', 'Verandering'], rows),
      h('h4', { text: 'Acties uit het vorige plan die niet meer nodig zijn' }),
      dropped.length ? h('ul', {}, dropped) : h('p', { text: 'Geen: alle acties van toen staan nog in je plan.' })
    ]);
  }

  function principleList(ids) {
    return ids.filter(function (id) { return principles[id]; }).map(function (id) {
      return principles[id].title + ' (' + principles[id].titleEn + ')';
    }).join('; ');
  }

  /* The working list of one action as a line of text, for the printed plan. */
  function workText(w) {
    var blank = '………………';
    var status = rules.statuses.filter(function (s) { return s.id === w.status; })[0];
    var due = w.due ? new Date(w.due + 'T12:00:00').toLocaleDateString('nl-BE', { day: 'numeric', month: 'long', year: 'numeric' }) : blank;
    return 'Trekker: ' + (w.owner || blank) + ' · Deadline: ' + due + ' · Status: ' + (status ? status.title : blank);
  }

  function statusSelect(actionId, value, label) {
    return h('select', { 'data-action': actionId, 'data-field': 'status', 'aria-label': label },
      [h('option', { value: '', text: 'Status kiezen' })].concat(rules.statuses.map(function (s) {
        return h('option', { value: s.id, text: s.title, selected: s.id === value });
      })));
  }

  function actionItem(domain, action, editable) {
    var links = action.principles.length ? action.principles : domain.principles;
    var parts = [
      h('a', { href: domain.page + '#' + action.id, text: action.title }), ' ',
      h('span', { text: action.description }),
      h('span', { className: 'zs-meta', text: ' Inspanning: ' + action.effort + '. Wie trekt: ' +
        action.profiles.map(function (p) { return profiles[p] ? profiles[p].title : p; }).join(', ') +
        '. Open Data Charter: ' + principleList(links) + '.' })
    ];
    if (editable) {
      var w = state.plan[action.id] || {};
      parts.push(h('p', { className: 'zs-work-print', text: workText(w) }));
      parts.push(h('div', { className: 'zs-work' }, [
        h('label', {}, ['Trekker ', h('input', { type: 'text', maxlength: '200', value: w.owner || '', 'data-action': action.id, 'data-field': 'owner' })]),
        h('label', {}, ['Deadline ', h('input', { type: 'date', value: w.due || '', 'data-action': action.id, 'data-field': 'due' })]),
        h('label', {}, ['Status ', statusSelect(action.id, w.status || '')]),
        h('a', { href: 'planblad.html#' + action.id, className: 'zs-sheet-link', text: 'Plan deze actie' })
      ]));
    }
    return h('li', { 'data-profiles': action.profiles.join(' ') }, parts);
  }

  function targetSelect(result) {
    var current = rules.levels.map(function (l) { return l.id; }).indexOf(result.level);
    var options = rules.levels.slice(current + 1).map(function (l) {
      return h('option', { value: l.id, text: l.title, selected: l.id === result.target });
    });
    return h('label', { className: 'zs-target' }, ['Doelniveau ',
      h('select', { 'data-domain-target': result.id }, options)]);
  }

  function planItem(result, position, editable, profileFilter) {
    var domain = domains[result.id];
    var level = levels[result.level];
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
    facts.appendChild(h('dt', { text: 'Doel' }));
    facts.appendChild(result.target
      ? h('dd', {}, [h('strong', { text: levelTitle(result.target) + ': ' }), domain.levels[result.target].descriptor,
        editable && rules.levels.length - rules.levels.indexOf(level) > 2 ? targetSelect(result) : null])
      : h('dd', { text: 'Je staat op het hoogste niveau. Deze acties helpen je het vast te houden.' }));
    var shown = result.actions.filter(function (id) {
      return !profileFilter || actions[id].action.profiles.indexOf(profileFilter) >= 0;
    });
    return h('article', { className: 'zs-plan-item' }, [
      h('h4', { id: 'plan-' + result.id, text: position + '. ' + domain.title }),
      h('p', { className: 'zs-plan-priority zs-rank-' + (result.priorityRank || 'none'),
        text: result.priority ? priorities[result.priority].title : noPriority(result) }),
      facts,
      shown.length
        ? h('ul', { className: 'zs-plan-actions' }, shown.map(function (id) { return actionItem(domain, actions[id].action, editable); }))
        : h('p', { text: 'Geen acties voor dit profiel in dit domein.' })
    ]);
  }

  function renderPlan(results) {
    var filter = byId('zs-plan-profile').value;
    var items = results.plan.map(function (id, i) {
      var result = results.domains.filter(function (d) { return d.id === id; })[0];
      return planItem(result, i + 1, !shared, filter);
    });
    if (!items.length) { items = [h('p', { text: 'Je actieplan verschijnt hier zodra je een domein scoort.' })]; }
    ui.replace(byId('zs-plan'), items);
  }

  function renderMeta(results) {
    var parts = ['Zelfscan van ' + new Date().toLocaleDateString('nl-BE')];
    if (state.organisation && !shared) { parts.push(state.organisation); }
    var profile = shared ? shared.profile : state.profile;
    if (profiles[profile]) { parts.push('profiel: ' + profiles[profile].title); }
    parts.push('catalogusversie ' + results.catalogVersion);
    byId('zs-print-meta').textContent = parts.join(' · ');
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
      if (line) { line.textContent = domainLine(r); }
    });
    renderSummary(results);
    renderRadar(results);
    renderTable(results);
    renderGrid(results);
    renderCompare(results);
    renderPlan(results);
    renderMeta(results);
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
      var message = 'Ingelezen: antwoorden voor ' + count(Object.keys(state.domains).length, 'domein', 'domeinen') + '.';
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
    if (printed) { printed.textContent = workText(state.plan[actionId]); }
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
