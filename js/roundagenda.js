/* Open Data Zelfscan: the combine page's workshop agenda (per domain, most disagreement first:
 * the spread, the statements with their counts, the notes, and a place for the agreed answer,
 * on screen a control and on paper a box to tick) and the organisation's action plan.
 * Text only, never HTML. The order comes from Zelfscan.combine.agenda. */
(function (root) {
  'use strict';

  const zs = (root.Zelfscan = root.Zelfscan || {});

  function create(rules, byId) {
    const { format, ui, engine } = zs;
    const h = ui.h;
    const count = format.count;
    const levels = ui.index(rules.levels);
    const domains = ui.index(rules.domains);
    const perspectives = ui.index(rules.perspectives);
    const priorities = ui.index(rules.priorities);
    const statements = engine.statementIndex(rules);
    const actions = engine.actionIndex(rules);
    const yes = rules.statementAnswers.yes;
    const no = rules.statementAnswers.no;
    const unknown = rules.unknown;
    const answerTitles = {};
    [yes, no, unknown].forEach((a) => {
      answerTitles[a.id] = a.title;
    });
    const levelName = (score) => (score === null ? '–' : rules.levels[score].title);
    const titleOf = Object.create(null);
    rules.levels.concat(rules.needs, [unknown]).forEach((x) => {
      titleOf[x.id] = x.title;
    });
    const paperTitle = (id) => titleOf[id] || id;
    const byDomain = (list, id) => list.filter((d) => d.id === id)[0];

    function select(attrs, options, value) {
      return h(
        'select',
        attrs,
        options.map((o) => {
          const option = h('option', { value: o[0], text: o[1] });
          if (o[0] === value) {
            option.setAttribute('selected', '');
          }
          return option;
        })
      );
    }

    function labelled(id, label, control, hidden) {
      return [h('label', { for: id, className: hidden ? 'zs-visually-hidden' : null, text: label }), control];
    }

    /* On paper: what was agreed, or boxes to tick. */
    function paper(value, choices) {
      if (value) {
        return h('span', { className: 'zs-print-only zs-agreed', text: 'Afgesproken: ' + value });
      }
      return h('span', {
        className: 'zs-print-only zs-tick',
        text: choices.map((c) => '\u2610 ' + c).join('   ')
      });
    }

    function statementRow(domainId, s, agreed) {
      const value = agreed.statements && agreed.statements[s.id] ? agreed.statements[s.id] : '';
      const info = statements[s.id];
      const proposal = s.proposal
        ? 'Voorstel: ' + answerTitles[s.proposal]
        : 'Voorstel: geen (niemand antwoordde)';
      const id = 'zs-agree-' + s.id;
      const control = h(
        'span',
        { className: 'zs-agree zs-no-print' },
        labelled(
          id,
          'Afspraak voor: ' + info.statement.text,
          select(
            { id, 'data-agree-statement': s.id, 'data-domain': domainId },
            [
              ['', proposal],
              [yes.id, yes.title],
              [no.id, no.title],
              [unknown.id, unknown.title]
            ],
            value
          ),
          true
        )
      );
      return [
        h('span', {}, [
          info.statement.text,
          ' ',
          h('span', {
            className: 'zs-meta',
            text:
              levels[info.level].title +
              (s.split ? ' · sterk verdeeld' : '') +
              (s.fromLevel
                ? ' · ' + count(s.fromLevel, 'antwoord', 'antwoorden') + ' uit een zelf gekozen niveau'
                : '')
          })
        ]),
        String(s.answers[yes.id]),
        String(s.answers[no.id]),
        String(s.answers[unknown.id]),
        h('span', {}, [
          control,
          paper(value ? answerTitles[value] : '', [
            yes.title,
            no.title,
            unknown.title + ' (wie zoekt het uit?)'
          ])
        ])
      ];
    }

    function statementTable(caption, domain, list, agreed) {
      return ui.table(
        caption,
        ['Uitspraak', yes.title, no.title, unknown.title, 'Afspraak'],
        list.map((id) => statementRow(domain.id, byDomain(domain.statements, id), agreed)),
        true
      );
    }

    function facts(d) {
      const lines = [];
      const n = d.respondents;
      lines.push(
        n
          ? count(n, 'collega gaf', "collega's gaven") +
              ' een niveau: ' +
              (d.level.min === d.level.max
                ? (n > 1 ? 'allemaal ' : '') + levelName(d.level.min)
                : 'van ' +
                  levelName(d.level.min) +
                  ' tot ' +
                  levelName(d.level.max) +
                  ' (mediaan: ' +
                  levelName(d.level.median) +
                  ')') +
              '.'
          : 'Nog niemand gaf een niveau.'
      );
      if (d.ways.quick) {
        lines.push(
          count(d.ways.quick, 'collega koos', "collega's kozen") +
            ' zelf een niveau: dan telt elke uitspraak tot dat niveau als "' +
            yes.title +
            '" en daarboven als "' +
            no.title +
            '", zoals in de zelfscan.'
        );
      }
      const parts = [h('p', { className: 'zs-agenda-facts', text: lines.join(' ') })];
      if (d.disagreement) {
        parts.push(
          h('p', {
            className: 'zs-flag',
            text:
              'Ver uit elkaar: ' +
              format.word(rules.round.disagreement) +
              ' niveaus of meer verschil. Bespreek dit domein eerst.'
          })
        );
      }
      if (d.gap) {
        parts.push(
          h('p', {
            className: d.gap.flagged ? 'zs-flag' : 'zs-agenda-facts',
            text:
              d.gap.groups
                .map(
                  (g) => perspectives[g.perspective].title + ': ' + levelName(g.median) + ' (' + g.count + ')'
                )
                .join(' · ') + (d.gap.flagged ? '. Wie stuurt en wie uitvoert, ziet dit anders.' : '.')
          })
        );
      }
      return parts;
    }

    function notes(d) {
      if (!d.notes.length) {
        return [h('p', { className: 'zs-meta', text: 'Geen notities.' })];
      }
      return [
        h('h4', { text: 'Notities (' + d.notes.length + ')' }),
        h(
          'ul',
          { className: 'zs-round-notes' },
          d.notes.map((n) => h('li', {}, [h('strong', { text: (n.by || 'Anoniem') + ': ' }), n.text]))
        )
      ];
    }

    /* One choice of the agreement (`kind`: level or need), a labelled select on screen. */
    function agreeField(id, kind, label, options, value) {
      const fieldId = 'zs-agree-' + id + '-' + kind;
      return h(
        'div',
        { className: 'zs-field zs-no-print' },
        labelled(fieldId, label, select({ id: fieldId, ['data-agree-' + kind]: id }, options, value || ''))
      );
    }

    function agreement(d, agreed, proposalNeed) {
      const title = domains[d.id].title;
      const levelOptions = [['', 'Volgt uit de uitspraken']].concat(
        rules.levels.map((l) => [l.id, 'Zelf gekozen: ' + l.title]),
        [[unknown.id, unknown.title]]
      );
      const needOptions = [['', proposalNeed ? 'Mediaan: ' + proposalNeed : 'Nog niet gekozen']].concat(
        rules.needs.map((n) => [n.id, n.title]),
        [[unknown.id, unknown.title]]
      );
      const note = h('textarea', {
        id: 'zs-agree-' + d.id + '-note',
        'data-agree-note': d.id,
        rows: '2',
        maxlength: String(rules.limits.text)
      });
      note.value = agreed.note || '';
      return h('fieldset', { className: 'zs-agreement' }, [
        h('legend', { text: 'Jullie afspraak over ' + title }),
        agreeField(d.id, 'level', 'Niveau', levelOptions, agreed.level),
        agreeField(d.id, 'need', 'Nood', needOptions, agreed.need),
        h(
          'div',
          { className: 'zs-field zs-no-print' },
          labelled(
            'zs-agree-' + d.id + '-note',
            'Afspraken en opmerkingen (komen in de notitie van het plan)',
            note
          )
        ),
        agreed.level
          ? h('p', {
              className: 'zs-print-only',
              text: 'Niveau: ' + paperTitle(agreed.level) + ' (zelf gekozen)'
            })
          : null,
        h('p', {
          className: 'zs-print-only zs-lines',
          text:
            'Nood: ' +
            (agreed.need
              ? 'afgesproken: ' + paperTitle(agreed.need)
              : '\u2610 ' + rules.needs.map((n) => n.title).join('   \u2610 '))
        }),
        h('p', {
          className: 'zs-print-only zs-lines',
          'data-note-print': d.id,
          text: 'Afspraken: ' + (agreed.note || '')
        }),
        h('p', { className: 'zs-domain-result', id: 'zs-agree-' + d.id + '-result' })
      ]);
    }

    let shown = null; // {combined, order}: what the agenda was last drawn from

    function item(entry, position, agreed) {
      const d = byDomain(shown.combined.domains, entry.id);
      const mine = agreed[entry.id] || {};
      const title = domains[entry.id].title;
      const need = shown.combined.proposal[entry.id] && shown.combined.proposal[entry.id].need;
      const folded = (className, summary, caption, list) =>
        list.length
          ? h('details', { className: 'zs-rest ' + className }, [
              h('summary', { text: summary + ' (' + list.length + ')' }),
              statementTable(title + ': ' + caption, d, list, mine)
            ])
          : null;
      return h(
        'article',
        {
          className: 'zs-agenda-item',
          'data-domain-item': entry.id,
          'aria-labelledby': 'zs-agenda-' + entry.id
        },
        [h('h3', { id: 'zs-agenda-' + entry.id, text: position + 1 + '. ' + title })].concat(
          facts(d),
          [
            entry.discuss.length
              ? statementTable(
                  title + ': uitspraken om te bespreken (' + entry.discuss.length + ')',
                  d,
                  entry.discuss,
                  mine
                )
              : h('p', {
                  text: entry.same.length
                    ? 'Niemand verschilt hier van antwoord.'
                    : 'Nog niemand beantwoordde de uitspraken van dit domein.'
                }),
            folded(
              'zs-same',
              'Uitspraken waarover iedereen hetzelfde antwoordde',
              'uitspraken waarover iedereen hetzelfde antwoordde',
              entry.same
            ),
            folded(
              'zs-none zs-no-print',
              'Uitspraken die niemand beantwoordde',
              'uitspraken die niemand beantwoordde',
              entry.none
            ),
            entry.none.length && entry.same.length + entry.discuss.length
              ? h('p', {
                  className: 'zs-print-only',
                  text: count(entry.none.length, 'uitspraak', 'uitspraken') + ' beantwoordde niemand.'
                })
              : null
          ],
          notes(d),
          [agreement(d, mine, need ? rules.needs.filter((n) => n.id === need)[0].title : '')]
        )
      );
    }

    /* order: combine.agenda(); agreed: the session's agreements per domain. */
    function renderAgenda(combined, order, agreed) {
      shown = combined ? { combined, order } : null;
      if (!combined) {
        ui.replace(byId('zs-agenda'), [h('p', { text: 'Nog geen bestanden gekozen.' })]);
        return;
      }
      ui.replace(
        byId('zs-agenda'),
        order.map((entry, i) => item(entry, i, agreed))
      );
    }

    /* One domain drawn again after an agreement changed (what prints follows the controls);
     * the control that had the focus gets it back, and folded parts stay as they were. */
    function refresh(domainId, agreed) {
      const old = byId('zs-agenda').querySelector('[data-domain-item="' + domainId + '"]');
      if (!old || !shown) {
        return;
      }
      const position = shown.order.map((x) => x.id).indexOf(domainId);
      const focused =
        document.activeElement && old.contains(document.activeElement) ? document.activeElement.id : '';
      const open = Array.prototype.map.call(old.querySelectorAll('details'), (x) => x.open);
      const fresh = item(shown.order[position], position, agreed);
      Array.prototype.forEach.call(fresh.querySelectorAll('details'), (x, i) => {
        x.open = Boolean(open[i]);
      });
      old.parentNode.replaceChild(fresh, old);
      if (focused && byId(focused)) {
        byId(focused).focus();
      }
    }

    /* Below each domain's agreement: where the organisation stands with these answers. */
    function renderResults(results) {
      results.domains.forEach((r) => {
        const line = byId('zs-agree-' + r.id + '-result');
        if (!line) {
          return;
        }
        let text = 'Niveau van de organisatie: ';
        if (r.levelState !== 'known') {
          text += r.levelState === 'unknown' ? unknown.title : 'nog niet te bepalen';
        } else {
          text +=
            levels[r.level].title +
            (r.progress
              ? ', ' + r.progress.met + ' van ' + r.progress.total + ' voor ' + levels[r.progress.level].title
              : '');
        }
        text += r.priority ? '. ' + priorities[r.priority].title + '.' : '.';
        line.textContent = text;
      });
    }

    function renderPlan(results, combined) {
      const items = results.plan.map((id, i) => {
        const result = byDomain(results.domains, id);
        const summary = byDomain(combined.domains, id);
        const domain = domains[id];
        return h('article', { className: 'zs-plan-item' }, [
          h('h4', { text: i + 1 + '. ' + domain.title }),
          h('p', {
            className: 'zs-plan-priority zs-rank-' + (result.priorityRank || 'none'),
            text:
              (result.priority
                ? priorities[result.priority].title
                : 'Geen prioriteit: te weinig antwoorden over de nood') +
              ' · organisatie: ' +
              levels[result.level].title +
              ' · ' +
              count(summary.respondents, 'niveau', 'niveaus') +
              ' gegeven'
          }),
          summary.disagreement
            ? h('p', {
                className: 'zs-flag',
                text:
                  'Let op: de antwoorden lopen uiteen, van ' +
                  levelName(summary.level.min) +
                  ' tot ' +
                  levelName(summary.level.max) +
                  '. Bespreek dit domein eerst samen.'
              })
            : null,
          result.actions.length
            ? h(
                'ul',
                { className: 'zs-plan-actions' },
                result.actions.map((actionId) => {
                  const a = actions[actionId].action;
                  return h('li', {}, [
                    h('a', { href: domain.page + '#' + a.id, text: a.title }),
                    ' ',
                    h('span', { text: a.description })
                  ]);
                })
              )
            : h('p', { text: 'Geen acties nodig om een niveau hoger te komen.' })
        ]);
      });
      ui.replace(
        byId('zs-plan'),
        items.length ? items : [h('p', { text: 'Nog geen domein met een niveau: niemand gaf antwoord.' })]
      );
    }

    return { renderAgenda, refresh, renderResults, renderPlan };
  }

  zs.roundagenda = { create };
})(typeof self !== 'undefined' ? self : this);
