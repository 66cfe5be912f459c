/* Open Data Zelfscan: the results of the self-scan page (summary, radar, tables, grid,
 * comparison, action plan as a working list, print line), drawn from scored results.
 * Text only, never HTML. What the page knows about the person (their answers and working
 * list, a shared link being viewed, an earlier export) comes in as `view` on each render. */
(function (root) {
  'use strict';

  var zs = root.Zelfscan = root.Zelfscan || {};

  function create(rules, byId) {
    var engine = zs.engine;
    var format = zs.format;
    var ui = zs.ui;
    var h = ui.h;
    var levels = ui.index(rules.levels);
    var needs = ui.index(rules.needs);
    var priorities = ui.index(rules.priorities);
    var principles = ui.index(rules.principles);
    var profiles = ui.index(rules.profiles);
    var domains = ui.index(rules.domains);
    var statuses = ui.index(rules.statuses);
    var actions = engine.actionIndex(rules);
    var view = { state: null, shared: null, earlier: null };

    function levelTitle(id) { return levels[id] ? levels[id].title : id; }

    var count = format.count;

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
        h('p', { className: 'zs-overall' }, ['Gemiddelde maturiteit: ', h('strong', { text: format.decimal(score) + ' op ' + results.overall.max }), ' (' + between + ').']),
        h('p', { text: 'Dit resultaat steunt op ' + results.scored + ' van ' + count(results.total, 'domein', 'domeinen') +
          (unknown ? '; bij ' + unknown + ' koos je "' + rules.unknown.title + '"' : '') + '.' })
      ]);
    }

    function renderRadar(results) {
      if (!results.scored && !(view.earlier && view.earlier.results.scored)) { ui.replace(byId('zs-radar'), []); return; }
      var series = [];
      if (view.earlier) {
        series.push({ name: 'Eerder (' + view.earlier.label + ')', className: 'zs-series-earlier', values: view.earlier.results.domains.map(function (d) { return d.levelScore; }) });
      }
      series.push({ name: view.shared ? 'Gedeelde resultaten' : 'Nu', className: 'zs-series-current', values: results.domains.map(function (d) { return d.levelScore; }) });
      var description = view.earlier ? 'Radargrafiek met het niveau per domein, nu en eerder.' : 'Radargrafiek met het gekozen niveau per domein.';
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
      if (!view.earlier) { ui.replace(box, []); byId('zs-compare-close').hidden = true; return; }
      byId('zs-compare-close').hidden = false;
      var comparison = zs.combine.compare(view.earlier.results, results);
      var words = { up: '\u2191 hoger', same: '= gelijk', down: '\u2193 lager' };
      var rows = comparison.domains.map(function (d) {
        return [domains[d.id].title, d.earlier === null ? '–' : rules.levels[d.earlier].title,
          d.current === null ? '–' : rules.levels[d.current].title, d.change ? words[d.change] : 'niet te vergelijken'];
      });
      var done = comparison.done.map(function (item) {
        var action = actions[item.action].action;
        return h('li', {}, [h('a', { href: domains[item.domain].page + '#' + item.action, text: action.title }), ' (' + domains[item.domain].title + ')']);
      });
      var dropped = comparison.dropped.map(function (id) { return h('li', { text: domains[id].title }); });
      ui.replace(box, [
        ui.table('Verandering per domein sinds ' + view.earlier.label, ['Domein', 'Toen', 'Nu', 'Verandering'], rows),
        dropped.length ? h('h4', { text: 'Gedaald sinds ' + view.earlier.label }) : null,
        dropped.length ? h('p', { text: 'Deze domeinen staan lager dan toen. Bespreek waarom: de acties van toen zijn niet afgerond, ze staan opnieuw in je plan.' }) : null,
        dropped.length ? h('ul', {}, dropped) : null,
        h('h4', { text: 'Acties van toen die je plan niet meer nodig heeft' }),
        done.length ? h('p', { text: 'In deze domeinen staan jullie nu hoger, zodat deze acties uit je plan van toen er niet meer in staan:' }) : null,
        done.length ? h('ul', {}, done) : h('p', { text: 'Geen: in geen enkel domein staan jullie hoger dan toen.' })
      ]);
    }

    function principleList(ids) {
      return ids.filter(function (id) { return principles[id]; }).map(function (id) {
        return principles[id].title + (principles[id].titleEn ? ' (' + principles[id].titleEn + ')' : '');
      }).join('; ');
    }

    /* The working list of one action as a line of text, for the printed plan. */
    function workText(w) {
      var blank = '………………';
      var status = statuses[w.status];
      var due = w.due ? format.longDate(w.due) : blank;
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
        var w = view.state.plan[action.id] || {};
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
      var resultOf = ui.index(results.domains);
      var items = results.plan.map(function (id, i) {
        return planItem(resultOf[id], i + 1, !view.shared, filter);
      });
      if (!items.length) { items = [h('p', { text: 'Je actieplan verschijnt hier zodra je een domein scoort.' })]; }
      ui.replace(byId('zs-plan'), items);
    }

    function renderMeta(results) {
      var parts = ['Zelfscan van ' + format.longDate(format.isoDate(new Date()))];
      if (view.state.organisation && !view.shared) { parts.push(view.state.organisation); }
      var profile = view.shared ? view.shared.profile : view.state.profile;
      if (profiles[profile]) { parts.push('profiel: ' + profiles[profile].title); }
      parts.push('catalogusversie ' + results.catalogVersion);
      byId('zs-print-meta').textContent = parts.join(' · ');
    }

    /* Draw every part of the results; `current` is {state, shared, earlier}. */
    function render(results, current) {
      view = current;
      renderSummary(results);
      renderRadar(results);
      renderTable(results);
      renderGrid(results);
      renderCompare(results);
      renderPlan(results);
      renderMeta(results);
    }

    return { render: render, domainLine: domainLine, workText: workText };
  }

  zs.results = { create: create };
})(typeof self !== 'undefined' ? self : this);
