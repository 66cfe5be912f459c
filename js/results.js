/* Open Data Zelfscan: the results of the self-scan page (Begin hier, summary, per-domain
 * table, what to find out, radar, grid, the action plan as a compact working list, the
 * comparison with an earlier export, the print line), drawn from scored results.
 * Text only, never HTML. What the page knows about the person (their answers and working
 * list, a shared link being viewed, an earlier export) comes in as `view` on each render. */
(function (root) {
  'use strict';

  const zs = (root.Zelfscan = root.Zelfscan || {});
  const OPEN_ITEMS = 12; // actions shown before "Toon alle acties"

  function create(rules, byId) {
    const { engine, format, ui } = zs;
    const h = ui.h;
    const count = format.count;
    const levels = ui.index(rules.levels);
    const needs = ui.index(rules.needs);
    const priorities = ui.index(rules.priorities);
    const principles = ui.index(rules.principles);
    const profiles = ui.index(rules.profiles);
    const domains = ui.index(rules.domains);
    const statuses = ui.index(rules.statuses);
    const actions = engine.actionIndex(rules);
    const statements = engine.statementIndex(rules);
    let view = { state: null, shared: null, earlier: null };
    let showAll = false;
    const expanded = Object.create(null); // domains opened one by one in the short plan

    const levelTitle = (id) => (levels[id] ? levels[id].title : id);
    const STATE_WORDS = { open: 'Niet begonnen', busy: 'Bezig', done: 'Klaar', uncertain: 'Onzeker' };

    /* Why a scored domain has no priority yet: the need is still open or unknown. */
    function noPriority(result) {
      return result.needState === 'unknown'
        ? 'Geen prioriteit: bij de nood koos je "' + rules.unknown.title + '".'
        : 'Kies je nood om een prioriteit te krijgen.';
    }

    /* 'Opgestart, 2 van 3 voor Gevorderd' */
    function levelText(result) {
      if (result.levelState === 'unknown') {
        return rules.unknown.title;
      }
      if (result.levelState === 'open') {
        return 'Nog niet beantwoord';
      }
      let text = levelTitle(result.level);
      if (result.progress) {
        text +=
          ', ' +
          result.progress.met +
          ' van ' +
          result.progress.total +
          ' voor ' +
          levelTitle(result.progress.level);
      }
      return text + (result.way === 'quick' ? ' (zelf gekozen)' : '');
    }

    function needText(result) {
      if (result.needState === 'unknown') {
        return rules.unknown.title;
      }
      if (result.needState === 'open') {
        return 'Nog niet beantwoord';
      }
      return needs[result.need].title;
    }

    /* The line under a domain's step: where it stands and what is still needed. */
    function domainLine(result) {
      if (result.status === 'open') {
        return '';
      }
      if (result.levelState === 'unknown') {
        return 'Je koos "' + rules.unknown.title + '": dit domein telt niet mee in de scores.';
      }
      if (result.levelState === 'open') {
        return 'Beantwoord de uitspraken, of kies zelf een niveau.';
      }
      let text = 'Niveau: ' + levelText(result) + '.';
      if (!result.complete && result.progress) {
        text += ' Beantwoord ook de andere uitspraken van ' + levelTitle(result.progress.level) + '.';
      }
      if (result.uncertain.length) {
        text +=
          ' Onzeker: zoek uit of ' +
          result.uncertain
            .map((id) => '"' + statements[id].statement.text.replace(/\.$/, '') + '"')
            .join(' en ') +
          ' klopt.';
      }
      text += result.priority ? ' ' + priorities[result.priority].title + '.' : ' ' + noPriority(result);
      return text + ' ' + count(result.actions.length, 'actie', 'acties') + ' in je plan.';
    }

    function stateWord(result) {
      return STATE_WORDS[result.status];
    }

    /* ---------- Begin hier ---------- */
    /* The working list of one action in a few words: 'Trekker: Ann · Bezig', or ''. */
    function workShort(w) {
      const status = statuses[w && w.status];
      return [w && w.owner ? 'Trekker: ' + w.owner : '', status ? status.title : '']
        .filter(Boolean)
        .join(' · ');
    }

    function renderStartHere(results) {
      const box = byId('zs-start-here');
      const profile = view.shared ? view.shared.profile : view.state.profile;
      const work = view.shared ? {} : view.state.plan;
      const chosen = engine.startHere(rules, results, profile, work, 3);
      if (!chosen.length) {
        ui.replace(box, [
          h('p', {
            className: 'zs-lead',
            text: 'Beantwoord een domein: dan zie je hier de drie stappen om mee te beginnen.'
          })
        ]);
        return;
      }
      const priorityOf = (id) => {
        const result = results.domains.filter((d) => d.id === id)[0];
        return result.priority ? priorities[result.priority].title : 'geen prioriteit';
      };
      ui.replace(box, [
        h('section', { className: 'zs-start', 'aria-labelledby': 'zs-start-title' }, [
          h('h3', { id: 'zs-start-title', text: 'Begin hier' }),
          h(
            'ol',
            { className: 'zs-start-list' },
            chosen.map((item) => {
              if (item.find) {
                return h('li', {}, [
                  h('strong', { text: 'Zoek uit: ' + statements[item.find].statement.text }),
                  h('span', {
                    className: 'zs-meta',
                    text:
                      domains[item.domain].title +
                      ' · ' +
                      priorityOf(item.domain) +
                      ' · Je koos "' +
                      rules.unknown.title +
                      '". Klopt het, dan staat dit domein een niveau hoger.'
                  })
                ]);
              }
              const found = actions[item.id];
              const result = results.domains.filter((d) => d.id === item.domain)[0];
              const meets = found.action.meets.filter((m) => result.missing.indexOf(m) >= 0).slice(0, 1);
              const done = workShort(work[item.id]);
              return h('li', {}, [
                h('a', { href: '#actie-' + item.id, 'data-open-action': item.id, text: found.action.title }),
                h('span', {
                  className: 'zs-meta',
                  text:
                    found.domain.title +
                    ' · ' +
                    priorityOf(item.domain) +
                    ' · Inspanning: ' +
                    found.action.effort +
                    (done ? ' · ' + done : '')
                }),
                meets.length
                  ? h('span', {
                      className: 'zs-meta',
                      text:
                        'Helpt om waar te maken: ' + meets.map((m) => statements[m].statement.text).join(' ')
                    })
                  : null
              ]);
            })
          ),
          h('details', { className: 'zs-rule' }, [
            h('summary', { text: 'Hoe kiezen we deze drie?' }),
            h('p', {
              text:
                'Uit alle acties van je plan die nog niet klaar zijn, komen eerst die van de domeinen met de hoogste prioriteit. ' +
                'Daarna die met de kleinste inspanning, dan die je eigen profiel trekt, en dan die voor een lager niveau: ' +
                'daar bouwen de volgende stappen op. Per uitspraak die nog ontbreekt, kiezen we één actie, en uit één domein ' +
                'hoogstens twee. Koos je bij een uitspraak die je niveau bepaalt "' +
                rules.unknown.title +
                '", dan is de eerste ' +
                'stap dat uitzoeken.'
            })
          ])
        ])
      ]);
    }

    /* ---------- summary, table, what to find out ---------- */
    function renderSummary(results) {
      const done = results.domains.filter((d) => d.status === 'done').length;
      const uncertain = results.domains.filter((d) => d.status === 'uncertain').length;
      if (!results.scored) {
        ui.replace(byId('zs-summary'), [h('p', { text: 'Je hebt nog geen domein beantwoord.' })]);
        return;
      }
      const score = results.overall.score;
      const low = rules.levels[Math.floor(score)];
      const high = rules.levels[Math.ceil(score)];
      const between =
        low.id === high.id ? 'niveau ' + low.title : 'tussen ' + low.title + ' en ' + high.title;
      ui.replace(byId('zs-summary'), [
        h('p', { className: 'zs-overall' }, [
          'Gemiddelde maturiteit: ',
          h('strong', { text: format.decimal(score) + ' op ' + results.overall.max }),
          ' (' + between + ').'
        ]),
        h('p', {
          text:
            count(done, 'domein', 'domeinen') +
            ' klaar' +
            (uncertain ? ', ' + uncertain + ' onzeker' : '') +
            ', van ' +
            results.total +
            '. Het gemiddelde steunt op ' +
            count(results.scored, 'domein', 'domeinen') +
            ' met een niveau.'
        })
      ]);
    }

    function renderTable(results) {
      const withNotes =
        !view.shared &&
        results.domains.some((r) => view.state.domains[r.id] && view.state.domains[r.id].note);
      const head = ['Domein', 'Niveau', 'Nood', 'Prioriteit'].concat(withNotes ? ['Notitie'] : []);
      ui.replace(byId('zs-table'), [
        ui.table(
          'Je antwoorden en prioriteit per domein',
          head,
          results.domains.map((r) => {
            const link = view.shared
              ? domains[r.id].title
              : h('a', { href: '#domein-' + r.id, text: domains[r.id].title });
            const cells = [link, levelText(r), needText(r), r.priority ? priorities[r.priority].title : '–'];
            if (withNotes) {
              cells.push((view.state.domains[r.id] && view.state.domains[r.id].note) || '');
            }
            return cells;
          }),
          true
        )
      ]);
    }

    function renderUncertain(results) {
      const open = results.domains.filter((r) => r.uncertain.length);
      ui.replace(
        byId('zs-uncertain'),
        open.length
          ? [
              h('h4', { text: 'Zoek dit uit' }),
              h('p', {
                text:
                  'Bij deze uitspraken koos je "' +
                  rules.unknown.title +
                  '". Ze beslissen over het niveau: weet je het, dan kan het niveau hoger worden.'
              }),
              h(
                'ul',
                {},
                open.map((r) =>
                  h('li', {}, [
                    h('strong', { text: domains[r.id].title + ': ' }),
                    r.uncertain.map((id) => statements[id].statement.text).join(' ')
                  ])
                )
              )
            ]
          : []
      );
    }

    /* ---------- radar and grid ---------- */
    function renderRadar(results) {
      if (!results.scored && !(view.earlier && view.earlier.results.scored)) {
        ui.replace(byId('zs-radar'), []);
        return;
      }
      const series = [];
      if (view.earlier) {
        series.push({
          name: 'Eerder (' + view.earlier.label + ')',
          className: 'zs-series-earlier',
          values: view.earlier.results.domains.map((d) => d.levelScore)
        });
      }
      series.push({
        name: view.shared ? 'Gedeelde resultaten' : 'Nu',
        className: 'zs-series-current',
        values: results.domains.map((d) => d.levelScore)
      });
      const description = view.earlier
        ? 'Radargrafiek met het niveau per domein, nu en eerder.'
        : 'Radargrafiek met het niveau per domein.';
      const missing = results.domains.some((d) => d.levelScore === null);
      ui.replace(byId('zs-radar'), [ui.radarChart(rules, series, description), ui.legend(series, missing)]);
    }

    function renderGrid(results) {
      const head = h(
        'tr',
        {},
        [h('th', { scope: 'col', text: 'Maturiteit \u2193 / nood \u2192' })].concat(
          rules.needs.map((n) => h('th', { scope: 'col', text: n.title }))
        )
      );
      const body = rules.levels
        .slice()
        .reverse()
        .map((level) =>
          h(
            'tr',
            {},
            [h('th', { scope: 'row', text: level.title })].concat(
              rules.needs.map((need) => {
                const priority = priorities[rules.matrix[level.id][need.id]];
                const placed = results.domains.filter((d) => d.level === level.id && d.need === need.id);
                return h('td', { className: 'zs-cell zs-rank-' + priority.rank }, [
                  h('span', { className: 'zs-cell-priority', text: priority.title }),
                  placed.length
                    ? h(
                        'ul',
                        {},
                        placed.map((d) =>
                          h('li', {}, [h('a', { href: '#plan-' + d.id, text: domains[d.id].title })])
                        )
                      )
                    : null
                ]);
              })
            )
          )
        );
      const caption = 'Elk domein in de cel van zijn maturiteit en nood, met de prioriteit van die cel';
      // on a phone the same content as a list per priority (the table does not fit 390 px)
      const list = h(
        'ul',
        { className: 'zs-grid-list' },
        rules.priorities.map((p) => {
          const placed = results.domains.filter((d) => d.priority === p.id);
          return placed.length
            ? h('li', { className: 'zs-rank-' + p.rank }, [
                h('strong', { text: p.title + ': ' }),
                placed.map((d) => domains[d.id].title).join(', ')
              ])
            : null;
        })
      );
      ui.replace(byId('zs-grid'), [
        ui.scrollBox(
          caption,
          h('table', { className: 'zs-grid' }, [
            h('caption', { text: caption }),
            h('thead', {}, [head]),
            h('tbody', {}, body)
          ])
        ),
        list
      ]);
    }

    /* ---------- comparison ---------- */
    function renderCompare(results) {
      const box = byId('zs-compare-result');
      if (!view.earlier) {
        ui.replace(box, []);
        byId('zs-compare-close').hidden = true;
        return;
      }
      byId('zs-compare-close').hidden = false;
      const comparison = zs.compare.compare(view.earlier.results, results);
      const words = { up: '\u2191 hoger', same: '= gelijk', down: '\u2193 lager' };
      const rows = comparison.domains.map((d) => [
        domains[d.id].title,
        d.earlier === null ? '–' : rules.levels[d.earlier].title,
        d.current === null ? '–' : rules.levels[d.current].title,
        d.change ? words[d.change] : 'niet te vergelijken'
      ]);
      const done = comparison.done.map((item) =>
        h('li', {}, [
          h('a', {
            href: domains[item.domain].page + '#' + item.action,
            text: actions[item.action].action.title
          }),
          ' (' + domains[item.domain].title + ')'
        ])
      );
      const dropped = comparison.dropped.map((id) => h('li', { text: domains[id].title }));
      const carry = carryable();
      ui.replace(box, [
        ui.table(
          'Verandering per domein sinds ' + view.earlier.label,
          ['Domein', 'Toen', 'Nu', 'Verandering'],
          rows
        ),
        dropped.length ? h('h4', { text: 'Gedaald sinds ' + view.earlier.label }) : null,
        dropped.length
          ? h('p', {
              text: 'Deze domeinen staan lager dan toen. Bespreek waarom: de acties van toen zijn niet afgerond, ze staan opnieuw in je plan.'
            })
          : null,
        dropped.length ? h('ul', {}, dropped) : null,
        h('h4', { text: 'Acties van toen die je plan niet meer nodig heeft' }),
        done.length
          ? h('p', {
              text: 'In deze domeinen staan jullie nu hoger, zodat deze acties uit je plan van toen er niet meer in staan:'
            })
          : null,
        done.length
          ? h('ul', {}, done)
          : h('p', { text: 'Geen: in geen enkel domein staan jullie hoger dan toen.' }),
        carry.length && !view.shared
          ? h('p', { className: 'zs-actions' }, [
              h('button', {
                type: 'button',
                className: 'md-button',
                id: 'zs-carry-over',
                text:
                  'Neem trekker, deadline en status van toen over (' +
                  count(carry.length, 'actie', 'acties') +
                  ')'
              })
            ])
          : null
      ]);
    }

    /* Actions of the current plan with work noted in the earlier export and none now. */
    function carryable() {
      if (!view.earlier || view.shared) {
        return [];
      }
      const now = view.state.plan;
      return Object.keys(view.earlier.state.plan).filter((id) => {
        const before = view.earlier.state.plan[id];
        const mine = now[id];
        return (
          actions[id] &&
          (before.owner || before.due || before.status) &&
          !(mine && (mine.owner || mine.due || mine.status))
        );
      });
    }

    /* ---------- the plan ---------- */
    function principleList(ids) {
      return ids
        .filter((id) => principles[id])
        .map(
          (id) => principles[id].title + (principles[id].titleEn ? ' (' + principles[id].titleEn + ')' : '')
        )
        .join('; ');
    }

    /* The working list of one action as a line of text, for the printed plan. */
    function workText(w) {
      const blank = '………………';
      const status = statuses[w.status];
      return (
        'Trekker: ' +
        (w.owner || blank) +
        ' · Deadline: ' +
        (w.due ? format.longDate(w.due) : blank) +
        ' · Status: ' +
        (status ? status.title : blank)
      );
    }

    function statusSelect(action, value) {
      return h(
        'select',
        { 'data-action': action.id, 'data-field': 'status', id: 'zs-status-' + action.id },
        [h('option', { value: '', text: 'Status kiezen' })].concat(
          rules.statuses.map((s) => h('option', { value: s.id, text: s.title, selected: s.id === value }))
        )
      );
    }

    function actionItem(domain, result, action, editable) {
      const links = action.principles.length ? action.principles : domain.principles;
      const w = (!view.shared && view.state.plan[action.id]) || {};
      const meets = action.meets.filter((m) => result.missing.indexOf(m) >= 0);
      const status = statuses[w.status];
      const details = [
        h('p', { text: action.description }),
        meets.length
          ? h('p', {
              className: 'zs-meta',
              text: 'Helpt om waar te maken: ' + meets.map((m) => statements[m].statement.text).join(' ')
            })
          : null,
        h('p', {
          className: 'zs-meta',
          text:
            'Wie trekt: ' +
            action.profiles.map((p) => (profiles[p] ? profiles[p].title : p)).join(', ') +
            '. Open Data Charter: ' +
            principleList(links) +
            '.'
        }),
        h('p', { className: 'zs-no-print' }, [
          h('a', { href: domain.page + '#' + action.id, text: 'Meer over deze actie' })
        ])
      ];
      if (editable) {
        const fields = h('div', { className: 'zs-work' }, [
          h('label', { for: 'zs-owner-' + action.id }, ['Trekker voor: ' + action.title]),
          h('input', {
            type: 'text',
            id: 'zs-owner-' + action.id,
            maxlength: String(rules.limits.owner),
            value: w.owner || '',
            'data-action': action.id,
            'data-field': 'owner'
          }),
          h('label', { for: 'zs-due-' + action.id }, ['Deadline voor: ' + action.title]),
          h('input', {
            type: 'date',
            id: 'zs-due-' + action.id,
            value: w.due || '',
            'data-action': action.id,
            'data-field': 'due'
          }),
          h('label', { for: 'zs-status-' + action.id }, ['Status van: ' + action.title]),
          statusSelect(action, w.status || ''),
          h('a', {
            href: 'planblad.html#' + action.id,
            className: 'zs-sheet-link',
            text: 'Plan "' + action.title + '" op een planblad'
          })
        ]);
        details.push(fields);
      }
      const summary = h('summary', {}, [
        h('span', { className: 'zs-action-title', text: action.title }),
        h('span', {
          className: 'zs-action-meta',
          text:
            ' · ' + action.effort + (status ? ' · ' + status.title : '') + (w.owner ? ' · ' + w.owner : '')
        })
      ]);
      return h('li', { 'data-profiles': action.profiles.join(' ') }, [
        h(
          'details',
          { className: 'zs-action', id: 'actie-' + action.id, 'data-action-item': action.id },
          [summary].concat(details)
        ),
        editable ? h('p', { className: 'zs-work-print', text: workText(w) }) : null
      ]);
    }

    function targetSelect(result) {
      const current = rules.levels.map((l) => l.id).indexOf(result.level);
      const options = rules.levels
        .slice(current + 1)
        .map((l) => h('option', { value: l.id, text: l.title, selected: l.id === result.target }));
      return h('label', { className: 'zs-target' }, [
        'Doelniveau voor ' + domains[result.id].title + ' ',
        h('select', { 'data-domain-target': result.id }, options)
      ]);
    }

    function planItem(result, position, editable, shown, how) {
      const domain = domains[result.id];
      const note = !view.shared && view.state.domains[result.id] && view.state.domains[result.id].note;
      const top = result.level === rules.levels[rules.levels.length - 1].id;
      const facts = [
        h('p', {
          className: 'zs-plan-priority zs-rank-' + (result.priorityRank || 'none'),
          text: result.priority ? priorities[result.priority].title : noPriority(result)
        }),
        h('p', {}, [
          h('strong', { text: 'Nu: ' }),
          levelText(result) + '. ',
          top
            ? 'Je staat op het hoogste niveau. Deze acties helpen je het vast te houden.'
            : h('span', {}, [h('strong', { text: 'Doel: ' }), levelTitle(result.target) + '.'])
        ]),
        editable && !top && rules.levels.length - rules.levels.map((l) => l.id).indexOf(result.level) > 2
          ? targetSelect(result)
          : null,
        result.priority
          ? h('details', { className: 'zs-why' }, [
              h('summary', { text: 'Waarom deze prioriteit?' }),
              h('p', {
                className: 'zs-meta',
                text:
                  'Niveau "' +
                  levelTitle(result.level) +
                  '" met nood "' +
                  needs[result.need].title +
                  '" valt in de cel "' +
                  priorities[result.priority].title +
                  '" van de prioriteitenmatrix. ' +
                  priorities[result.priority].description
              })
            ])
          : null,
        note ? h('p', { className: 'zs-note' }, [h('strong', { text: 'Je notitie: ' }), note]) : null
      ];
      return h(
        'section',
        { className: 'zs-plan-item', 'aria-labelledby': 'plan-' + result.id },
        [h('h4', { id: 'plan-' + result.id, text: position + '. ' + domain.title })].concat(
          how.open ? facts : [facts[0]],
          [
            !how.open && how.count
              ? h('p', { className: 'zs-collapsed' }, [
                  count(how.count, 'actie', 'acties') + '. ',
                  h('button', {
                    type: 'button',
                    className: 'zs-link-button',
                    'data-expand-domain': result.id,
                    text: 'Toon de ' + count(how.count, 'actie', 'acties') + ' van ' + domain.title
                  })
                ])
              : null,
            how.open && shown.length ? h('ul', { className: 'zs-plan-actions' }, shown) : null,
            !how.count
              ? h('p', {
                  text: how.others
                    ? 'Geen acties voor ' +
                      profiles[how.filter].title +
                      ' in dit domein (' +
                      count(how.others, 'actie', 'acties') +
                      ' voor andere profielen).'
                    : 'Geen acties nodig: alles wat ontbreekt, is al gedaan.'
                })
              : null
          ]
        )
      );
    }

    /* The plan, short: whole domains while at most OPEN_ITEMS actions show, every further
     * domain as one line that opens on request; with a profile chosen, its actions only, and the
     * page (also on paper) says so. Returns {total, visible}. */
    function renderPlan(results) {
      const filter = byId('zs-plan-profile').value;
      const resultOf = ui.index(results.domains);
      const editable = !view.shared;
      let total = 0;
      let all = 0;
      let visible = 0;
      const rows = [];
      const items = results.plan.map((id, i) => {
        const result = resultOf[id];
        const domain = domains[id];
        all += result.actions.length;
        const mine = result.actions.filter((a) => !filter || actions[a].action.profiles.indexOf(filter) >= 0);
        total += mine.length;
        const open = showAll || expanded[id] || visible === 0 || visible + mine.length <= OPEN_ITEMS;
        if (open) {
          visible += mine.length;
        }
        mine.forEach((a) =>
          rows.push([actions[a].action.title, domain.title, (!view.shared && view.state.plan[a]) || {}])
        );
        const shown = open ? mine.map((a) => actionItem(domain, result, actions[a].action, editable)) : [];
        return planItem(result, i + 1, editable, shown, {
          open,
          count: mine.length,
          others: result.actions.length - mine.length,
          filter
        });
      });
      if (!items.length) {
        items.push(h('p', { text: 'Je actieplan verschijnt hier zodra je een domein beantwoordt.' }));
      }
      if (filter && all) {
        items.unshift(
          h('p', { className: 'zs-filtered' }, [
            'Je ziet alleen de acties die ' +
              profiles[filter].title +
              ' trekt: ' +
              total +
              ' van ' +
              all +
              '. ',
            h('button', {
              type: 'button',
              className: 'zs-link-button zs-no-print',
              id: 'zs-plan-all-profiles',
              text: 'Toon de acties van alle profielen'
            })
          ])
        );
      }
      if (total > visible) {
        items.push(
          h('p', { className: 'zs-actions zs-no-print' }, [
            h('button', {
              type: 'button',
              className: 'md-button',
              id: 'zs-plan-more',
              text: 'Toon alle ' + total + ' acties (nu ' + visible + ')'
            })
          ])
        );
      }
      ui.replace(byId('zs-plan'), items);
      renderWhoWhat(rows);
      return { total, visible };
    }

    /* On paper first: who does what by when, one line per action of the plan. */
    function renderWhoWhat(rows) {
      const box = byId('zs-who-what');
      if (!box) {
        return;
      }
      const blank = '………………';
      ui.replace(
        box,
        rows.length
          ? [
              h('h3', { text: 'Wie doet wat, tegen wanneer' }),
              ui.table(
                'Acties van het plan met hun trekker, deadline en status',
                ['Actie', 'Domein', 'Trekker', 'Deadline', 'Status'],
                rows.map((r) => [
                  r[0],
                  r[1],
                  r[2].owner || blank,
                  r[2].due ? format.longDate(r[2].due) : blank,
                  statuses[r[2].status] ? statuses[r[2].status].title : blank
                ])
              )
            ]
          : []
      );
    }

    function renderMeta(results) {
      const parts = ['Zelfscan van ' + format.longDate(format.isoDate(new Date()))];
      if (view.state.organisation && !view.shared) {
        parts.push(view.state.organisation);
      }
      if (view.state.respondent && !view.shared) {
        parts.push(view.state.respondent);
      }
      const profile = view.shared ? view.shared.profile : view.state.profile;
      if (profiles[profile]) {
        parts.push('profiel: ' + profiles[profile].title);
      }
      parts.push(
        count(
          results.domains.filter((d) => d.status === 'done' || d.status === 'uncertain').length,
          'domein',
          'domeinen'
        ) + ' beantwoord'
      );
      byId('zs-print-meta').textContent = parts.join(' · ');
      byId('zs-print-meta').setAttribute('data-version', results.catalogVersion); // on paper only
    }

    /* Draw every part of the results; `current` is {state, shared, earlier}. Returns what the
     * plan shows, {total, visible}. */
    function render(results, current) {
      view = current;
      renderStartHere(results);
      renderSummary(results);
      renderTable(results);
      renderUncertain(results);
      renderRadar(results);
      renderGrid(results);
      const plan = renderPlan(results);
      renderCompare(results);
      renderMeta(results);
      return plan;
    }

    return {
      render,
      domainLine,
      workText,
      stateWord,
      carryable,
      showAllActions(on) {
        showAll = on;
      },
      expandDomain(id) {
        expanded[id] = true;
      }
    };
  }

  zs.results = { create };
})(typeof self !== 'undefined' ? self : this);
