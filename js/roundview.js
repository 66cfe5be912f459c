/* Open Data Zelfscan: what the combine page shows of a round: who took part, the summary, the
 * radar, the table per domain, the groups (per profile, leadership against hands-on, only with
 * enough respondents) and the comparison with an earlier round. Text only, never HTML; the
 * numbers come from Zelfscan.combine. */
(function (root) {
  'use strict';

  const zs = (root.Zelfscan = root.Zelfscan || {});
  const FOLD_SOURCES_ABOVE = 20; // a list of more people than this folds (see renderSources)

  function create(rules, byId) {
    const { format, ui } = zs;
    const h = ui.h;
    const count = format.count;
    const levels = rules.levels;
    const profiles = ui.index(rules.profiles);
    const perspectives = ui.index(rules.perspectives);
    const domains = ui.index(rules.domains);
    const statements = zs.engine.statementIndex(rules);
    const minGroup = rules.round.minGroup;

    const levelName = (score) => (score === null || score === undefined ? '–' : levels[score].title);
    const needName = (score) => (score === null ? '–' : rules.needs[score].title);
    const profileName = (id) => (profiles[id] ? profiles[id].title : 'Zonder profiel');
    function spreadText(summary) {
      if (!summary.count) {
        return '–';
      }
      return summary.min === summary.max
        ? levelName(summary.min)
        : levelName(summary.min) + ' – ' + levelName(summary.max);
    }
    function statementText(id) {
      return statements[id] ? statements[id].statement.text : id;
    }
    const disagreementText = 'Ja: ' + rules.round.disagreement + ' niveaus of meer verschil';

    /* people: combine's labels; meta: per respondent {source, file, round, exportedAt,
     * catalogVersion, sameCatalog}. */
    function renderSources(people, meta) {
      if (!people.length) {
        ui.replace(byId('zs-combine-sources'), []);
        return;
      }
      const box = byId('zs-combine-sources');
      const wasOpen = Boolean(box.querySelector('details[open]'));
      const table = ui.table(
        'Wie deed mee (' + people.length + ')',
        ['Wie', 'Profiel', 'Bron', 'Ronde', 'Gemaakt op', 'Verwijderen'],
        people.map((p, i) => {
          const m = meta[i];
          const source =
            m.source === 'link' ? 'link' : m.file + (m.sameCatalog ? '' : ' (andere versie van het model)');
          return [
            p.label,
            p.profile ? profileName(p.profile) : 'niet opgegeven',
            source,
            m.round || '–',
            m.exportedAt ? format.shortDate(m.exportedAt) : '–',
            h('button', { type: 'button', className: 'md-button zs-remove', 'data-remove': String(i) }, [
              'Verwijder',
              h('span', { className: 'zs-visually-hidden', text: ' ' + p.label })
            ])
          ];
        }),
        true
      );
      /* A team round lists everyone; a survey's file can bring a hundred rows, which would push
       * the differences far down: then the list folds, and stays open once opened. */
      ui.replace(box, [
        people.length <= FOLD_SOURCES_ABOVE
          ? table
          : h('details', { className: 'zs-rest', open: wasOpen }, [
              h('summary', { text: 'Toon wie deed mee (' + people.length + ' zelfscans)' }),
              table
            ])
      ]);
    }

    function renderSummary(combined, remarks) {
      const n = combined.respondents;
      const flagged = combined.domains.filter((d) => d.disagreement).length;
      const gaps = combined.domains.filter((d) => d.gap && d.gap.flagged).length;
      const split = combined.domains.reduce((sum, d) => sum + d.statements.filter((s) => s.split).length, 0);
      let text = n === 1 ? '1 zelfscan ingelezen. ' : n + ' zelfscans samengevoegd. ';
      if (n === 1) {
        text +=
          "Voeg de antwoorden van meer collega's toe: pas dan zie je waar jullie het eens of oneens zijn.";
      } else if (flagged) {
        text +=
          'Bij ' +
          count(flagged, 'domein', 'domeinen') +
          ' liggen de antwoorden ' +
          format.word(rules.round.disagreement) +
          ' niveaus of meer uit elkaar: bespreek ' +
          (flagged === 1 ? 'dat' : 'die') +
          ' eerst samen.';
      } else {
        text +=
          'Nergens liggen de antwoorden ' +
          format.word(rules.round.disagreement) +
          ' niveaus of meer uit elkaar.';
      }
      const more = [];
      if (n > 1 && split) {
        more.push('Over ' + count(split, 'uitspraak', 'uitspraken') + ' zijn jullie sterk verdeeld.');
      }
      if (gaps) {
        more.push(
          'Bij ' +
            count(gaps, 'domein', 'domeinen') +
            ' zien ' +
            rules.perspectives.map((p) => p.title.toLowerCase()).join(' en ') +
            ' het anders (een verschil van ' +
            count(rules.round.gap, 'niveau', 'niveaus').replace(/^\d+/, format.word(rules.round.gap)) +
            ' of meer).'
        );
      }
      ui.replace(byId('zs-summary'), [
        h('p', { text: text + (more.length ? ' ' + more.join(' ') : '') }),
        remarks.length
          ? h(
              'ul',
              { className: 'zs-notes' },
              remarks.map((r) => h('li', { text: r }))
            )
          : null
      ]);
    }

    function renderRadar(combined) {
      const series = [
        {
          name: 'Mediaan',
          className: 'zs-series-current',
          values: combined.domains.map((d) => d.level.median),
          min: combined.domains.map((d) => d.level.min),
          max: combined.domains.map((d) => d.level.max)
        }
      ];
      ui.replace(byId('zs-radar'), [
        ui.radarChart(
          rules,
          series,
          'Radargrafiek met de mediaan van de antwoorden per domein en een band van het laagste tot het hoogste antwoord.'
        ),
        h('ul', { className: 'zs-legend zs-combine-legend' }, [
          h('li', {}, [
            h('span', { className: 'zs-swatch', 'aria-hidden': 'true' }),
            'Lijn: mediaan (het middelste antwoord)'
          ]),
          h('li', {}, [
            h('span', { className: 'zs-swatch zs-swatch-band', 'aria-hidden': 'true' }),
            'Vlak: spreiding (laagste tot hoogste antwoord)'
          ])
        ])
      ]);
    }

    /* organisation: the scored organisation answers (proposal and agreements). */
    function renderTable(combined, organisation) {
      ui.replace(byId('zs-table'), [
        ui.table(
          'Mediaan, spreiding en onenigheid per domein',
          [
            'Domein',
            'Respondenten',
            'Mediaan maturiteit',
            'Spreiding',
            'Mediaan nood',
            'Oneens?',
            'Organisatie'
          ],
          combined.domains.map((d, i) => {
            const org = organisation.domains[i];
            return [
              domains[d.id].title,
              String(d.respondents),
              levelName(d.level.median),
              spreadText(d.level),
              needName(d.need.median),
              d.disagreement ? h('span', { className: 'zs-flag', text: disagreementText }) : 'Nee',
              org.levelState === 'known' ? levelName(org.levelScore) : '–'
            ];
          }),
          true
        ),
        h('p', {
          className: 'zs-table-note',
          text:
            'Respondenten: wie voor dat domein een niveau gaf (alle uitspraken tot waar het stokt, of zelf een niveau). ' +
            'Wie "' +
            rules.unknown.title +
            '" koos of halverwege stopte, telt daar niet mee. Organisatie: het niveau dat volgt uit jullie ' +
            'afspraken, en waar niets is afgesproken uit wat de meesten per uitspraak antwoordden.'
        })
      ]);
    }

    /* Which groups are too small to show apart, in words ('' when none). */
    function smallGroups(combined) {
      const small = combined.groups.filter((g) => g.count < minGroup).map((g) => profileName(g.profile));
      if (!small.length) {
        return '';
      }
      return (
        'Niet apart getoond: ' +
        small.join(', ') +
        '. Daarvan deden minder dan ' +
        format.word(minGroup) +
        " collega's mee: hun resultaat per profiel zou tonen wie wat antwoordde. Hun antwoorden tellen wel mee in de mediaan van alle respondenten."
      );
    }

    function renderProfiles(combined) {
      const shown = rules.profiles
        .concat([{ id: '', title: 'Zonder profiel' }])
        .filter((p) => combined.groups.some((g) => g.profile === p.id && g.count >= minGroup));
      const note = smallGroups(combined);
      const parts = [];
      if (shown.length) {
        parts.push(
          ui.table(
            'Mediaan maturiteit per profiel (aantal antwoorden)',
            ['Domein'].concat(shown.map((c) => c.title)),
            combined.domains.map((d) =>
              [domains[d.id].title].concat(
                shown.map((c) => {
                  const found = d.profiles.filter((x) => x.profile === c.id)[0];
                  return found ? levelName(found.median) + ' (' + found.count + ')' : 'te weinig antwoorden';
                })
              )
            ),
            true
          )
        );
      } else {
        parts.push(
          h('p', { text: 'Nog geen profiel met minstens ' + format.word(minGroup) + " collega's." })
        );
      }
      if (note) {
        parts.push(h('p', { className: 'zs-table-note', text: note }));
      }
      ui.replace(byId('zs-profiles'), parts);
    }

    function renderGap(combined) {
      if (rules.perspectives.length !== 2) {
        ui.replace(byId('zs-gap'), []);
        return;
      }
      const short = combined.perspectives.filter((p) => p.count < minGroup);
      if (short.length) {
        ui.replace(byId('zs-gap'), [
          h('p', {
            text:
              'Nog niet te vergelijken: ' +
              short
                .map(
                  (p) =>
                    perspectives[p.perspective].title + ' (' + count(p.count, 'collega', "collega's") + ')'
                )
                .join(' en ') +
              '. Elke groep heeft minstens ' +
              format.word(minGroup) +
              " collega's nodig."
          })
        ]);
        return;
      }
      const titles = rules.perspectives.map((p) => p.title);
      ui.replace(byId('zs-gap'), [
        ui.table(
          'Mediaan maturiteit van wie stuurt en wie uitvoert (aantal antwoorden)',
          ['Domein'].concat(titles, ['Verschil?']),
          combined.domains.map((d) => {
            if (!d.gap) {
              return [domains[d.id].title].concat(
                titles.map(() => 'te weinig antwoorden'),
                ['–']
              );
            }
            const cells = d.gap.groups.map((g) => levelName(g.median) + ' (' + g.count + ')');
            const flag = d.gap.flagged
              ? h('span', {
                  className: 'zs-flag',
                  text:
                    'Ja: ' +
                    (d.gap.difference > 0 ? titles[0] : titles[1]) +
                    ' ziet het ' +
                    count(Math.abs(d.gap.difference), 'niveau', 'niveaus') +
                    ' hoger'
                })
              : 'Nee';
            return [domains[d.id].title].concat(cells, [flag]);
          }),
          true
        )
      ]);
    }

    const WORDS = { up: 'hoger', down: 'lager', same: 'gelijk' };
    function answerTitle(id) {
      if (id === rules.statementAnswers.yes.id) {
        return rules.statementAnswers.yes.title;
      }
      if (id === rules.statementAnswers.no.id) {
        return rules.statementAnswers.no.title;
      }
      return id === rules.unknown.id ? rules.unknown.title : '–';
    }

    /* comparison: combine.compareRounds(earlier, now); label: how the earlier round is called. */
    function renderRounds(comparison, label) {
      if (!comparison) {
        ui.replace(byId('zs-rounds'), []);
        return;
      }
      const table = ui.table(
        'Niveau van de organisatie: ' + label + ' en nu',
        ['Domein', label, 'Nu', 'Verandering', 'Mediaan ' + label, 'Mediaan nu'],
        comparison.domains.map((d) => [
          domains[d.id].title,
          levelName(d.earlier),
          levelName(d.current),
          d.change ? WORDS[d.change] : 'niet te vergelijken',
          levelName(d.medianEarlier),
          levelName(d.medianCurrent)
        ]),
        true
      );
      const list = (items, title, empty, className) => [
        h('h3', { text: title }),
        items.length
          ? h(
              'ul',
              { className },
              items.map((x) => {
                const s = comparison.domains
                  .filter((d) => d.id === x.domain)[0]
                  .statements.filter((y) => y.id === x.statement)[0];
                return h('li', {}, [
                  h('strong', { text: domains[x.domain].title + ': ' }),
                  statementText(x.statement) +
                    ' (' +
                    answerTitle(s.earlier) +
                    ' → ' +
                    answerTitle(s.current) +
                    ')'
                ]);
              })
            )
          : h('p', { text: empty })
      ];
      ui.replace(
        byId('zs-rounds'),
        [table].concat(
          list(
            comparison.gains,
            'Vooruit: nu wel, ' + label + ' niet (' + comparison.gains.length + ')',
            'Geen uitspraak die er nu bij kwam.',
            'zs-gains'
          ),
          list(
            comparison.drops,
            'Achteruit: ' + label + ' wel, nu niet (' + comparison.drops.length + ')',
            'Geen uitspraak die nu niet meer klopt.',
            'zs-drops'
          )
        )
      );
    }

    return {
      renderSources,
      renderSummary,
      renderRadar,
      renderTable,
      renderProfiles,
      renderGap,
      renderRounds,
      levelName
    };
  }

  zs.roundview = { create };
})(typeof self !== 'undefined' ? self : this);
