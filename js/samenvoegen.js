/* Open Data Zelfscan: the combine page, a team round from invitation to plan. Reads colleagues'
 * export files and pasted share links in the browser only; the numbers come from
 * Zelfscan.combine, the drawing from Zelfscan.roundview and Zelfscan.roundagenda.
 * What the page holds (the round, the files and links, the agreements) is kept in this browser
 * (localStorage) until "Alles wissen", and read back with the same checks as a new file. A file
 * or link whose text is exactly one already read is skipped, so nobody counts twice. */
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
    'sharelink',
    'combine',
    'combinedfile',
    'round',
    'invitation',
    'roundsources',
    'downloads',
    'radar',
    'ui',
    'roundview',
    'roundagenda',
    'roundinvite'
  ];
  window.Zelfscan.start('samenvoegen', needs, (zs, root) => {
    const { rules, engine, exportfile: exporter, format, ui } = zs;
    const byId = (id) => document.getElementById(id);
    const count = format.count;
    const SESSION_KEY = 'open-data-zelfscan:ronde:v1';
    const HANDOVER_KEY = 'open-data-zelfscan:overdracht';
    const view = zs.roundview.create(rules, byId);
    const agenda = zs.roundagenda.create(rules, byId);
    const domains = ui.index(rules.domains);
    /* session: what is kept. sources: [{kind: 'bestand'|'link', name, text}] in the order read. */
    let session = { round: zs.round.normalise(rules, {}), sources: [], agreed: {} };
    let respondents = []; // per source: {name, profile, domains, meta}
    let combined = null;
    let organisation = null; // {answers, results}
    let earlier = null; // an earlier round: {label, domains, answers}

    function say(message, kind, details) {
      const box = byId('zs-message');
      ui.say(box, message, kind);
      if (details && details.length) {
        box.appendChild(
          ui.h(
            'ul',
            {},
            details.map((d) => ui.h('li', { text: d }))
          )
        );
      }
    }

    /* ---------- keeping the session in this browser ---------- */
    function store() {
      try {
        window.localStorage.setItem(SESSION_KEY, JSON.stringify(session));
        ui.say(byId('zs-storage'), '', '');
      } catch (e) {
        ui.say(
          byId('zs-storage'),
          'Je browser kon deze ronde niet bewaren (de opslag is vol of geblokkeerd). Wat je hier ' +
            'inleest en afspreekt, verdwijnt als je de pagina sluit: exporteer de samenvoeging als JSON.',
          'error'
        );
      }
    }

    const readSource = (source) => zs.roundsources.read(rules, source);

    function restore() {
      let saved = null;
      try {
        saved = JSON.parse(window.localStorage.getItem(SESSION_KEY) || 'null');
      } catch (e) {
        saved = null;
      }
      if (!saved || typeof saved !== 'object') {
        return;
      }
      session.round = zs.round.normalise(rules, saved.round);
      session.agreed = zs.combinedfile.agreedOf(rules, saved.agreed);
      const dropped = [];
      (Array.isArray(saved.sources) ? saved.sources : []).forEach((s) => {
        if (
          !s ||
          (s.kind !== 'link' && s.kind !== 'bestand') ||
          typeof s.text !== 'string' ||
          typeof s.name !== 'string'
        ) {
          return;
        }
        const bundle = typeof s.bundle === 'string' ? s.bundle.slice(0, rules.limits.fileName) : '';
        const read = readSource({ kind: s.kind, name: s.name, text: s.text, bundle });
        if (read.error) {
          dropped.push(s.name + ': ' + read.error);
          return;
        }
        session.sources.push({
          kind: s.kind,
          name: s.name.slice(0, rules.limits.fileName),
          text: s.text,
          bundle
        });
        respondents.push(read.respondent);
      });
      if (session.sources.length) {
        say(
          'Verder met je ronde: ' +
            count(session.sources.length, 'zelfscan', 'zelfscans') +
            ' en jullie afspraken zijn bewaard in deze browser.',
          dropped.length ? 'warning' : 'ok',
          dropped.length ? ['Niet meer te lezen en weggelaten: ' + dropped.join(' ')] : []
        );
      }
    }

    function remarksOf() {
      return zs.roundsources.remarks(rules, respondents, combined.people, session.round.name);
    }

    /* ---------- rendering ---------- */
    function organisationOf() {
      const answers = zs.combine.organisationAnswers(rules, combined, session.agreed);
      return { answers, results: engine.score(rules, { domains: answers }) };
    }

    function renderOrganisation() {
      organisation = organisationOf();
      view.renderTable(combined, organisation.results);
      agenda.renderResults(organisation.results);
      agenda.renderPlan(organisation.results, combined);
      renderRounds();
    }

    function render() {
      const any = respondents.length > 0;
      byId('zs-combine-reset').hidden = !any;
      ['zs-combined-json', 'zs-combined-csv', 'zs-print', 'zs-handover', 'zs-agenda-print'].forEach((id) => {
        byId(id).disabled = !any;
      });
      if (!any) {
        combined = null;
        organisation = null;
        view.renderSources([], []);
        ui.replace(byId('zs-summary'), [ui.h('p', { text: 'Nog geen bestanden gekozen.' })]);
        ['zs-radar', 'zs-table', 'zs-profiles', 'zs-gap', 'zs-plan', 'zs-rounds'].forEach((id) =>
          ui.replace(byId(id), [])
        );
        agenda.renderAgenda(null);
        byId('zs-print-meta').textContent = '';
        byId('zs-agenda-meta').textContent = '';
        return;
      }
      combined = zs.combine.combine(rules, respondents);
      view.renderSources(
        combined.people,
        respondents.map((r) => r.meta)
      );
      view.renderSummary(combined, remarksOf());
      view.renderRadar(combined);
      view.renderProfiles(combined);
      view.renderGap(combined);
      agenda.renderAgenda(combined, zs.combine.agenda(rules, combined), session.agreed);
      renderOrganisation();
      const round = session.round.name
        ? 'Ronde "' +
          session.round.name +
          '"' +
          (session.round.organisation ? ' van ' + session.round.organisation : '') +
          ' · '
        : '';
      const today = format.longDate(format.isoDate(new Date()));
      const scans = count(respondents.length, 'zelfscan', 'zelfscans');
      byId('zs-print-meta').textContent =
        round + 'Samengevoegd op ' + today + ' · ' + scans + ' · catalogusversie ' + rules.catalogVersion;
      byId('zs-agenda-meta').textContent =
        round + 'Agenda van ' + today + ' · ' + scans + ': ' + combined.people.map((p) => p.label).join(', ');
    }

    /* ---------- adding and removing answers ---------- */
    function uniqueName(name) {
      const taken = (shown) => session.sources.some((s) => s.name === shown);
      let candidate = name;
      for (let n = 2; taken(candidate); n += 1) {
        candidate = name.replace(/(\.[^.]*)?$/, ' (' + n + ')$1');
      }
      return candidate;
    }

    /* items: [{kind, name, text, error}] in the order given. */
    function addRead(items) {
      let added = 0;
      const details = [];
      items.forEach((item) => {
        const read = item.error ? { error: item.error } : readSource(item);
        if (read.error) {
          details.push(
            read.combined
              ? item.name +
                  ' is niet ingelezen: het is al een samenvoeging. Vergelijk het met deze ronde in stap 6, of open het in de zelfscan met Importeren.'
              : item.name + ' is niet ingelezen. ' + read.error
          );
          return;
        }
        const same = session.sources.filter((s) => s.kind === item.kind && s.text === item.text)[0];
        if (same) {
          details.push(
            item.name +
              ' is overgeslagen: ' +
              (same.name === item.name
                ? 'het is al ingelezen'
                : 'het is hetzelfde ' + (item.kind === 'link' ? 'als ' : 'bestand als ') + same.name) +
              ' en telt maar één keer mee.'
          );
          return;
        }
        const name = uniqueName(item.name);
        session.sources.push({ kind: item.kind, name, text: item.text, bundle: item.bundle || '' });
        if (item.kind !== 'link') {
          read.respondent.meta.file = name;
        }
        respondents.push(read.respondent);
        added += 1;
      });
      store();
      render();
      const what = items.some((x) => x.bundle)
        ? ['zelfscan', 'zelfscans']
        : items.length && items.every((x) => x.kind === 'link')
          ? ['link', 'links']
          : ['bestand', 'bestanden'];
      const message =
        (added ? count(added, what[0], what[1]) + ' ingelezen.' : 'Niets nieuws ingelezen.') +
        (respondents.length > added
          ? ' Samen nu ' + count(respondents.length, 'zelfscan', 'zelfscans') + '.'
          : '');
      say(message, details.length ? 'warning' : 'ok', details);
    }

    function addFiles(fileList) {
      const list = Array.prototype.slice.call(fileList);
      const read = [];
      let pending = list.length;
      list.forEach((file, i) => {
        ui.readFile(file, rules, (text, error) => {
          read[i] = zs.roundsources.unpack(rules, { kind: 'bestand', name: file.name, text, error });
          pending -= 1;
          if (pending === 0) {
            addRead([].concat.apply([], read));
          }
        });
      });
    }

    function addLinks() {
      const field = byId('zs-links');
      const items = zs.roundsources.links(field.value);
      if (!items.length) {
        say("Plak eerst de links van je collega's, één per regel.", 'warning');
        field.focus();
        return;
      }
      addRead(items);
      field.value = '';
    }

    function removeSource(index) {
      const label = combined.people[index].label;
      session.sources.splice(index, 1);
      respondents.splice(index, 1);
      store();
      render();
      say(
        label +
          ' is verwijderd. ' +
          (respondents.length
            ? 'Samen nu ' + count(respondents.length, 'zelfscan', 'zelfscans') + '.'
            : 'Er is niets meer ingelezen.'),
        'ok'
      );
      const buttons = byId('zs-combine-sources').querySelectorAll('button[data-remove]');
      (buttons[index] || buttons[index - 1] || byId('zs-combine-button')).focus();
    }

    function clearAll() {
      if (
        !window.confirm(
          'Wil je echt alle ingelezen zelfscans, de ronde en jullie afspraken wissen? Dit kun je niet ongedaan maken.'
        )
      ) {
        return;
      }
      session = { round: zs.round.normalise(rules, {}), sources: [], agreed: {} };
      respondents = [];
      earlier = null;
      try {
        window.localStorage.removeItem(SESSION_KEY);
      } catch (e) {
        /* nothing was kept */
      }
      invite.show();
      render();
      say('Alles is gewist: de ronde, de ingelezen zelfscans en jullie afspraken.', 'ok');
      byId('zs-combine-button').focus();
    }

    /* ---------- agreements ---------- */
    function onAgree(event) {
      const t = event.target;
      const id =
        t.getAttribute('data-domain') ||
        t.getAttribute('data-agree-level') ||
        t.getAttribute('data-agree-need') ||
        t.getAttribute('data-agree-note');
      if (!id || !domains[id]) {
        return;
      }
      const entry = (session.agreed[id] = session.agreed[id] || {});
      if (t.hasAttribute('data-agree-statement')) {
        entry.statements = entry.statements || {};
        if (t.value) {
          entry.statements[t.getAttribute('data-agree-statement')] = t.value;
        } else {
          delete entry.statements[t.getAttribute('data-agree-statement')];
        }
      } else if (t.hasAttribute('data-agree-level')) {
        entry.level = t.value;
      } else if (t.hasAttribute('data-agree-need')) {
        entry.need = t.value;
      } else {
        entry.note = t.value.slice(0, rules.limits.text);
      }
      session.agreed = zs.combinedfile.agreedOf(rules, session.agreed);
      store();
      if (event.type === 'change' && t.tagName === 'SELECT') {
        agenda.refresh(id, session.agreed);
      }
      if (t.hasAttribute('data-agree-note')) {
        const line = byId('zs-agenda').querySelector('[data-note-print="' + id + '"]');
        if (line) {
          line.textContent = 'Afspraken: ' + t.value;
        }
      }
      renderOrganisation();
      if (event.type === 'change') {
        byId('zs-announce').textContent =
          domains[id].title + ': ' + byId('zs-agree-' + id + '-result').textContent;
      }
    }

    /* ---------- files out: JSON, CSV, the hand-over to the self-scan ---------- */
    function combinedData() {
      return zs.combinedfile.build(
        rules,
        {
          round: session.round,
          combined,
          sources: respondents.map((r) => r.meta),
          remarks: remarksOf(),
          agreed: session.agreed,
          answers: organisation.answers,
          results: organisation.results
        },
        new Date()
      );
    }

    /* 'zelfscan-samenvoeging-<round>-<date>': what the file is, which round, when. */
    function fileStem() {
      const named = exporter.fileName(
        { organisation: session.round.name, respondent: '', profile: '' },
        rules,
        new Date()
      );
      return named.replace(/^zelfscan-/, 'zelfscan-samenvoeging-').replace(/\.json$/, '');
    }

    function handOver() {
      const box = byId('zs-handover-message');
      try {
        window.localStorage.setItem(HANDOVER_KEY, JSON.stringify(combinedData()));
      } catch (e) {
        ui.say(
          box,
          'Je browser kon de antwoorden niet doorgeven. Exporteer ze als JSON en open dat bestand in de zelfscan met Importeren.',
          'error'
        );
        return;
      }
      location.href = new URL('zelfscan.html#overdracht', location.href.split('#')[0]).href;
    }

    /* ---------- an earlier round ---------- */
    function renderRounds() {
      byId('zs-rounds-close').hidden = !earlier;
      if (!earlier || !combined) {
        view.renderRounds(null);
        return;
      }
      view.renderRounds(
        zs.combine.compareRounds(rules, earlier, {
          domains: combined.domains,
          answers: organisation.answers
        }),
        earlier.label
      );
    }

    function readEarlier(file) {
      const box = byId('zs-rounds-message');
      ui.readFile(file, rules, (text, error) => {
        if (error) {
          ui.say(box, error, 'error');
          return;
        }
        const result = zs.combinedfile.read(text, rules);
        if (!result.ok) {
          ui.say(
            box,
            file.name +
              ' is niet ingelezen. ' +
              (exporter.read(text, rules).ok
                ? 'Het is de zelfscan van één persoon: voeg het toe in stap 2.'
                : result.error),
            'error'
          );
          return;
        }
        earlier = {
          label: result.round ? 'ronde "' + result.round.name + '"' : 'vorige ronde',
          domains: result.domains,
          answers: result.state.domains
        };
        ui.say(
          box,
          'Vergeleken met ' +
            earlier.label +
            ' (' +
            count(result.respondents, 'zelfscan', 'zelfscans') +
            ', gemaakt op ' +
            format.shortDate(result.exportedAt) +
            ').' +
            (result.formatVersion === 1
              ? ' Dat bestand is van voor de rondes: het bevat per domein ' +
                'alleen het middelste niveau, en bij de uitspraken telt alles tot dat niveau als ja.'
              : '') +
            (result.unplaced.length ? ' Niet geplaatst: ' + result.unplaced.join(' ') : ''),
          result.unplaced.length ? 'warning' : 'ok'
        );
        if (!combined) {
          ui.say(box, box.textContent + ' Lees eerst de zelfscans van deze ronde in (stap 2).', 'warning');
        }
        renderRounds();
      });
    }

    /* ---------- wiring ---------- */
    byId('zs-combine-button').addEventListener('click', () => byId('zs-combine-files').click());
    byId('zs-combine-files').addEventListener('change', (event) => {
      if (event.target.files && event.target.files.length) {
        addFiles(event.target.files);
      }
      event.target.value = '';
    });
    byId('zs-links-read').addEventListener('click', addLinks);
    byId('zs-combine-sources').addEventListener('click', (event) => {
      const button = event.target.closest('button[data-remove]');
      if (button) {
        removeSource(Number(button.getAttribute('data-remove')));
      }
    });
    byId('zs-combine-clear').addEventListener('click', clearAll);
    const drop = byId('zs-drop');
    drop.addEventListener('dragover', (event) => {
      event.preventDefault();
      drop.classList.add('zs-drop-active');
    });
    drop.addEventListener('dragleave', (event) => {
      if (!drop.contains(event.relatedTarget)) {
        drop.classList.remove('zs-drop-active');
      }
    });
    drop.addEventListener('drop', (event) => {
      event.preventDefault();
      drop.classList.remove('zs-drop-active');
      if (event.dataTransfer && event.dataTransfer.files.length) {
        addFiles(event.dataTransfer.files);
      }
    });
    /* A file dropped beside the drop zone would make the browser open it and leave this page. */
    ['dragover', 'drop'].forEach((type) => {
      document.addEventListener(type, (event) => {
        if (drop.contains(event.target)) {
          return;
        }
        event.preventDefault();
        if (event.dataTransfer) {
          event.dataTransfer.dropEffect = 'none';
        }
      });
    });
    byId('zs-agenda').addEventListener('change', onAgree);
    byId('zs-agenda').addEventListener('input', (event) => {
      if (event.target.hasAttribute('data-agree-note')) {
        onAgree(event);
      }
    });
    byId('zs-combined-json').addEventListener('click', () => {
      ui.download(fileStem() + '.json', JSON.stringify(combinedData(), null, 2), 'application/json');
    });
    byId('zs-combined-csv').addEventListener('click', () => {
      ui.download(fileStem() + '.csv', zs.downloads.combinedCsv(rules, combined), 'text/csv');
    });
    byId('zs-handover').addEventListener('click', handOver);
    byId('zs-print').addEventListener('click', () => window.print());
    byId('zs-agenda-print').addEventListener('click', () => {
      document.body.classList.add('zs-print-agenda');
      window.print();
    });
    /* On paper every statement of the agenda shows, also those folded away on screen. */
    window.addEventListener('beforeprint', () => {
      Array.prototype.forEach.call(root.querySelectorAll('details.zs-rest'), (d) => {
        d.setAttribute('data-was-open', String(d.open));
        d.open = true;
      });
    });
    window.addEventListener('afterprint', () => {
      document.body.classList.remove('zs-print-agenda');
      Array.prototype.forEach.call(root.querySelectorAll('details[data-was-open]'), (d) => {
        d.open = d.getAttribute('data-was-open') === 'true';
        d.removeAttribute('data-was-open');
      });
    });
    byId('zs-rounds-button').addEventListener('click', () => byId('zs-rounds-file').click());
    byId('zs-rounds-file').addEventListener('change', (event) => {
      const file = event.target.files && event.target.files[0];
      if (file) {
        readEarlier(file);
      }
      event.target.value = '';
    });
    byId('zs-rounds-close').addEventListener('click', () => {
      earlier = null;
      ui.say(byId('zs-rounds-message'), '');
      renderRounds();
    });
    restore();
    const invite = zs.roundinvite.create(
      rules,
      byId,
      {
        round: () => session.round,
        change(round) {
          session.round = round;
          store();
        }
      },
      Number(root.getAttribute('data-minutes')) || 0
    );
    invite.show();
    render();
    ['zs-combine-button', 'zs-links-read', 'zs-invite-copy', 'zs-rounds-button'].forEach((id) => {
      byId(id).disabled = false;
    });
  });
})();
