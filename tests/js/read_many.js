// Reads many export files with the browser's reader, for the schema parity test.
// Usage: node tests/js/read_many.js INPUT.json  (INPUT = {rules, texts}); prints JSON.
'use strict';
const fs = require('fs');
const path = require('path');
const exporter = require(path.join(__dirname, '..', '..', 'js', 'exportfile.js'));

const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const results = input.texts.map((text) => {
  const result = exporter.read(text, input.rules);
  return { ok: result.ok, error: result.error || '' };
});
process.stdout.write(JSON.stringify(results));
