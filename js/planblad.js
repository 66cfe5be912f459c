/* Open Data Zelfscan: the one-page plan sheet of one action (planblad.html#<action id>).
 * The form is rendered by the generator; this fills in the action and keeps what is typed
 * in the same saved state as the self-scan (exported with it). A textarea prints only what
 * fits in its box, so each one has a print-only twin (.zs-sheet-print) that this keeps equal
 * to the typed text: on paper the whole text shows. */
(function () {
  'use strict';

  var rules = window.ZelfscanRules;
  var exporter = window.ZelfscanExport;
  var ui = window.ZelfscanUI;
  var root = document.getElementById('planblad');
  if (!root || !rules || !window.ZelfscanEngine || !exporter || !ui) { return; }

  var h = ui.h;
  var form = document.getElementById('zs-sheet-form');
  var loaded = ui.load(rules);
  var state = loaded.state;
  if (ui.loadMessage(loaded)) { ui.say(document.getElementById('zs-message'), ui.loadMessage(loaded), 'warning'); }
  var actionId = '';

  var actions = window.ZelfscanEngine.actionIndex(rules);

  function find(id) { return Object.prototype.hasOwnProperty.call(actions, id) ? actions[id] : null; }

  /* The print-only twin of a textarea shows its whole text on paper. */
  function mirror(field) {
    var twin = field.parentNode.querySelector('.zs-sheet-print');
    if (twin && twin.textContent !== field.value) { twin.textContent = field.value; }
  }

  function mirrorAll() { Array.prototype.forEach.call(form.querySelectorAll('textarea'), mirror); }

  function longDate(iso) {
    var date = new Date(iso + 'T12:00:00');
    return isNaN(date.getTime()) ? iso : date.toLocaleDateString('nl-BE', { day: 'numeric', month: 'long', year: 'numeric' });
  }

  function show() {
    actionId = decodeURIComponent(location.hash.replace(/^#/, ''));
    var found = actionId ? find(actionId) : null;
    if (!found) {
      actionId = '';
      if (location.hash) { ui.say(document.getElementById('zs-message'), 'Deze actie bestaat niet (meer). Kies een actie in je actieplan.', 'warning'); }
      mirrorAll();
      return;
    }
    var level = rules.levels.filter(function (l) { return l.id === found.level; })[0];
    var work = state.plan[actionId] || {};
    var status = rules.statuses.filter(function (s) { return s.id === work.status; })[0];
    ui.replace(document.getElementById('zs-sheet-head'), [
      h('h2', { text: found.action.title }),
      h('p', { text: found.action.description }),
      h('dl', { className: 'zs-plan-facts zs-sheet-facts' }, [
        h('dt', { text: 'Domein' }), h('dd', {}, [h('a', { href: found.domain.page + '#' + actionId, text: found.domain.title })]),
        h('dt', { text: 'Vertrekniveau' }), h('dd', { text: level.title }),
        h('dt', { text: 'Trekker' }), h('dd', { text: work.owner || '…………………………' }),
        h('dt', { text: 'Deadline' }), h('dd', { text: work.due ? longDate(work.due) : '…………………………' }),
        h('dt', { text: 'Status' }), h('dd', { text: status ? status.title : '…………………………' })
      ])
    ]);
    var sheet = state.sheets[actionId] || {};
    Array.prototype.forEach.call(form.querySelectorAll('textarea'), function (field) {
      var part = sheet[field.getAttribute('data-part')] || {};
      var value = part[field.getAttribute('data-key')] || '';
      if (field.value !== value) { field.value = value; }  // leaves the caret alone otherwise
      mirror(field);
    });
    document.title = found.action.title + ' – planblad';
  }

  form.addEventListener('input', function (event) {
    var field = event.target;
    if (field.tagName !== 'TEXTAREA') { return; }
    mirror(field);  // also on a sheet without an action, which is printed but not saved
    if (!actionId) { return; }
    var sheet = state.sheets[actionId] || (state.sheets[actionId] = Object.create(null));
    var part = field.getAttribute('data-part');
    (sheet[part] || (sheet[part] = Object.create(null)))[field.getAttribute('data-key')] = field.value.slice(0, 2000);
    if (!ui.save(state)) {
      ui.say(document.getElementById('zs-message'), 'Je browser laat niet toe om dit te bewaren. Druk het blad af voor je het sluit.', 'error');
    }
  });
  document.getElementById('zs-print').addEventListener('click', function () { window.print(); });
  document.getElementById('zs-print').disabled = false;
  window.addEventListener('hashchange', function () { state = ui.load(rules).state; form.reset(); show(); });
  ui.onSavedElsewhere(function () { state = ui.load(rules).state; show(); });
  show();
})();
