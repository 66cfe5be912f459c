// ESLint for the site's browser scripts (js/) and their node tests (tests/js/), run by
// `make lint` and `make test`: `npx eslint --config js/eslint.config.cjs js tests/js`.
// Classic scripts, no modules (the site must work from file://): each file is a script that
// adds itself to window.Zelfscan, with a small UMD tail so node's test runner can require it.
'use strict';
const js = require('@eslint/js');
const globals = require('globals');

module.exports = [
  js.configs.recommended,
  {
    files: ['js/**/*.js'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'script',
      globals: { ...globals.browser, module: 'readonly', require: 'readonly' }
    },
    rules: {
      'no-unused-vars': ['error', { args: 'after-used', caughtErrors: 'none' }],
      'no-var': 'off', // a few older files still use var; new code uses const and let
      eqeqeq: ['error', 'always'],
      'no-implicit-globals': 'error'
    }
  },
  {
    files: ['tests/js/**/*.js', 'generator/bench/*.js'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'commonjs',
      globals: { ...globals.node, document: 'readonly', Event: 'readonly' }
    },
    rules: { 'no-unused-vars': ['error', { caughtErrors: 'none' }] }
  }
];
