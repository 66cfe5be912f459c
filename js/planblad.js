/* Open Data Zelfscan: the one-page plan sheet of one action (planblad.html#<action id>).
 * The form is rendered by the generator; this fills in the action and keeps what is typed
 * in the same saved state as the self-scan (exported with it). A textarea prints only what
 * fits in its box, so each one has a print-only twin (.zs-sheet-print) that this keeps equal
 * to the typed text: on paper the whole text shows. Text typed on a sheet whose action is
 * unknown (a damaged or outdated link) is printed but never saved over anything. */
(function () {
  'use strict';

  if (!window.Zelfscan || !window.Zelfscan.start) {
    console.error('Open Data Zelfscan: js/boot.js did not load');
    return;
  }
  window.Zelfscan.start('planblad', ['rules', 'format', 'engine', 'exportfile', 'storage', 'ui'], (zs) => {
    const { rules, format, ui } = zs;
    const h = ui.h;
    const form = document.getElementById('zs-sheet-form');
    const message = document.getElementById('zs-message');
    const blank = '…………………………';
    let state = zs.exportfile.emptyState();
    let actionId = '';
    const actions = zs.engine.actionIndex(rules);
    const levels = ui.index(rules.levels);
    const statuses = ui.index(rules.statuses);

    const saved = zs.storage.attach(rules, {
      state: () => state,
      adopt(merged) {
        state = merged;
        show(true);
      },
      say: (text, kind) => ui.say(document.getElementById('zs-storage'), text, kind)
    });
    state = saved.loaded.state;
    if (saved.startMessage) {
      ui.say(
        document.getElementById('zs-storage'),
        saved.startMessage,
        saved.failing() ? 'error' : 'warning'
      );
    }

    const find = (id) => (Object.prototype.hasOwnProperty.call(actions, id) ? actions[id] : null);

    /* The action id in the address, or '' when the fragment cannot be read. */
    function idFromHash() {
      try {
        return decodeURIComponent(location.hash.replace(/^#/, ''));
      } catch (e) {
        return null;
      }
    }

    /* The print-only twin of a textarea shows its whole text on paper. */
    function mirror(field) {
      const twin = field.parentNode.querySelector('.zs-sheet-print');
      if (twin && twin.textContent !== field.value) {
        twin.textContent = field.value;
      }
    }

    function mirrorAll() {
      Array.prototype.forEach.call(form.querySelectorAll('textarea'), mirror);
    }

    function show(keepFocused) {
      const wanted = idFromHash();
      const found = wanted ? find(wanted) : null;
      if (!found) {
        actionId = '';
        if (location.hash) {
          ui.say(message, 'Deze actie bestaat niet (meer). Kies een actie in je actieplan.', 'warning');
        }
        mirrorAll();
        return;
      }
      actionId = wanted;
      const work = state.plan[actionId] || {};
      const status = statuses[work.status];
      ui.replace(document.getElementById('zs-sheet-head'), [
        h('h2', { text: found.action.title }),
        h('p', { text: found.action.description }),
        h('dl', { className: 'zs-plan-facts zs-sheet-facts' }, [
          h('dt', { text: 'Domein' }),
          h('dd', {}, [h('a', { href: found.domain.page + '#' + actionId, text: found.domain.title })]),
          h('dt', { text: 'Vertrekniveau' }),
          h('dd', { text: levels[found.level].title }),
          h('dt', { text: 'Trekker' }),
          h('dd', { text: work.owner || blank }),
          h('dt', { text: 'Deadline' }),
          h('dd', { text: work.due ? format.longDate(work.due) : blank }),
          h('dt', { text: 'Status' }),
          h('dd', { text: status ? status.title : blank })
        ])
      ]);
      const sheet = state.sheets[actionId] || {};
      Array.prototype.forEach.call(form.querySelectorAll('textarea'), (field) => {
        const part = sheet[field.getAttribute('data-part')] || {};
        const value = part[field.getAttribute('data-key')] || '';
        if (field.value !== value && !(keepFocused && field === document.activeElement)) {
          field.value = value;
        }
        mirror(field);
      });
      document.title = found.action.title + ' – planblad';
    }

    form.addEventListener('input', (event) => {
      const field = event.target;
      if (field.tagName !== 'TEXTAREA') {
        return;
      }
      mirror(field); // also on a sheet without an action, which is printed but not saved
      if (!actionId) {
        return;
      }
      const sheet = state.sheets[actionId] || (state.sheets[actionId] = Object.create(null));
      const part = field.getAttribute('data-part');
      const fields = sheet[part] || (sheet[part] = Object.create(null));
      const key = field.getAttribute('data-key');
      const before = fields[key] || '';
      fields[key] = field.value.slice(0, rules.limits.text);
      if (zs.exportfile.savedSize(state) > rules.limits.savedChars) {
        fields[key] = before;
        field.value = before;
        ui.say(
          message,
          'Je bewaarde gegevens zijn vol: deze tekst kan niet langer. Maak een andere tekst korter of exporteer je zelfscan.',
          'error'
        );
        return;
      }
      saved.save();
    });
    document.getElementById('zs-print').addEventListener('click', () => window.print());
    document.getElementById('zs-print').disabled = false;
    window.addEventListener('hashchange', () => {
      form.reset();
      ui.say(message, '');
      show(false);
    });
    show(false);
  });
})();
