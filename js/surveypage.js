/* Open Data Zelfscan: the page that analyses a staff survey's answers file in the browser.
 * Thin: reading, matching and figures come from Zelfscan.csvfile, .surveyanswers and
 * .surveyanalysis; this script reads the chosen file, draws tables and charts, and
 * offers the figures as CSV, the statements as self-scans for the combine page and the
 * suggested needs for the self-scan (written only after a confirmation). */
(function () {
  'use strict';

  if (!window.Zelfscan || !window.Zelfscan.start) {
    console.error('Open Data Zelfscan: js/boot.js did not load');
    return;
  }
  var parts = [
    'rules',
    'survey',
    'format',
    'exportfile',
    'storage',
    'downloads',
    'ui',
    'csvfile',
    'surveyanswers',
    'surveyanalysis',
    'surveycharts'
  ];
  window.Zelfscan.start('bevraging-analyse', parts, function (zs, root) {
    var rules = zs.rules;
    var survey = zs.survey;
    var csvfile = zs.csvfile;
    var answers = zs.surveyanswers;
    var analysis = zs.surveyanalysis;
    var charts = zs.surveycharts;
    var ui = zs.ui;
    var count = zs.format.count;
    var h = ui.h;
    var byId = function (id) {
      return document.getElementById(id);
    };
    var domains = ui.index(rules.domains);
    var needs = ui.index(rules.needs);
    var small = 'minder dan ' + survey.minGroupSize;
    var questions = [];
    survey.parts.forEach(function (p) {
      p.questions.forEach(function (q) {
        questions.push({ part: p, question: q });
      });
    });
    var current = null; // {name, read, results, encoding, separator}

    function say(message, kind) {
      ui.say(byId('zs-message'), message, kind);
    }
    function pct(value) {
      return value === null ? '–' : value + '%';
    }
    function mark(text, attrs) {
      return h('span', attrs, [text]);
    }

    /* ---------- reading a file ---------- */
    function chosen(file) {
      if (file.size > csvfile.MAX_BYTES) {
        refuse('Het bestand is te groot (meer dan 5 MB).');
        return;
      }
      var reader = new FileReader();
      reader.onerror = function () {
        refuse('Het bestand kon niet gelezen worden.');
      };
      reader.onload = function () {
        analyseBytes(file.name, new Uint8Array(reader.result));
      };
      reader.readAsArrayBuffer(file);
    }

    /* A file that cannot be read changes nothing: the analysis shown stays. */
    function refuse(message) {
      say(message + (current ? ' De analyse van ' + current.name + ' blijft staan.' : ''), 'error');
    }

    function analyseBytes(name, bytes) {
      var decoded = csvfile.decode(bytes);
      if (!decoded.ok) {
        refuse(name + ' is niet ingelezen. ' + decoded.error);
        return;
      }
      var parsed = csvfile.parse(decoded.text);
      var read = answers.read(survey, parsed.rows);
      if (!read.ok) {
        refuse(name + ' is niet ingelezen. ' + read.error);
        return;
      }
      read.problems = parsed.problems
        .map(function (p) {
          return { row: null, column: null, message: p };
        })
        .concat(read.problems);
      current = {
        name: name,
        read: read,
        results: analysis.analyse(survey, rules, read),
        encoding: decoded.encoding,
        separator: parsed.separatorName
      };
      render();
      var issues = read.problems.length + read.moreProblems;
      say(
        name +
          ': ' +
          count(read.respondents.length, 'antwoord', 'antwoorden') +
          ' ingelezen' +
          (issues ? ', met ' + count(issues, 'melding', 'meldingen') + ' (zie hieronder).' : '.'),
        issues ? 'warning' : 'ok'
      );
    }

    /* ---------- rendering ---------- */
    function render() {
      var r = current.results;
      renderProblems();
      ui.replace(byId('zs-survey-summary'), [
        h('p', {
          text:
            count(r.respondents, 'antwoord', 'antwoorden') +
            ' uit ' +
            current.name +
            ' (' +
            current.separator +
            ' als scheidingsteken, tekens als ' +
            current.encoding.toUpperCase() +
            '). ' +
            count(current.read.found.length, 'vraag', 'vragen') +
            ' uit de vragenbank gevonden.'
        })
      ]);
      byId('zs-print-meta').textContent =
        'Bevraging ' +
        current.name +
        ' · geanalyseerd op ' +
        zs.format.shortDate(new Date().toISOString()) +
        ' · vragenbank van catalogusversie ' +
        rules.catalogVersion;
      renderGroups(r);
      renderNeeds(r);
      renderDomainNeeds(r);
      renderQuestions(r);
      renderStatements(r);
      ['zs-survey-csv', 'zs-print'].forEach(function (id) {
        byId(id).disabled = false;
      });
      byId('zs-survey-bundle').disabled = !r.statementRespondents;
      byId('zs-survey-handover').disabled = !r.domainNeeds.some(function (d) {
        return d.need;
      });
      ui.say(byId('zs-handover-message'), '');
    }

    function renderProblems() {
      var read = current.read;
      var items = read.problems.map(function (p) {
        var where = p.row ? 'Rij ' + p.row + (p.column ? ', kolom ' + p.column : '') + ': ' : '';
        return h('li', { text: where + p.message });
      });
      if (read.moreProblems) {
        items.push(h('li', { text: 'En nog ' + count(read.moreProblems, 'melding', 'meldingen') + '.' }));
      }
      var parts = [];
      if (items.length) {
        parts.push(h('p', { text: 'Wat niet meetelt:' }), h('ul', { className: 'zs-notes' }, items));
      }
      if (read.unmatched.length) {
        parts.push(
          h('p', {
            text:
              'Deze kolommen horen niet bij de vragenlijst en tellen niet mee: ' +
              read.unmatched.join(', ') +
              '.'
          })
        );
      }
      if (read.missing.length) {
        parts.push(
          h('p', {
            text: 'Deze vragen staan niet in het bestand (niet gesteld?): ' + read.missing.join(', ') + '.'
          })
        );
      }
      if (read.headerRow > 1) {
        parts.push(
          h('p', {
            text: 'De kolomkoppen staan op rij ' + read.headerRow + '; de rijen erboven zijn overgeslagen.'
          })
        );
      }
      ui.replace(
        byId('zs-survey-problems'),
        parts.length
          ? [
              h(
                'section',
                { className: 'zs-survey-report', 'aria-labelledby': 'zs-report-title' },
                [h('h2', { id: 'zs-report-title', text: 'Meldingen bij het bestand' })].concat(parts)
              )
            ]
          : []
      );
    }

    function renderGroups(r) {
      ui.replace(byId('zs-survey-groups'), [
        ui.table(
          'Aantal antwoorden per profiel',
          ['Profiel', 'Antwoorden'],
          r.groups.map(function (g) {
            return [g.title, mark(g.shown ? String(g.count) : small, { 'data-group-count': g.id })];
          })
        )
      ]);
    }

    function questionOf(id) {
      return questions.filter(function (x) {
        return x.question.id === id;
      })[0].question;
    }

    function renderNeeds(r) {
      var blocks = [];
      r.groups.forEach(function (g) {
        var top = r.topNeeds[g.id];
        blocks.push(h('h4', { text: g.title }));
        if (!g.shown || !top.length) {
          blocks.push(
            h('p', {
              text: g.shown
                ? 'Geen stelling over een nood met genoeg antwoorden.'
                : 'Te weinig antwoorden (' + small + ').'
            })
          );
          return;
        }
        var items = top.map(function (t) {
          return { label: t.id + '. ' + questionOf(t.id).text, percent: t.agree };
        });
        blocks.push(
          charts.bars('Grootste noden: ' + g.title + '. De cijfers staan in de tabel eronder.', items)
        );
        blocks.push(
          ui.table(
            'Grootste noden: ' + g.title,
            ['Stelling', 'Akkoord'],
            top.map(function (t) {
              return [
                t.id + '. ' + questionOf(t.id).text,
                mark(pct(t.agree), { 'data-need-group': g.id, 'data-question': t.id })
              ];
            })
          )
        );
      });
      ui.replace(byId('zs-survey-needs'), blocks);
    }

    function renderDomainNeeds(r) {
      ui.replace(byId('zs-survey-domain-needs'), [
        ui.table(
          'Voorgestelde nood per domein',
          ['Domein', 'Stellingen die meetellen', 'Gemiddeld akkoord', 'Voorstel'],
          r.domainNeeds.map(function (d) {
            var used = d.items
              .map(function (i) {
                return i.id + (i.counted ? ' (' + i.agree + '%)' : ' (' + small + ' antwoorden)');
              })
              .join(', ');
            return [
              domains[d.domain].title,
              used || 'geen',
              pct(d.percent),
              mark(d.need ? needs[d.need].title : 'geen voorstel', {
                'data-domain-need': d.domain,
                'data-need': d.need || ''
              })
            ];
          })
        )
      ]);
    }

    function questionBlock(r, entry, index) {
      var q = entry.question;
      var figures = r.questions[index].groups;
      var shown = r.groups.filter(function (g) {
        return figures[g.id].shown;
      });
      var head = ['Antwoord'].concat(
        r.groups.map(function (g) {
          return g.title;
        })
      );
      var block = [h('h4', { id: 'vraag-' + q.id, text: q.id + '. ' + q.text })];
      if (q.type === 'open') {
        block.push(
          ui.table(
            'Aantal dat iets schreef bij ' + q.id,
            ['Open vraag'].concat(
              r.groups.map(function (g) {
                return g.title;
              })
            ),
            [
              ['Schreef iets'].concat(
                r.groups.map(function (g) {
                  return mark(figures[g.id].shown ? String(figures[g.id].n) : small, {
                    'data-group': g.id,
                    'data-answered': q.id
                  });
                })
              )
            ]
          )
        );
        return block;
      }
      if (shown.length && q.type !== 'meerkeuze') {
        var lastApart = q.options.length && q.options[q.options.length - 1].dontKnow;
        block.push(
          charts.stacked(
            'Verdeling van de antwoorden op ' + q.id + ' per profiel. De cijfers staan in de tabel eronder.',
            shown.map(function (g) {
              var f = figures[g.id];
              return {
                label: g.title,
                parts: f.options.map(function (o) {
                  return (100 * o.count) / f.n;
                })
              };
            }),
            lastApart
          )
        );
        block.push(
          charts.legend(
            q.options.map(function (o) {
              return o.text;
            }),
            lastApart
          )
        );
      } else if (shown.length) {
        block.push(
          charts.bars(
            'Deel dat elk antwoord op ' +
              q.id +
              ' aanduidde, bij iedereen. De cijfers staan in de tabel eronder.',
            q.options.map(function (o, i) {
              return { label: o.text, percent: figures[r.groups[0].id].options[i].percent || 0 };
            })
          )
        );
      }
      var rows = q.options.map(function (o, i) {
        return [o.text].concat(
          r.groups.map(function (g) {
            return mark(pct(figures[g.id].options[i].percent), {
              'data-group': g.id,
              'data-question': q.id,
              'data-code': o.code
            });
          })
        );
      });
      if (q.type === 'stelling') {
        rows.push(
          ['Samen akkoord'].concat(
            r.groups.map(function (g) {
              return mark(pct(figures[g.id].agree), { 'data-group': g.id, 'data-agree': q.id });
            })
          )
        );
      }
      rows.push(
        ['Antwoorden'].concat(
          r.groups.map(function (g) {
            return mark(figures[g.id].shown ? String(figures[g.id].n) : small, {
              'data-group': g.id,
              'data-answered': q.id
            });
          })
        )
      );
      block.push(
        ui.table('Antwoorden op ' + q.id + ' per profiel, in procent van wie antwoordde', head, rows)
      );
      if (q.benchmark) {
        block.push(
          h('p', {
            className: 'zs-table-note',
            text:
              'In de bron: ' +
              q.benchmark.percent +
              '% samen akkoord (' +
              q.benchmark.group +
              '). ' +
              q.benchmark.source
          })
        );
      }
      return block;
    }

    function renderQuestions(r) {
      var blocks = [];
      questions.forEach(function (entry, index) {
        if (index === 0 || questions[index - 1].part !== entry.part) {
          blocks.push(h('h4', { className: 'zs-survey-part', text: 'Deel: ' + entry.part.title }));
        }
        blocks = blocks.concat(questionBlock(r, entry, index));
      });
      ui.replace(byId('zs-survey-questions'), blocks);
    }

    function renderStatements(r) {
      if (!r.statementRespondents) {
        ui.replace(byId('zs-survey-statements'), [
          h('p', { text: 'In dit bestand staan geen antwoorden op de uitspraken van de zelfscan.' })
        ]);
        return;
      }
      var blocks = [
        h('p', {
          text:
            count(r.statementRespondents, 'respondent', 'respondenten') +
            ' beantwoordde uitspraken van de zelfscan. ' +
            'Met de knop hieronder download je hun antwoorden als zelfscans, één per respondent, om ze op de pagina Samenvoegen samen te leggen.'
        })
      ];
      r.statements.forEach(function (d, i) {
        var domain = survey.statements.domains[i];
        blocks.push(
          ui.table(
            domains[d.domain].title + ': antwoorden op de uitspraken, bij iedereen',
            ['Uitspraak']
              .concat(
                survey.statements.answers.map(function (a) {
                  return a.text;
                })
              )
              .concat(['Antwoorden']),
            d.statements.map(function (s, j) {
              return [domain.statements[j].text]
                .concat(
                  s.answers.map(function (a) {
                    return mark(pct(a.percent), { 'data-statement': s.id, 'data-answer': a.answer });
                  })
                )
                .concat([s.shown ? String(s.n) : small]);
            })
          )
        );
      });
      ui.replace(byId('zs-survey-statements'), blocks);
    }

    /* ---------- results out: CSV, self-scans, needs into the self-scan ---------- */
    function today() {
      return zs.format.isoDate(new Date());
    }

    function downloadBundle() {
      var now = new Date();
      var exports = analysis.respondentsFromSurvey(survey, rules, current.read, now, current.name);
      ui.download(
        'bevraging-zelfscans-' + today() + '.json',
        JSON.stringify(analysis.bundle(rules, exports, now, current.name), null, 2),
        'application/json'
      );
      say(
        'Het bestand bevraging-zelfscans-' +
          today() +
          '.json bevat ' +
          count(exports.length, 'zelfscan', 'zelfscans') +
          '.',
        'ok'
      );
    }

    /* The suggested needs go into the self-scan saved in this browser, after the data
     * manager confirms which needs change; levels, targets and notes stay as they are. */
    function handOver() {
      var box = byId('zs-handover-message');
      var backend = null;
      try {
        backend = window.localStorage;
      } catch (e) {
        backend = null;
      }
      var store = zs.storage.open(
        rules,
        backend || {
          getItem: function () {
            throw new Error('blocked');
          }
        }
      );
      var loaded = store.load();
      if (loaded.status !== 'ok') {
        ui.say(
          box,
          'De zelfscan in deze browser kon niet gelezen worden, dus er is niets overgenomen.' +
            (loaded.problem ? ' ' + loaded.problem : ''),
          'error'
        );
        return;
      }
      var state = loaded.state;
      var changes = current.results.domainNeeds.filter(function (d) {
        return d.need && (!state.domains[d.domain] || state.domains[d.domain].need !== d.need);
      });
      if (!changes.length) {
        ui.say(box, 'De zelfscan in deze browser heeft al deze noden. Er is niets veranderd.', 'ok');
        return;
      }
      var replaced = changes.filter(function (d) {
        return state.domains[d.domain] && state.domains[d.domain].need;
      });
      var question =
        'De zelfscan in deze browser krijgt bij ' +
        count(changes.length, 'domein', 'domeinen') +
        ' de nood uit de bevraging' +
        (replaced.length
          ? '. Bij ' +
            replaced
              .map(function (d) {
                return domains[d.domain].title;
              })
              .join(', ') +
            ' vervangt die de nood die je al koos'
          : '') +
        '. Je niveaus, doelen en notities blijven. Doorgaan?';
      if (!window.confirm(question)) {
        ui.say(box, 'Er is niets overgenomen.', '');
        return;
      }
      changes.forEach(function (d) {
        if (!state.domains[d.domain]) {
          state.domains[d.domain] = zs.exportfile.emptyAnswer();
        }
        state.domains[d.domain].need = d.need;
      });
      var saved = store.save(state);
      if (!saved.ok) {
        ui.say(box, 'De zelfscan kon niet bewaard worden in je browser. Er is niets overgenomen.', 'error');
        return;
      }
      ui.say(box, 'Overgenomen bij ' + count(changes.length, 'domein', 'domeinen') + '. ', 'ok');
      box.appendChild(h('a', { href: 'zelfscan.html', text: 'Open de zelfscan om ze na te kijken.' }));
    }

    /* ---------- wiring ---------- */
    byId('zs-survey-button').addEventListener('click', function () {
      byId('zs-survey-file').click();
    });
    byId('zs-survey-file').addEventListener('change', function (event) {
      var file = event.target.files && event.target.files[0];
      if (file) {
        chosen(file);
      }
      event.target.value = '';
    });
    var drop = byId('zs-drop');
    drop.addEventListener('dragover', function (event) {
      event.preventDefault();
      drop.classList.add('zs-drop-active');
    });
    drop.addEventListener('dragleave', function (event) {
      if (!drop.contains(event.relatedTarget)) {
        drop.classList.remove('zs-drop-active');
      }
    });
    drop.addEventListener('drop', function (event) {
      event.preventDefault();
      drop.classList.remove('zs-drop-active');
      if (event.dataTransfer && event.dataTransfer.files.length) {
        chosen(event.dataTransfer.files[0]);
      }
    });
    ['dragover', 'drop'].forEach(function (type) {
      document.addEventListener(type, function (event) {
        if (drop.contains(event.target)) {
          return;
        }
        event.preventDefault();
        if (event.dataTransfer) {
          event.dataTransfer.dropEffect = 'none';
        }
      });
    });
    byId('zs-survey-csv').addEventListener('click', function () {
      ui.download(
        'bevraging-resultaten-' + today() + '.csv',
        zs.downloads.csv(analysis.resultRows(survey, rules, current.results)),
        'text/csv'
      );
    });
    byId('zs-survey-bundle').addEventListener('click', downloadBundle);
    byId('zs-survey-handover').addEventListener('click', handOver);
    byId('zs-print').addEventListener('click', function () {
      window.print();
    });
    byId('zs-survey-button').disabled = false;
    if (
      root.getAttribute('data-catalog-version') !== rules.catalogVersion ||
      survey.catalogVersion !== rules.catalogVersion
    ) {
      say(
        'Let op: de pagina en de vragenbank horen bij een andere versie van het model. Herlaad de pagina.',
        'warning'
      );
    }
  });
})();
