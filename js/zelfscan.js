/* Open Data Zelfscan page: wires the server-rendered form to the scoring engine.
 * Keeps the answers in the browser (js/storage.js), shows progress, and handles files (export,
 * import, compare, plan downloads, reminder) and share links; js/results.js draws the results.
 * Nothing the person has is replaced without asking, and a replacement can be undone once.
 * Everything about the model comes from the generated rules (Zelfscan.rules). */
(function () {
  'use strict';

  if (!window.Zelfscan || !window.Zelfscan.start) {
    console.error('Open Data Zelfscan: js/boot.js did not load');
    return;
  }
  const needs = [
    'rules',
    'format',
    'engine',
    'exportfile',
    'storage',
    'compare',
    'combinedfile',
    'round',
    'sharelink',
    'radar',
    'ui',
    'results',
    'steps',
    'scanround'
  ];
  window.Zelfscan.start('zelfscan', needs, (zs, root) => {
    const { rules, engine, exportfile: exporter, format, sharelink, ui } = zs;
    const form = document.getElementById('zs-form');
    const byId = (id) => document.getElementById(id);
    const profiles = ui.index(rules.profiles);
    const shown = zs.results.create(rules, byId);
    let state = exporter.emptyState();
    let shared = null; // answers from a share link, shown until loaded or dismissed
    let earlier = null; // {state, results, label} of an export to compare with
    let latest = null;
    let undo = null; // {state}: what the last replacement replaced
    let planFilterTouched = false; // the person chose the plan filter; it no longer follows the profile
    let showAllActions = false;
    const announced = Object.create(null); // per domain: what was last said about it
    const steps = zs.steps.create(root, 'overzicht', onShow);
    const teamRound = zs.scanround.create(rules, byId, {
      state: () => state,
      refresh() {
        applyToForm(false);
        save();
        render();
      },
      say: (message, kind) => say(message, kind),
      holdings: () => holdings(),
      ask: (title, text, choices, from) => ask(title, text, choices, from),
      replace(next, message, kind) {
        replaceState(next, message, kind);
        steps.go('resultaten');
      },
      exportFile: () => exportFile()
    });

    function say(message, kind) {
      ui.say(byId('zs-message'), message, kind);
    }
    function sayStorage(message, kind) {
      ui.say(byId('zs-storage'), message, kind);
    }

    const saved = zs.storage.attach(rules, {
      state: () => state,
      adopt(merged) {
        state = merged;
        applyToForm(true);
        render();
      },
      say: sayStorage
    });
    state = saved.loaded.state;

    function save() {
      saved.save();
      const room = saved.room(state);
      if (room !== null && !saved.failing()) {
        sayStorage(
          'Je bewaarde gegevens zijn bijna vol: er kunnen nog ongeveer ' +
            room.toLocaleString('nl-BE') +
            ' tekens bij. Maak teksten korter of exporteer je antwoorden.',
          'warning'
        );
      }
    }

    function answer(id) {
      if (!state.domains[id]) {
        state.domains[id] = exporter.emptyAnswer();
      }
      return state.domains[id];
    }

    function work(actionId) {
      if (!state.plan[actionId]) {
        state.plan[actionId] = exporter.emptyWork();
      }
      return state.plan[actionId];
    }

    /* ---------- form ---------- */
    const checkOnly = (name, value) => {
      Array.prototype.forEach.call(form.querySelectorAll('input[name="' + name + '"]'), (input) => {
        input.checked = input.value === value;
      });
    };

    /* Shows the state in the form. `keepFocused`: leave the control being typed in alone (its
     * text is already in the state), so that another tab's save never moves the caret. */
    function applyToForm(keepFocused) {
      const active = keepFocused ? document.activeElement : null;
      const set = (control, value) => {
        if (control && control !== active && control.value !== value) {
          control.value = value;
        }
      };
      set(byId('zs-organisation'), state.organisation);
      set(byId('zs-respondent'), state.respondent || '');
      set(byId('zs-profile'), profiles[state.profile] ? state.profile : '');
      rules.domains.forEach((domain) => {
        const a = state.domains[domain.id] || exporter.emptyAnswer();
        checkOnly('level-' + domain.id, a.level);
        checkOnly('need-' + domain.id, a.need);
        Array.prototype.forEach.call(
          form.querySelectorAll('#domein-' + domain.id + ' [data-statement]'),
          (group) => {
            const id = group.getAttribute('data-statement');
            checkOnly('st-' + id, (a.statements && a.statements[id]) || '');
          }
        );
        if (a.level) {
          byId('zs-' + domain.id + '-quick').open = true;
        }
        set(byId('zs-' + domain.id + '-note'), a.note || '');
      });
    }

    /* The text typed into `control`, cut to the room the saved data still has. */
    function fitting(control, max, current) {
      const value = control.value.slice(0, max);
      if (exporter.savedSize(state) <= rules.limits.savedChars) {
        return value;
      }
      control.value = current;
      sayStorage(
        'Je bewaarde gegevens zijn vol: deze tekst kan niet langer. Maak een andere tekst korter of ' +
          'exporteer je antwoorden.',
        'error'
      );
      return current;
    }

    function readControl(target) {
      if (target.id === 'zs-organisation') {
        state.organisation = target.value.slice(0, rules.limits.organisation);
        return true;
      }
      if (target.id === 'zs-respondent') {
        state.respondent = target.value.slice(0, rules.limits.name);
        return true;
      }
      if (target.id === 'zs-profile') {
        state.profile = target.value;
        return true;
      }
      const fieldset = target.closest('[data-domain]');
      if (!fieldset) {
        return false;
      }
      const id = fieldset.getAttribute('data-domain');
      if (target.type === 'radio' && target.checked) {
        if (target.name.indexOf('st-') === 0) {
          const a = answer(id);
          a.statements = a.statements || Object.create(null);
          a.statements[target.name.slice(3)] = target.value;
        } else {
          answer(id)[target.name.indexOf('level-') === 0 ? 'level' : 'need'] = target.value;
        }
        return true;
      }
      if (target.tagName === 'TEXTAREA') {
        const before = answer(id).note;
        answer(id).note = target.value.slice(0, rules.limits.text);
        answer(id).note = fitting(target, rules.limits.text, before);
        return true;
      }
      return false;
    }

    /* Choices made before this script ran (a fast click on a slow connection) are kept,
     * where the saved answers say nothing else. */
    function captureEarlyInput() {
      Array.prototype.forEach.call(
        form.querySelectorAll('input[type=radio]:checked, textarea'),
        (control) => {
          const fieldset = control.closest('[data-domain]');
          const id = fieldset && fieldset.getAttribute('data-domain');
          if (!id) {
            return;
          }
          const prior = state.domains[id];
          if (control.name.indexOf('st-') === 0) {
            const statement = control.name.slice(3);
            if (!(prior && prior.statements && prior.statements[statement])) {
              readControl(control);
            }
            return;
          }
          const field =
            control.tagName === 'TEXTAREA' ? 'note' : control.name.indexOf('level-') === 0 ? 'level' : 'need';
          if ((!prior || !prior[field]) && control.value) {
            readControl(control);
          }
        }
      );
    }

    function currentAnswers() {
      return { domains: shared ? shared.domains : state.domains };
    }

    /* A selector for the focused control of the results, to focus its replacement after a
     * render (a keyboard user changing a target level keeps their place). */
    function focusKey() {
      const el = document.activeElement;
      if (!el || !byId('resultaten').contains(el)) {
        return '';
      }
      if (el.id) {
        return '#' + el.id;
      }
      if (el.getAttribute('data-domain-target')) {
        return '[data-domain-target="' + el.getAttribute('data-domain-target') + '"]';
      }
      if (el.getAttribute('data-action')) {
        return (
          '[data-action="' +
          el.getAttribute('data-action') +
          '"][data-field="' +
          el.getAttribute('data-field') +
          '"]'
        );
      }
      return '';
    }

    function render() {
      const focused = focusKey();
      const results = renderAll();
      const now = document.activeElement;
      if (focused && (!now || now === document.body)) {
        // the focused control was replaced
        const again = root.querySelector(focused);
        if (again) {
          again.focus();
        }
      }
      return results;
    }

    function renderAll() {
      const results = engine.score(rules, currentAnswers());
      latest = results;
      const own = shared ? engine.score(rules, { domains: state.domains }) : results;
      byId('zs-progress-text').textContent = 'Klaar: ' + own.answered + ' van ' + own.total + ' domeinen';
      byId('zs-progress').value = own.answered;
      byId('zs-progress').max = own.total;
      own.domains.forEach((r) => {
        const line = byId('zs-' + r.id + '-result');
        if (line) {
          line.textContent = shown.domainLine(r);
        }
        fold(r);
        const task = byId('zs-task-' + r.id);
        if (task) {
          task.textContent = shown.stateWord(r);
          task.setAttribute('data-state', r.status);
        }
      });
      renderResume(own);
      document.documentElement.classList.toggle(
        'zs-started',
        own.domains.some((d) => d.status !== 'open')
      );
      teamRound.render();
      if (!planFilterTouched) {
        byId('zs-plan-profile').value = profiles[state.profile] ? state.profile : '';
      }
      shown.showAllActions(showAllActions);
      const plan = shown.render(results, { state, shared, earlier });
      byId('zs-plan').setAttribute('data-visible', String(plan.visible));
      return results;
    }

    /* Once a "nee" fixes a domain's level, the levels above it cannot change the result: they
     * fold into one line (unless something there is answered already, or the person opens
     * them), so a municipality that is just starting reads little more than the first level. */
    const unfolded = Object.create(null);
    const levelIds = rules.levels.map((l) => l.id);
    function fold(result) {
      const step = byId('domein-' + result.id);
      const line = byId('zs-' + result.id + '-fold');
      if (!step || !line) {
        return;
      }
      const given = (state.domains[result.id] && state.domains[result.id].statements) || {};
      const domain = rules.domains.filter((d) => d.id === result.id)[0];
      const deciding =
        result.progress &&
        domain.levels[result.progress.level].statements.some(
          (st) => given[st.id] === rules.statementAnswers.no.id
        );
      const from =
        result.way === 'statements' && deciding && !unfolded[result.id]
          ? levelIds.indexOf(result.progress.level) + 1
          : levelIds.length;
      let folded = 0;
      Array.prototype.forEach.call(step.querySelectorAll('.zs-level'), (block) => {
        const hide =
          levelIds.indexOf(block.getAttribute('data-level')) >= from && !block.querySelector('input:checked');
        block.hidden = hide;
        if (hide) {
          folded += 1;
        }
      });
      line.hidden = !folded;
      if (folded) {
        const levelTitle = rules.levels[levelIds.indexOf(result.level)].title;
        ui.replace(line, [
          'Je niveau ligt vast op ' +
            levelTitle +
            ': een uitspraak van ' +
            rules.levels[levelIds.indexOf(result.progress.level)].title +
            ' klopt nog niet. De hogere niveaus tellen nu niet mee. ',
          ui.h('button', {
            type: 'button',
            className: 'zs-link-button',
            'data-unfold': result.id,
            text: 'Toon ze toch'
          })
        ]);
      }
    }

    /* Says what changed in a domain, and only that: its level, priority or state (not every
     * click on a statement, which would repeat the same words). */
    function announce(results) {
      const lines = [];
      results.domains.forEach((r) => {
        const key = [r.status, r.level, r.priority, r.levelState].join('|');
        if (announced[r.id] !== undefined && announced[r.id] !== key && r.status !== 'open') {
          lines.push(rules.domains.filter((d) => d.id === r.id)[0].title + ': ' + shown.domainLine(r));
        }
        announced[r.id] = key;
      });
      if (lines.length) {
        byId('zs-announce').textContent = lines.join(' ');
      }
    }

    /* The overview: where to go on. */
    function renderResume(results) {
      const next = results.domains.filter((d) => d.status !== 'done' && d.status !== 'uncertain')[0];
      const started = results.domains.some((d) => d.status !== 'open');
      const box = byId('zs-resume');
      const start = byId('zs-start');
      if (!next) {
        box.hidden = false;
        ui.replace(box, [
          'Je hebt alle domeinen beantwoord. ',
          ui.h('a', { href: '#resultaten', text: 'Bekijk je resultaat' }),
          '.'
        ]);
        start.textContent = 'Naar je resultaat';
        start.setAttribute('href', '#resultaten');
        return;
      }
      const title = rules.domains.filter((d) => d.id === next.id)[0].title;
      box.hidden = !started;
      if (started) {
        ui.replace(box, ['Welkom terug: je antwoorden zijn bewaard in deze browser.']);
      }
      start.textContent = (started ? 'Ga verder met ' : 'Begin met ') + title;
      start.setAttribute('href', '#domein-' + next.id);
    }

    /* ---------- one view at a time ---------- */
    /* A new view leaves the messages of the last one behind (they spoke of another screen). */
    function onShow(viewElement) {
      const before = root.getAttribute('data-view');
      root.setAttribute('data-view', viewElement ? viewElement.id : '');
      if (before && viewElement && before !== viewElement.id) {
        ui.say(byId('zs-result-message'), '');
      }
    }

    /* Shows the view of the address; on the first load (focus false) without moving focus or
     * scrolling, unless the address names a view. */
    function route(event) {
      const first = !event;
      if (sharelink.isLink(location.hash)) {
        openShared();
        steps.show('#resultaten', { focus: !first });
        render();
        return;
      }
      if (zs.round.isInvite(location.hash)) {
        teamRound.join();
        steps.show('#overzicht', { focus: !first });
        return;
      }
      if (location.hash === '#overdracht') {
        steps.show('#overzicht', { focus: false });
        teamRound.handover();
        return;
      }
      steps.show(location.hash, { focus: !first || Boolean(location.hash) });
    }

    /* ---------- asking before anything is replaced ---------- */
    /* An in-page question with buttons; focus goes to it and, after a choice, back to `from`. */
    function ask(title, text, choices, from) {
      const panel = byId('zs-ask');
      byId('zs-ask-title').textContent = title;
      byId('zs-ask-text').textContent = text;
      ui.replace(
        byId('zs-ask-choices'),
        choices.map((choice) => {
          const button = ui.h('button', {
            type: 'button',
            className: 'md-button' + (choice.primary ? ' md-button--primary' : ''),
            text: choice.label
          });
          button.addEventListener('click', () => {
            if (choice.keep) {
              choice.run();
              return;
            } // a step on the way: the question stays
            panel.hidden = true;
            ui.say(byId('zs-ask-message'), '');
            if (from) {
              from.focus();
            }
            if (choice.run) {
              choice.run();
            }
          });
          return button;
        })
      );
      panel.hidden = false;
      byId('zs-ask-title').focus();
    }

    /* What a replacement would replace, in words; '' when there is nothing. */
    function holdings() {
      const answered = Object.keys(exporter.answersOf(state)).filter((id) => {
        const a = state.domains[id];
        return a.level || a.need || a.target || Object.keys(a.statements || {}).length;
      }).length;
      const facts = Object.keys(state.domains).reduce(
        (n, id) => n + Object.keys(state.domains[id].statements || {}).length,
        0
      );
      const notes = Object.keys(state.domains).filter((id) => state.domains[id].note).length;
      const planned = Object.keys(exporter.compact(state.plan) || {}).length;
      const sheets = Object.keys(exporter.compact(state.sheets) || {}).length;
      const parts = [];
      if (facts) {
        parts.push('je antwoorden op ' + format.count(facts, 'uitspraak', 'uitspraken'));
      }
      if (answered) {
        parts.push(
          format.count(answered, 'keuze van niveau, nood of doel', 'keuzes van niveau, nood of doel')
        );
      }
      if (notes) {
        parts.push(format.count(notes, 'notitie', 'notities'));
      }
      if (planned) {
        parts.push(format.count(planned, 'actie in je plan', 'acties in je plan'));
      }
      if (sheets) {
        parts.push(format.count(sheets, 'planblad', 'planbladen'));
      }
      if (!parts.length && (state.organisation || state.profile)) {
        parts.push('je naam van de organisatie en je profiel');
      }
      return parts.length > 1
        ? parts.slice(0, -1).join(', ') + ' en ' + parts[parts.length - 1]
        : parts.join('');
    }

    /* One undo survives a reload of the tab (sessionStorage), never longer and never in
     * another tab; when the browser keeps nothing, it lasts as long as the page. */
    const UNDO_KEY = zs.storage.KEY + ':ongedaan';
    function keepUndo(previous) {
      undo = previous ? { state: previous } : null;
      try {
        if (previous) {
          sessionStorage.setItem(UNDO_KEY, JSON.stringify(exporter.savedData(previous)));
        } else {
          sessionStorage.removeItem(UNDO_KEY);
        }
      } catch (e) {
        /* the undo then lasts as long as the page */
      }
    }
    function restoreUndo() {
      let data = null;
      try {
        data = JSON.parse(sessionStorage.getItem(UNDO_KEY) || 'null');
      } catch (e) {
        return; // no session storage, or not ours to read: no undo
      }
      if (!data || typeof data !== 'object') {
        return;
      }
      const back = exporter.readSaved(data, rules);
      if (back.ok) {
        undo = { state: back.state };
        byId('zs-undo').hidden = false;
      }
    }

    /* Replace the state by `next`, keeping the old one for one undo. */
    function replaceState(next, message, kind) {
      keepUndo(state);
      state = next;
      applyToForm(false);
      save();
      render();
      say(message, kind);
      byId('zs-undo').hidden = false;
    }

    function undoLast() {
      if (!undo) {
        return;
      }
      state = undo.state;
      keepUndo(null);
      byId('zs-undo').hidden = true;
      applyToForm(false);
      save();
      render();
      say('Ongedaan gemaakt: je vorige antwoorden staan er weer.', 'ok');
    }

    /* ---------- files: export, import, compare, plan, reminder ---------- */
    /* `where`: the status box next to the button that was used (the bar's is above the
     * screen when the person is in the result). */
    function exportFile(where) {
      const now = new Date();
      const data = exporter.build(state, rules, engine.score(rules, { domains: state.domains }), now);
      const name = exporter.fileName(state, rules, now);
      ui.download(name, JSON.stringify(data, null, 2), 'application/json');
      ui.say(
        typeof where === 'string' ? byId(where) : byId('zs-message'),
        'Je antwoorden staan in het bestand ' + name + '.',
        'ok'
      );
    }

    function importFile(file) {
      ui.readFile(file, rules, (text, error) => {
        if (error) {
          say(error + ' Je antwoorden zijn niet veranderd.', 'error');
          return;
        }
        if (zs.combinedfile.isCombined(text, rules)) {
          const combined = zs.combinedfile.read(text, rules);
          if (!combined.ok) {
            say(combined.error + ' Je antwoorden zijn niet veranderd.', 'error');
            return;
          }
          teamRound.offer(combined, file.name, byId('zs-import-button'));
          return;
        }
        const result = exporter.read(text, rules);
        if (!result.ok) {
          say(result.error + ' Je antwoorden zijn niet veranderd.', 'error');
          return;
        }
        if (!result.placed) {
          say(
            'Dit bestand bevat geen antwoorden die in dit model passen. Je antwoorden zijn niet veranderd.',
            'warning'
          );
          return;
        }
        const answered = Object.keys(result.state.domains).length;
        let message =
          'Ingelezen uit ' +
          file.name +
          ': antwoorden voor ' +
          format.count(answered, 'domein', 'domeinen') +
          '.';
        if (!result.sameCatalog) {
          message += ' Het bestand is gemaakt met een andere versie van het model.';
        }
        if (result.unplaced.length) {
          message += ' Niet geplaatst: ' + result.unplaced.join(' ');
        }
        const kind = result.unplaced.length ? 'warning' : 'ok';
        const mine = holdings();
        const replace = () => {
          replaceState(result.state, message, kind);
          steps.go('overzicht');
        };
        if (!mine) {
          replace();
          return;
        }
        const who = profiles[result.state.profile] ? profiles[result.state.profile].title + ', ' : '';
        const names = [];
        if (result.state.respondent !== state.respondent) {
          names.push('je naam wordt "' + (result.state.respondent || 'geen naam') + '"');
        }
        if (result.state.profile !== state.profile) {
          names.push(
            'je profiel wordt "' +
              (profiles[result.state.profile] ? profiles[result.state.profile].title : 'geen profiel') +
              '"'
          );
        }
        ask(
          'Je antwoorden vervangen?',
          'Je ' +
            mine +
            ' worden vervangen door die uit ' +
            file.name +
            ' (' +
            who +
            'gemaakt op ' +
            format.shortDate(result.exportedAt) +
            ')' +
            (names.length ? ', en ' + names.join(' en ') : '') +
            '. Je kunt dat daarna één keer ongedaan maken. Wil je het bestand liever naast je eigen antwoorden ' +
            'leggen? Kies dan "Vergelijk". Wil je je eigen antwoorden bewaren? Exporteer ze eerst.',
          [
            { label: 'Vergelijk met mijn antwoorden', run: () => showComparison(result) },
            { label: 'Exporteer eerst mijn antwoorden', keep: true, run: () => exportFile('zs-ask-message') },
            { label: 'Vervang mijn antwoorden', run: replace },
            { label: 'Annuleer', run: () => say('Niets ingelezen. Je antwoorden zijn niet veranderd.', 'ok') }
          ],
          byId('zs-import-button')
        );
      });
    }

    function showComparison(result) {
      const box = byId('zs-compare-message');
      const label = format.shortDate(result.exportedAt);
      earlier = {
        state: result.state,
        results: engine.score(rules, { domains: result.state.domains }),
        label
      };
      ui.say(
        box,
        'Vergeleken met de export van ' +
          label +
          '.' +
          (result.unplaced.length ? ' Niet geplaatst: ' + result.unplaced.join(' ') : ''),
        result.unplaced.length ? 'warning' : 'ok'
      );
      render();
      steps.go('vergelijken');
    }

    function compareFile(file) {
      const box = byId('zs-compare-message');
      ui.readFile(file, rules, (text, error) => {
        if (error) {
          ui.say(box, error, 'error');
          return;
        }
        const result = exporter.read(text, rules);
        if (!result.ok) {
          ui.say(box, result.error, 'error');
          return;
        }
        showComparison(result);
      });
    }

    function planHeading() {
      return (
        'Actieplan open data' +
        (state.organisation ? ' – ' + state.organisation : '') +
        ' (' +
        format.isoDate(new Date()) +
        ')'
      );
    }

    function clearAll() {
      if (
        !window.confirm(
          'Wil je echt alle antwoorden, notities en je actieplan wissen? Dit kun je niet ongedaan maken.'
        )
      ) {
        return;
      }
      state = exporter.emptyState();
      undo = null;
      byId('zs-undo').hidden = true;
      saved.forget();
      applyToForm(false);
      render();
      say('Alle antwoorden zijn gewist.', 'ok');
      sayStorage('', '');
    }

    /* ---------- share links ---------- */
    function shareLink() {
      const link = location.href.split('#')[0] + sharelink.encode(rules, state);
      byId('zs-share').hidden = false;
      ui.say(
        byId('zs-share-message'),
        location.protocol === 'file:'
          ? "Let op: je gebruikt de site vanaf je eigen computer. Deze link werkt alleen hier en toont de map waarin de site staat. Stuur collega's liever een exportbestand."
          : '',
        'warning'
      );
      byId('zs-share-link').value = link;
      byId('zs-share-link').focus();
      byId('zs-share-link').select();
    }

    function copyLink() {
      ui.copyField(byId('zs-share-link'), byId('zs-share-message'), 'De link is gekopieerd.', 'De link');
    }

    function setViewing(on) {
      byId('zs-shared').hidden = !on;
      Array.prototype.forEach.call(form.querySelectorAll('fieldset'), (f) => {
        f.disabled = on;
      });
    }

    function openShared() {
      if (!sharelink.isLink(location.hash)) {
        return;
      }
      const decoded = sharelink.decode(rules, location.hash);
      if (!decoded.ok) {
        say(decoded.error + ' Je eigen antwoorden zijn niet veranderd.', 'error');
        return;
      }
      shared = decoded;
      setViewing(true);
    }

    function leaveShared() {
      shared = null;
      setViewing(false);
      history.replaceState(null, '', location.pathname + location.search);
      render();
      steps.show('');
    }

    /* The link's levels, needs, targets (and profile) replace one's own, after a question
     * whenever there is anything to replace; one's own notes and plan stay (a link carries none). */
    function loadShared() {
      const link = shared;
      const next = exporter.emptyState();
      Object.assign(next, {
        organisation: state.organisation,
        respondent: state.respondent,
        round: state.round,
        profile: link.profile || state.profile,
        plan: state.plan,
        sheets: state.sheets
      });
      Object.keys(link.domains).forEach((id) => {
        next.domains[id] = Object.assign({}, link.domains[id]);
      });
      Object.keys(state.domains).forEach((id) => {
        if (state.domains[id].note) {
          (next.domains[id] = next.domains[id] || exporter.emptyAnswer()).note = state.domains[id].note;
        }
      });
      const take = () => {
        leaveShared();
        replaceState(next, 'De antwoorden uit de link zijn nu je eigen antwoorden.', 'ok');
        steps.show('#resultaten');
      };
      const own = Object.keys(state.domains).some((id) => {
        const a = state.domains[id];
        return a.level || a.need || a.target || Object.keys(a.statements || {}).length;
      });
      const profileChanges = link.profile && state.profile && link.profile !== state.profile;
      if (!own && !profileChanges) {
        take();
        return;
      }
      ask(
        'Antwoorden uit de link overnemen?',
        'Je eigen antwoorden (uitspraken, niveaus, noden en doelen) worden vervangen door die uit de link' +
          (profileChanges
            ? ', en je profiel wordt "' +
              profiles[link.profile].title +
              '" in plaats van "' +
              profiles[state.profile].title +
              '"'
            : '') +
          '. Je notities en je actieplan blijven. Je kunt dat daarna één keer ongedaan maken.',
        [{ label: 'Neem over als mijn antwoorden', primary: true, run: take }, { label: 'Annuleer' }],
        byId('zs-shared-load')
      );
    }

    /* ---------- wiring ---------- */
    function onPlanInput(event) {
      const target = event.target;
      if (target.hasAttribute('data-domain-target')) {
        answer(target.getAttribute('data-domain-target')).target = target.value;
        save();
        render();
        return;
      }
      const actionId = target.getAttribute('data-action');
      if (!actionId) {
        return;
      }
      const field = target.getAttribute('data-field');
      const before = work(actionId)[field];
      work(actionId)[field] = target.value.slice(0, field === 'owner' ? rules.limits.owner : rules.limits.id);
      work(actionId)[field] = fitting(
        target,
        field === 'owner' ? rules.limits.owner : rules.limits.id,
        before
      );
      const printed = target.closest('li') && target.closest('li').querySelector('.zs-work-print');
      if (printed) {
        printed.textContent = shown.workText(state.plan[actionId]);
      }
      save();
    }

    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('change', (event) => {
      // Text was already taken on each keystroke ('input'); rendering again when it loses focus
      // would replace the control that the user is moving to.
      if (event.target.type === 'text' || event.target.tagName === 'TEXTAREA') {
        return;
      }
      if (readControl(event.target)) {
        save();
        announce(render());
      }
    });
    form.addEventListener('click', (event) => {
      const more = event.target.closest('[data-unfold]');
      if (more) {
        const id = more.getAttribute('data-unfold');
        unfolded[id] = true;
        render();
        const first = byId('domein-' + id).querySelector(
          '.zs-level:not([hidden]) ~ .zs-level input, .zs-level input'
        );
        const shownLevels = byId('domein-' + id).querySelectorAll('.zs-level');
        const target = shownLevels[shownLevels.length - 1].querySelector('input') || first;
        if (target) {
          target.focus();
        }
        return;
      }
      const button = event.target.closest('[data-clear-level]');
      if (!button) {
        return;
      }
      const id = button.getAttribute('data-clear-level');
      answer(id).level = '';
      checkOnly('level-' + id, '');
      save();
      announce(render());
      say(
        'Je eigen keuze is gewist: de uitspraken tellen weer voor ' +
          rules.domains.filter((d) => d.id === id)[0].title +
          '.',
        'ok'
      );
    });
    form.addEventListener('input', (event) => {
      if (event.target.type !== 'radio' && readControl(event.target)) {
        save();
        render();
      }
    });
    byId('zs-plan').addEventListener('input', onPlanInput);
    byId('zs-plan').addEventListener('change', onPlanInput);
    byId('zs-plan-profile').addEventListener('change', () => {
      planFilterTouched = true;
      const plan = render() && Number(byId('zs-plan').getAttribute('data-visible'));
      byId('zs-announce').textContent =
        'Het actieplan toont nu ' + format.count(plan, 'actie', 'acties') + '.';
    });
    /* Opens one action of the plan (its domain too, when that was folded) and moves to it. */
    function openAction(id) {
      const found = engine.actionIndex(rules)[id];
      if (!found) {
        return;
      }
      shown.expandDomain(found.domain.id);
      render();
      const item = byId('actie-' + id);
      if (!item) {
        return;
      }
      item.open = true;
      item.scrollIntoView();
      item.querySelector('summary').focus({ preventScroll: true });
    }

    byId('zs-plan').addEventListener('click', (event) => {
      const target = event.target;
      if (target.id === 'zs-plan-more') {
        const folded = byId('zs-plan').querySelector('[data-expand-domain]');
        const domain = folded && folded.getAttribute('data-expand-domain');
        showAllActions = true;
        render();
        const first = domain && byId('plan-' + domain);
        const summary = first && first.parentNode.querySelector('summary');
        if (summary) {
          summary.focus();
        }
      } else if (target.hasAttribute('data-expand-domain')) {
        const domain = target.getAttribute('data-expand-domain');
        shown.expandDomain(domain);
        render();
        const summary = byId('plan-' + domain).parentNode.querySelector('summary');
        if (summary) {
          summary.focus();
        }
      } else if (target.id === 'zs-plan-all-profiles') {
        planFilterTouched = true;
        byId('zs-plan-profile').value = '';
        render();
        byId('zs-plan-profile').focus();
      }
    });
    byId('zs-start-here').addEventListener('click', (event) => {
      const link = event.target.closest('[data-open-action]');
      if (!link) {
        return;
      }
      event.preventDefault();
      openAction(link.getAttribute('data-open-action'));
    });
    byId('zs-compare-result').addEventListener('click', (event) => {
      if (event.target.id !== 'zs-carry-over' || !earlier) {
        return;
      }
      const ids = shown.carryable();
      ids.forEach((id) => {
        state.plan[id] = Object.assign(exporter.emptyWork(), earlier.state.plan[id]);
      });
      save();
      render();
      ui.say(
        byId('zs-compare-message'),
        'Overgenomen: trekker, deadline en status van ' + format.count(ids.length, 'actie', 'acties') + '.',
        'ok'
      );
    });
    byId('zs-export').addEventListener('click', () => exportFile('zs-message'));
    byId('zs-export-results').addEventListener('click', () => exportFile('zs-result-message'));
    byId('zs-clear').addEventListener('click', clearAll);
    byId('zs-undo').addEventListener('click', undoLast);
    byId('zs-share-button').addEventListener('click', shareLink);
    byId('zs-share-copy').addEventListener('click', copyLink);
    byId('zs-shared-load').addEventListener('click', loadShared);
    byId('zs-shared-leave').addEventListener('click', leaveShared);
    byId('zs-import-button').addEventListener('click', () => byId('zs-import').click());
    byId('zs-compare-button').addEventListener('click', () => byId('zs-compare-file').click());
    byId('zs-compare-close').addEventListener('click', () => {
      earlier = null;
      ui.say(byId('zs-compare-message'), '');
      render();
    });
    [
      ['zs-import', importFile],
      ['zs-compare-file', compareFile]
    ].forEach((pair) => {
      byId(pair[0]).addEventListener('change', (event) => {
        const file = event.target.files && event.target.files[0];
        if (file) {
          pair[1](file);
        }
        event.target.value = '';
      });
    });
    /* The plan's files are made by downloads.js, loaded only when someone asks for one. */
    function withDownloads(make) {
      zs.load('downloads', (downloads) => {
        if (!downloads) {
          say(
            'Dit bestand kon niet gemaakt worden: een onderdeel van de pagina laadt niet. Herlaad de pagina en probeer opnieuw.',
            'error'
          );
          return;
        }
        make(downloads);
      });
    }
    byId('zs-plan-csv').addEventListener('click', () => {
      withDownloads((downloads) =>
        ui.download(
          'actieplan-' + format.isoDate(new Date()) + '.csv',
          downloads.planCsv(rules, latest, state.plan),
          'text/csv'
        )
      );
    });
    byId('zs-plan-md').addEventListener('click', () => {
      withDownloads((downloads) =>
        ui.download(
          'actieplan-' + format.isoDate(new Date()) + '.md',
          downloads.planMarkdown(rules, latest, state.plan, planHeading()),
          'text/markdown'
        )
      );
    });
    byId('zs-reminder').addEventListener('click', () => {
      withDownloads((downloads) => {
        const now = new Date();
        const uid =
          now.getTime().toString(36) + Math.random().toString(36).slice(2, 8) + '@open-data-zelfscan';
        ui.download(
          'zelfscan-herinnering.ics',
          downloads.reminderIcs(now, location.href.split('#')[0], uid),
          'text/calendar'
        );
        say('Open het bestand zelfscan-herinnering.ics om de herinnering in je agenda te zetten.', 'ok');
      });
    });
    byId('zs-print').addEventListener('click', () => window.print());
    window.addEventListener('hashchange', route);
    /* On paper the whole plan shows: every action open, none hidden behind "Toon alle". */
    let printedAll = false;
    window.addEventListener('beforeprint', () => {
      printedAll = !showAllActions;
      showAllActions = true;
      render();
      Array.prototype.forEach.call(root.querySelectorAll('details'), (d) => {
        d.setAttribute('data-was-open', String(d.open));
        d.open = true;
      });
    });
    window.addEventListener('afterprint', () => {
      Array.prototype.forEach.call(root.querySelectorAll('details[data-was-open]'), (d) => {
        d.open = d.getAttribute('data-was-open') === 'true';
        d.removeAttribute('data-was-open');
      });
      if (printedAll) {
        showAllActions = false;
        render();
      }
    });
    Array.prototype.forEach.call(root.querySelectorAll('button[disabled]'), (b) => {
      b.disabled = false;
    });
    if (root.getAttribute('data-catalog-version') !== rules.catalogVersion) {
      say(
        'Let op: de pagina en de scoringsregels horen bij een andere versie van het model. Herlaad de pagina.',
        'warning'
      );
    }
    if (saved.startMessage) {
      sayStorage(saved.startMessage, saved.failing() ? 'error' : 'warning');
    }
    restoreUndo();
    captureEarlyInput();
    applyToForm(false);
    announce(render());
    route();
  });
})();
