/* Open Data Zelfscan: the figures of a staff survey, as pure functions (no DOM).
 * analyse: per group (everyone, then each profile) how many answered, the share per answer,
 * the biggest needs, the answers to the self-scan's statements, and per domain a suggested
 * need (the rule below). No figure is given for fewer respondents than the survey's
 * minGroupSize: such a group or answer count says only that it is too small.
 * respondentsFromSurvey: each respondent's statement answers as a self-scan export (the
 * format and version the rules name), for the combine page; bundle: those in one file. resultRows: the figures as rows for a CSV file.
 *
 * The need rule (documented on the analysis page): per domain, take the questions that
 * measure a need there (need: true). For each with at least minGroupSize answers, the share
 * of everyone who answered it that agrees (agreeCodes; "weet ik niet" counts as not agreeing).
 * The domain's share is the average of those shares, so that a domain with many questions
 * does not score higher by that alone; its need is the first step of needRule it reaches. */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory();
  } else {
    (root.Zelfscan = root.Zelfscan || {}).surveyanalysis = factory();
  }
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  var ALL = 'alle';
  var NONE = '';
  var TOP_NEEDS = 5;

  function questionsOf(survey) {
    var list = [];
    survey.parts.forEach(function (p) {
      p.questions.forEach(function (q) {
        list.push(q);
      });
    });
    return list;
  }

  function percent(count, n) {
    return n ? Math.round((100 * count) / n) : null;
  }

  /* Everyone, each profile in the order of the profile question, and (only when there are
   * any) those without a known profile. */
  function groupsOf(survey, rules, respondents) {
    var titles = Object.create(null);
    rules.profiles.forEach(function (p) {
      titles[p.id] = p.title;
    });
    var asked = questionsOf(survey).filter(function (q) {
      return q.id === survey.profileQuestion;
    })[0];
    var groups = [{ id: ALL, title: 'Iedereen' }];
    asked.options.forEach(function (o) {
      if (o.profile) {
        groups.push({ id: o.profile, title: titles[o.profile] || o.text });
      }
    });
    if (
      respondents.some(function (r) {
        return !r.profile;
      })
    ) {
      groups.push({ id: NONE, title: 'Zonder profiel' });
    }
    return groups.map(function (g) {
      var members = respondents.filter(function (r) {
        return g.id === ALL || r.profile === g.id;
      });
      return {
        id: g.id,
        title: g.title,
        count: members.length,
        shown: members.length >= survey.minGroupSize,
        members: members
      };
    });
  }

  /* The figures of one question for one group. */
  function figures(survey, question, members) {
    var answered = members.filter(function (r) {
      return r.answers[question.id] !== undefined;
    });
    var n = answered.length;
    var shown = n >= survey.minGroupSize;
    var result = { n: n, shown: shown, options: [], agree: null, agreeCount: null };
    if (question.type === 'open') {
      return result;
    }
    result.options = question.options.map(function (o) {
      var count = answered.filter(function (r) {
        var a = r.answers[question.id];
        return Array.isArray(a) ? a.indexOf(o.code) >= 0 : a === o.code;
      }).length;
      return { code: o.code, count: shown ? count : null, percent: shown ? percent(count, n) : null };
    });
    if (question.type === 'stelling') {
      var agreeing = answered.filter(function (r) {
        return survey.agreeCodes.indexOf(r.answers[question.id]) >= 0;
      }).length;
      result.agreeCount = shown ? agreeing : null;
      result.agree = shown ? percent(agreeing, n) : null;
      result.agreeShare = shown ? (100 * agreeing) / n : null;
    }
    return result;
  }

  function needOf(survey, share) {
    for (var i = 0; i < survey.needRule.length; i += 1) {
      if (share >= survey.needRule[i].fromPercent) {
        return survey.needRule[i].need;
      }
    }
    return null;
  }

  function domainNeeds(survey, rules, questions, everyone) {
    return rules.domains.map(function (d) {
      var items = questions
        .filter(function (q) {
          return q.need && q.domain === d.id;
        })
        .map(function (q) {
          var f = everyone[q.id];
          return { id: q.id, n: f.n, counted: f.shown, agree: f.agree, share: f.agreeShare };
        });
      var counted = items.filter(function (i) {
        return i.counted;
      });
      var share = counted.length
        ? counted.reduce(function (sum, i) {
            return sum + i.share;
          }, 0) / counted.length
        : null;
      return {
        domain: d.id,
        items: items,
        counted: counted.length,
        share: share,
        percent: share === null ? null : Math.round(share),
        need: share === null ? null : needOf(survey, share)
      };
    });
  }

  function statementFigures(survey, members) {
    return survey.statements.domains.map(function (d) {
      return {
        domain: d.id,
        statements: d.statements.map(function (s) {
          var given = members.filter(function (r) {
            return r.statements[s.id] !== undefined;
          });
          var shown = given.length >= survey.minGroupSize;
          var answers = survey.statements.answers.map(function (a) {
            var count = given.filter(function (r) {
              return r.statements[s.id] === a.answer;
            }).length;
            return {
              answer: a.answer,
              count: shown ? count : null,
              percent: shown ? percent(count, given.length) : null
            };
          });
          return { id: s.id, n: given.length, shown: shown, answers: answers };
        })
      };
    });
  }

  /* read: the result of ZelfscanSurveyAnswers.read. */
  function analyse(survey, rules, read) {
    var questions = questionsOf(survey);
    var groups = groupsOf(survey, rules, read.respondents);
    var perQuestion = questions.map(function (q) {
      var byGroup = Object.create(null);
      groups.forEach(function (g) {
        byGroup[g.id] = figures(survey, q, g.members);
      });
      return { id: q.id, groups: byGroup };
    });
    var everyone = Object.create(null);
    perQuestion.forEach(function (pq) {
      everyone[pq.id] = pq.groups[ALL];
    });
    var topNeeds = Object.create(null);
    groups.forEach(function (g) {
      topNeeds[g.id] = perQuestion
        .filter(function (pq) {
          var q = questions.filter(function (x) {
            return x.id === pq.id;
          })[0];
          return q.need && pq.groups[g.id].shown;
        })
        .map(function (pq) {
          return { id: pq.id, agree: pq.groups[g.id].agree, share: pq.groups[g.id].agreeShare };
        })
        .sort(function (a, b) {
          return b.share - a.share || (a.id < b.id ? -1 : 1);
        })
        .slice(0, TOP_NEEDS);
    });
    return {
      respondents: read.respondents.length,
      groups: groups.map(function (g) {
        return { id: g.id, title: g.title, count: g.shown ? g.count : null, shown: g.shown };
      }),
      questions: perQuestion,
      topNeeds: topNeeds,
      domainNeeds: domainNeeds(survey, rules, questions, everyone),
      statements: statementFigures(survey, groups[0].members),
      statementRespondents: read.respondents.filter(function (r) {
        return Object.keys(r.statements).length;
      }).length
    };
  }

  /* Each respondent who answered statements, as a self-scan export file (format 2): their
   * profile and, per domain, the statements they answered. */
  function respondentsFromSurvey(survey, rules, read, now, source) {
    var domainOf = Object.create(null);
    survey.statements.domains.forEach(function (d) {
      d.statements.forEach(function (s) {
        domainOf[s.id] = d.id;
      });
    });
    return read.respondents
      .filter(function (r) {
        return Object.keys(r.statements).length;
      })
      .map(function (r) {
        var answers = {};
        Object.keys(r.statements)
          .sort()
          .forEach(function (id) {
            var domain = domainOf[id];
            answers[domain] = answers[domain] || { statements: {} };
            answers[domain].statements[id] = r.statements[id];
          });
        return {
          format: rules.formats.export.name,
          formatVersion: rules.formats.export.version,
          catalogVersion: rules.catalogVersion,
          exportedAt: now.toISOString(),
          organisation: '',
          profile: r.profile,
          respondent: ((source ? source + ', ' : '') + 'rij ' + r.row).slice(
            -(rules.limits.name || rules.limits.id)
          ),
          answers: answers
        };
      });
  }

  /* One file with every respondent's export, for the combine page. */
  function bundle(rules, exports, now, source) {
    return {
      format: rules.formats.bundle.name,
      formatVersion: rules.formats.bundle.version,
      catalogVersion: rules.catalogVersion,
      createdAt: now.toISOString(),
      source: source || '',
      exports: exports
    };
  }

  function cell(value) {
    return value === null || value === undefined ? '' : value;
  }

  /* The figures as rows (a header first), ready for ZelfscanOrganisation.csv. */
  function resultRows(survey, rules, results) {
    var rows = [
      ['soort', 'groep', 'respondenten', 'vraag', 'tekst', 'antwoordcode', 'antwoord', 'aantal', 'procent']
    ];
    var hidden = 'minder dan ' + survey.minGroupSize;
    var questions = questionsOf(survey);
    results.groups.forEach(function (g) {
      var size = g.shown ? g.count : hidden;
      results.questions.forEach(function (pq, i) {
        var q = questions[i];
        var f = pq.groups[g.id];
        if (q.type === 'open') {
          rows.push([
            'antwoord',
            g.title,
            size,
            q.id,
            q.text,
            '',
            '(open vraag)',
            f.shown ? f.n : hidden,
            ''
          ]);
          return;
        }
        q.options.forEach(function (o, j) {
          var fig = f.options[j];
          rows.push([
            'antwoord',
            g.title,
            size,
            q.id,
            q.text,
            o.code,
            o.text,
            f.shown ? fig.count : hidden,
            cell(fig.percent)
          ]);
        });
      });
    });
    var needs = Object.create(null);
    rules.needs.forEach(function (n) {
      needs[n.id] = n.title;
    });
    results.domainNeeds.forEach(function (d, i) {
      rows.push([
        'nood per domein',
        'Iedereen',
        results.respondents,
        d.domain,
        rules.domains[i].title,
        cell(d.need),
        d.need ? needs[d.need] : 'geen voorstel',
        d.counted,
        cell(d.percent)
      ]);
    });
    results.statements.forEach(function (d) {
      var domain = survey.statements.domains.filter(function (x) {
        return x.id === d.domain;
      })[0];
      d.statements.forEach(function (s, j) {
        s.answers.forEach(function (a, k) {
          var answer = survey.statements.answers[k];
          rows.push([
            'stelling',
            'Iedereen',
            results.respondents,
            domain.code + '[' + domain.statements[j].code + ']',
            domain.statements[j].text,
            answer.code,
            answer.text,
            s.shown ? a.count : hidden,
            cell(a.percent)
          ]);
        });
      });
    });
    return rows;
  }

  return {
    ALL: ALL,
    NONE: NONE,
    analyse: analyse,
    respondentsFromSurvey: respondentsFromSurvey,
    bundle: bundle,
    resultRows: resultRows
  };
});
