/* Open Data Zelfscan: the answers of a staff survey, read from the rows of a CSV file.
 * Pure functions (no DOM). Columns are matched to the survey by question id, in the shapes
 * the platforms export: LimeSurvey's codes ("A4", "A14[3]", "Zkennis[sq]", also "A14_3"),
 * code and text ("A4. Ik weet ..."), or the full question text ("Ik weet ... [answer]"); the
 * Forms or EUSurvey titles made from the question list start with the id too. A cell may hold
 * the answer code ("4"), the code with the id ("A4-4"), the answer's text ("Akkoord") or the
 * code and the text ("4 Akkoord").
 * Nothing is guessed: a column or value that does not fit is reported in Dutch with its row
 * and column, and the rest of the file still counts. */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory(require('./csvfile.js'));
  } else {
    const zs = (root.Zelfscan = root.Zelfscan || {});
    zs.surveyanswers = factory(zs.csvfile);
  }
})(typeof self !== 'undefined' ? self : this, function (csv) {
  'use strict';

  var MAX_PROBLEMS = 200;
  var HEADER_SEARCH = 10;
  var CHOSEN = ['y', 'ja', 'yes', '1', 'true', 'waar', 'x'];
  var NOT_CHOSEN = ['', 'n', 'nee', 'no', '0', 'false', 'onwaar'];
  var HEADING = /^\s*([A-Za-z][A-Za-z0-9]*)(?:\s*\[([^\]]*)\]|_([A-Za-z0-9]+))?(?=$|[\s.:)\-–])/;
  var LABEL = /^\s*([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)?)-([A-Za-z0-9]+)(?=$|\s)/;
  var TEXT_AND_SUB = /^(.*?)\s*\[([^\]]+)\]\s*$/;

  function norm(text) {
    return String(text).replace(/\s+/g, ' ').trim().toLowerCase();
  }

  function byKey(list, key) {
    var map = Object.create(null);
    list.forEach(function (item) {
      var k = key(item);
      if (!(k in map)) {
        map[k] = item;
      }
    });
    return map;
  }

  /* Everything a column can stand for: {kind, question | domain, option | statement}. */
  function targets(survey) {
    var ids = Object.create(null);
    var texts = Object.create(null);
    survey.parts.forEach(function (part) {
      part.questions.forEach(function (q) {
        var entry = {
          question: q,
          options: byKey(q.options, function (o) {
            return o.code.toLowerCase();
          }),
          optionTexts: byKey(q.options, function (o) {
            return norm(o.text);
          })
        };
        ids[q.id.toLowerCase()] = entry;
        texts[norm(q.text)] = entry;
      });
    });
    survey.statements.domains.forEach(function (d) {
      var entry = {
        domain: d,
        statements: byKey(d.statements, function (s) {
          return s.code.toLowerCase();
        }),
        statementTexts: byKey(d.statements, function (s) {
          return norm(s.text);
        })
      };
      ids[d.code.toLowerCase()] = entry;
      texts[norm(d.title)] = entry;
    });
    return { ids: ids, texts: texts };
  }

  /* What one heading stands for: {key, label, kind, entry, option | statement} or
   * {problem: Dutch text} or null (not part of the survey). */
  function matchHeading(heading, known) {
    var m = HEADING.exec(heading);
    var entry = m && known.ids[m[1].toLowerCase()];
    var sub = m && (m[2] !== undefined ? m[2] : m[3]);
    var byText = false;
    if (!entry) {
      var t = TEXT_AND_SUB.exec(heading);
      entry = known.texts[norm(t ? t[1] : heading)];
      sub = t ? t[2] : undefined;
      byText = true;
      if (!entry) {
        return null;
      }
    }
    if (entry.domain) {
      if (sub === undefined) {
        return null;
      }
      var s = byText ? entry.statementTexts[norm(sub)] : entry.statements[norm(sub)];
      if (!s) {
        return { problem: 'geen stelling "' + sub + '" in ' + entry.domain.code };
      }
      return {
        key: entry.domain.code + '[' + s.code + ']',
        label: entry.domain.code + '[' + s.code + ']',
        kind: 'statement',
        entry: entry,
        statement: s
      };
    }
    var q = entry.question;
    if (sub !== undefined && q.type === 'meerkeuze') {
      var o = byText ? entry.optionTexts[norm(sub)] : entry.options[norm(sub)];
      if (!o) {
        return { problem: 'vraag ' + q.id + ' heeft geen antwoord "' + sub + '"' };
      }
      return {
        key: q.id + '[' + o.code + ']',
        label: q.id + '[' + o.code + ']',
        kind: 'option',
        entry: entry,
        option: o
      };
    }
    if (sub !== undefined) {
      return null;
    } // "other", "comment", a ranking ...: not asked by us
    return {
      key: q.id,
      label: q.id,
      kind: q.type === 'meerkeuze' ? 'joined' : q.type === 'open' ? 'open' : 'single',
      entry: entry
    };
  }

  /* The header row: the first of the first rows with a column of the survey. */
  function findHeader(rows, known) {
    for (var i = 0; i < Math.min(rows.length, HEADER_SEARCH); i += 1) {
      if (
        rows[i].some(function (cell) {
          var m = matchHeading(cell, known);
          return m && !m.problem;
        })
      ) {
        return i;
      }
    }
    return -1;
  }

  /* The answer code a cell stands for in a list of options, or null. */
  function codeIn(value, id, options, optionTexts) {
    var v = value.trim();
    var direct = options[v.toLowerCase()];
    if (direct) {
      return direct.code;
    }
    var label = LABEL.exec(v);
    if (label && label[1].toLowerCase() === id.toLowerCase() && options[label[2].toLowerCase()]) {
      return options[label[2].toLowerCase()].code;
    }
    var text = optionTexts[norm(v)];
    if (text) {
      return text.code;
    }
    var split = /^(\S+)\s+(.+)$/.exec(v); // "4 Akkoord": the code, then its own text
    var coded = split && options[split[1].toLowerCase()];
    return coded && norm(coded.text) === norm(split[2]) ? coded.code : null;
  }

  function answerCodes(survey) {
    var codes = Object.create(null);
    var texts = Object.create(null);
    survey.statements.answers.forEach(function (a) {
      codes[a.code.toLowerCase()] = { code: a.answer };
      texts[norm(a.text)] = { code: a.answer };
    });
    return { codes: codes, texts: texts };
  }

  /* rows: the parsed rows of the file. Returns {ok: false, error} or {ok: true, headerRow,
   * respondents: [{row, profile, answers: {id: code | [codes] | true}, statements}],
   * found, missing, unmatched, problems, moreProblems}. Rows count like a spreadsheet's. */
  function read(survey, rows) {
    var known = targets(survey);
    var headerIndex = findHeader(rows, known);
    if (headerIndex < 0) {
      return {
        ok: false,
        error:
          'Geen enkele kolomkop hoort bij de vragenlijst. Staan de nummers van de ' +
          'vragen (zoals ' +
          survey.profileQuestion +
          ' en A4) vooraan in de kolomkoppen? Exporteer de antwoorden ' +
          'met de vraagcodes als kolomkoppen en kies het bestand opnieuw.'
      };
    }
    var header = rows[headerIndex];
    var problems = [];
    var more = 0;
    function problem(row, column, message) {
      if (problems.length >= MAX_PROBLEMS) {
        more += 1;
        return;
      }
      problems.push({ row: row, column: column === null ? null : csv.columnName(column), message: message });
    }
    var columns = [];
    var unmatched = [];
    var seen = Object.create(null);
    header.forEach(function (heading, index) {
      var m = matchHeading(heading, known);
      var where = csv.columnName(index);
      if (!m) {
        if (heading.trim()) {
          unmatched.push(where + ' (' + heading.trim().slice(0, 60) + ')');
        }
        return;
      }
      if (m.problem) {
        problem(
          headerIndex + 1,
          index,
          'Kolomkop "' + heading.trim().slice(0, 60) + '": ' + m.problem + '. Deze kolom telt niet mee.'
        );
        return;
      }
      if (seen[m.key] !== undefined) {
        problem(
          headerIndex + 1,
          index,
          'Deze kolom hoort ook bij ' +
            m.label +
            ', net als kolom ' +
            csv.columnName(seen[m.key]) +
            '. Alleen kolom ' +
            csv.columnName(seen[m.key]) +
            ' telt mee.'
        );
        return;
      }
      seen[m.key] = index;
      m.index = index;
      columns.push(m);
    });
    var found = Object.create(null);
    columns.forEach(function (c) {
      found[c.entry.question ? c.entry.question.id : c.entry.domain.code] = true;
    });
    var missing = [];
    survey.parts.forEach(function (p) {
      p.questions.forEach(function (q) {
        if (!found[q.id]) {
          missing.push(q.id);
        }
      });
    });
    if (!found[survey.profileQuestion]) {
      problem(
        null,
        null,
        'Er is geen kolom voor ' +
          survey.profileQuestion +
          ' (het profiel): alle antwoorden tellen als "zonder profiel".'
      );
    }
    var answers = answerCodes(survey);
    var respondents = [];
    for (var r = headerIndex + 1; r < rows.length; r += 1) {
      var cells = rows[r];
      if (
        !cells.some(function (c) {
          return c.trim() !== '';
        })
      ) {
        continue;
      }
      if (
        cells.length > header.length &&
        cells.slice(header.length).some(function (c) {
          return c.trim() !== '';
        })
      ) {
        problem(
          r + 1,
          header.length,
          'Deze rij heeft meer cellen dan er kolomkoppen zijn. Wat rechts van de laatste kolomkop staat, telt niet mee.'
        );
      }
      respondents.push(readRow(survey, columns, cells, r + 1, answers, problem));
    }
    if (!respondents.length) {
      return { ok: false, error: 'Het bestand heeft kolomkoppen, maar geen enkele rij met antwoorden.' };
    }
    return {
      ok: true,
      headerRow: headerIndex + 1,
      respondents: respondents,
      found: Object.keys(found),
      missing: missing,
      unmatched: unmatched,
      problems: problems,
      moreProblems: more
    };
  }

  function readRow(survey, columns, cells, rowNumber, answers, problem) {
    var respondent = {
      row: rowNumber,
      profile: '',
      answers: Object.create(null),
      statements: Object.create(null)
    };
    columns.forEach(function (c) {
      var value = cells[c.index] === undefined ? '' : cells[c.index];
      var v = value.trim();
      function bad(what) {
        problem(
          rowNumber,
          c.index,
          c.label + ': "' + v.slice(0, 60) + '" is ' + what + '. Dit antwoord telt niet mee.'
        );
      }
      if (c.kind === 'open') {
        if (v) {
          respondent.answers[c.entry.question.id] = true;
        }
        return;
      }
      if (c.kind === 'statement') {
        if (!v) {
          return;
        }
        var a = answers.codes[v.toLowerCase()] || answers.texts[norm(v)] || labelAnswer(v, c, answers);
        if (a) {
          respondent.statements[c.statement.id] = a.code;
        } else {
          bad('geen antwoord op een stelling (ja, nee of weet ik niet)');
        }
        return;
      }
      var q = c.entry.question;
      if (c.kind === 'single') {
        if (!v) {
          return;
        }
        var code = codeIn(v, q.id, c.entry.options, c.entry.optionTexts);
        if (code === null) {
          bad('geen antwoord van deze vraag');
          return;
        }
        respondent.answers[q.id] = code;
        if (q.id === survey.profileQuestion) {
          var option = c.entry.options[code.toLowerCase()];
          respondent.profile = option.profile || '';
        }
        return;
      }
      var chosen = respondent.answers[q.id] || [];
      if (c.kind === 'option') {
        var lower = v.toLowerCase();
        if (NOT_CHOSEN.indexOf(lower) >= 0) {
          return;
        }
        if (
          CHOSEN.indexOf(lower) >= 0 ||
          codeIn(v, q.id, c.entry.options, c.entry.optionTexts) === c.option.code
        ) {
          if (chosen.indexOf(c.option.code) < 0) {
            chosen.push(c.option.code);
          }
        } else {
          bad('geen ja of nee (aangeduid of niet)');
          return;
        }
      } else {
        v.split(';').forEach(function (part) {
          if (!part.trim()) {
            return;
          }
          var picked = codeIn(part, q.id, c.entry.options, c.entry.optionTexts);
          if (picked === null) {
            problem(
              rowNumber,
              c.index,
              q.id +
                ': "' +
                part.trim().slice(0, 60) +
                '" is geen antwoord van deze vraag. Dit antwoord telt niet mee.'
            );
          } else if (chosen.indexOf(picked) < 0) {
            chosen.push(picked);
          }
        });
      }
      if (chosen.length) {
        respondent.answers[q.id] = chosen;
      }
    });
    survey.parts.forEach(function (p) {
      p.questions.forEach(function (q) {
        var picked = respondent.answers[q.id];
        if (q.maxChoices && Array.isArray(picked) && picked.length > q.maxChoices) {
          problem(
            rowNumber,
            null,
            q.id +
              ': ' +
              picked.length +
              ' antwoorden aangeduid, hoogstens ' +
              q.maxChoices +
              ' waren gevraagd. Ze tellen allemaal mee.'
          );
        }
      });
    });
    return respondent;
  }

  function labelAnswer(value, column, answers) {
    var label = LABEL.exec(value);
    if (!label) {
      return null;
    }
    var id = label[1].toLowerCase();
    var plain = (column.entry.domain.code + '_' + column.statement.code).toLowerCase();
    return id === plain ? answers.codes[label[2].toLowerCase()] || null : null;
  }

  return { read: read, matchHeading: matchHeading, targets: targets };
});
