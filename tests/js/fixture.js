// A small hand-made rules object in the shape generator/rules.py emits, for unit tests. The
// file-format part (formats, limits, patterns) is the real one: contract.json is written from
// generator/export_format.py and kept current by tests/test_js_fixture.py.
'use strict';
const contract = require('./contract.json');
function action(id, profiles) {
  return { id, title: 'Titel ' + id, description: 'Uitleg', profiles: profiles || ['p1'], effort: 'klein', principles: [] };
}
function domain(id, extraLevels) {
  const levels = {};
  ['l0', 'l1', 'l2', 'l3'].forEach((level) => {
    levels[level] = { descriptor: 'Beschrijving ' + level, actions: [action(id + '-' + level + '-a'), action(id + '-' + level + '-b', ['p2'])] };
  });
  return { id, title: 'Domein ' + id, summary: 's', page: 'domeinen/' + id + '.html', principles: ['pr1'], levels: Object.assign(levels, extraLevels || {}) };
}
module.exports = function rules() {
  return {
    ...JSON.parse(JSON.stringify(contract)),
    rulesFormat: 1,
    catalogVersion: 'abcdef123456',
    linkVersion: 'abcd1234',
    unknown: { id: 'weet-niet', title: 'Weet ik niet' },
    levels: ['l0', 'l1', 'l2', 'l3'].map((id, score) => ({ id, title: id.toUpperCase(), description: '', score })),
    needs: ['n0', 'n1', 'n2'].map((id, score) => ({ id, title: id.toUpperCase(), description: '', score })),
    priorities: ['p-een', 'p-twee', 'p-drie', 'p-vier'].map((id, i) => ({ id, title: id, description: '', rank: i + 1 })),
    matrix: {
      l0: { n0: 'p-drie', n1: 'p-twee', n2: 'p-een' },
      l1: { n0: 'p-drie', n1: 'p-twee', n2: 'p-een' },
      l2: { n0: 'p-vier', n1: 'p-drie', n2: 'p-twee' },
      l3: { n0: 'p-vier', n1: 'p-vier', n2: 'p-drie' }
    },
    principles: [{ id: 'pr1', number: 1, title: 'Principe', titleEn: 'Principle' }],
    profiles: [{ id: 'p1', title: 'Profiel 1' }, { id: 'p2', title: 'Profiel 2' }],
    statuses: [{ id: 'gepland', title: 'Gepland', done: false }, { id: 'klaar', title: 'Klaar', done: true }],
    domains: [domain('aa'), domain('bb'), domain('cc')]
  };
};
