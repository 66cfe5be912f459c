// Analyse one answers file as the page does: node analyse_survey.js SURVEY_JS RULES_JS FILE
// Prints {decoded, read, results} as JSON (for the Python tests, which check the figures).
'use strict';
const fs = require('fs');
const path = require('path');
const csv = require('../../js/csvfile.js');
const answers = require('../../js/surveyanswers.js');
const analysis = require('../../js/surveyanalysis.js');
const exportfile = require('../../js/exportfile.js');
const [surveyPath, rulesPath, filePath] = process.argv.slice(2);
const survey = require(path.resolve(surveyPath));
const rules = require(path.resolve(rulesPath));
const decoded = csv.decode(new Uint8Array(fs.readFileSync(filePath)));
const out = { decoded: { ok: decoded.ok, error: decoded.error, encoding: decoded.encoding } };
if (decoded.ok) {
  const parsed = csv.parse(decoded.text);
  out.parsed = { separator: parsed.separator, problems: parsed.problems, rows: parsed.rows.length };
  const read = answers.read(survey, parsed.rows);
  out.read = read;
  if (read.ok) {
    out.results = analysis.analyse(survey, rules, read);
    out.exports = analysis.respondentsFromSurvey(
      survey,
      rules,
      read,
      new Date('2026-02-01T09:00:00Z'),
      'test.csv'
    );
    out.rows = analysis.resultRows(survey, rules, out.results);
    // each export read back as the self-scan and the combine page read a file
    out.readBack = out.exports.map((e) => {
      const back = exportfile.read(JSON.stringify(e), rules);
      if (!back.ok) {
        return { ok: false, error: back.error };
      }
      const statements = {};
      Object.keys(back.state.domains).forEach((d) => {
        statements[d] = Object.assign({}, back.state.domains[d].statements);
      });
      return { ok: true, unplaced: back.unplaced, profile: back.state.profile, statements };
    });
  }
}
process.stdout.write(JSON.stringify(out));
