// The rules of a small catalogue (domains aa, bb, cc; levels l0-l3; needs n0-n2; profiles p1, p2),
// made by generator/outputs/rules.py: see tests/fixtures/small_catalog.py, which writes
// fixture-rules.json (tests/test_js_fixture.py keeps it current). A fresh copy per call, so a
// test may change it.
'use strict';
const path = require('path');
const fs = require('fs');

const text = fs.readFileSync(path.join(__dirname, 'fixture-rules.json'), 'utf8');
module.exports = function rules() {
  return JSON.parse(text);
};
