'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const storage = require('../../js/storage.js');
const exporter = require('../../js/exportfile.js');
const makeRules = require('./fixture.js');

/* A stand-in for localStorage that can be full or blocked, shared by several "tabs". */
function backend({ quota = Infinity, blocked = false } = {}) {
  const items = new Map();
  const size = () => [...items.entries()].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    items,
    quota,
    getItem(key) {
      if (blocked) {
        throw new Error('SecurityError');
      }
      return items.has(key) ? items.get(key) : null;
    },
    setItem(key, value) {
      if (blocked) {
        const e = new Error('blocked');
        e.name = 'SecurityError';
        throw e;
      }
      const before = items.get(key);
      items.set(key, String(value));
      if (size() > this.quota) {
        if (before === undefined) {
          items.delete(key);
        } else {
          items.set(key, before);
        }
        const e = new Error('full');
        e.name = 'QuotaExceededError';
        throw e;
      }
    },
    removeItem(key) {
      if (blocked) {
        throw new Error('blocked');
      }
      items.delete(key);
    }
  };
}

function withNote(state, domain, note) {
  state.domains[domain] = Object.assign(exporter.emptyAnswer(), state.domains[domain] || {}, { note });
  return state;
}

test('save then load gives the same state back', () => {
  const rules = makeRules();
  const shared = backend();
  const state = withNote(exporter.emptyState(), 'aa', 'Een notitie');
  state.domains.aa.level = 'l1';
  state.plan['aa-l1-a'] = { owner: 'Ann', due: '2027-01-31', status: 'gepland' };
  assert.equal(storage.open(rules, shared).save(state).ok, true);
  const loaded = storage.open(rules, shared).load();
  assert.equal(loaded.status, 'ok');
  assert.deepEqual(exporter.savedData(loaded.state), exporter.savedData(state));
});

test('blocked storage: load says so and saving reports it, nothing is claimed', () => {
  const rules = makeRules();
  const store = storage.open(rules, backend({ blocked: true }));
  assert.equal(store.load().status, 'blocked');
  assert.deepEqual(store.save(exporter.emptyState()), { ok: false, reason: 'blocked', merged: null });
});

test('full storage: the save fails as "full", and works again once there is room', () => {
  const rules = makeRules();
  const shared = backend({ quota: 200 });
  const store = storage.open(rules, shared);
  store.load();
  const state = withNote(exporter.emptyState(), 'aa', 'x'.repeat(300));
  assert.equal(store.save(state).reason, 'full');
  shared.quota = Infinity;
  assert.equal(store.save(state).ok, true);
  assert.ok(shared.items.get(storage.KEY).includes('x'.repeat(300)));
});

test('too much text for the saved data is refused before anything is written', () => {
  const rules = makeRules();
  rules.limits.savedChars = 500;
  const shared = backend();
  const store = storage.open(rules, shared);
  store.load();
  assert.equal(store.save(withNote(exporter.emptyState(), 'aa', 'x'.repeat(600))).reason, 'too-big');
  assert.equal(shared.items.has(storage.KEY), false);
});

test('unreadable saved data is set aside, and only then replaced', () => {
  const rules = makeRules();
  const shared = backend();
  shared.items.set(storage.KEY, '{kapot');
  const store = storage.open(rules, shared);
  const loaded = store.load();
  assert.equal(loaded.status, 'set-aside');
  assert.equal(shared.items.get(storage.ASIDE_KEY), '{kapot');
  assert.match(storage.loadMessage(loaded), /apart gezet/);
  assert.equal(store.save(withNote(exporter.emptyState(), 'aa', 'nieuw')).ok, true);
});

test('unreadable saved data that cannot be set aside (storage full) is never overwritten', () => {
  const rules = makeRules();
  const shared = backend({ quota: 40 });
  shared.items.set(storage.KEY, '{"answers":{"aa":{"level":5}}}');
  const store = storage.open(rules, shared);
  const loaded = store.load();
  assert.equal(loaded.status, 'kept');
  assert.doesNotMatch(storage.loadMessage(loaded), /apart gezet in je browser/);
  assert.equal(store.save(withNote(exporter.emptyState(), 'aa', 'nieuw')).reason, 'kept');
  assert.equal(shared.items.get(storage.KEY), '{"answers":{"aa":{"level":5}}}');
  assert.equal(store.forget(), true);
  shared.quota = Infinity;
  assert.equal(store.save(withNote(exporter.emptyState(), 'aa', 'nieuw')).ok, true);
});

test('two tabs saving one after the other without hearing each other keep both edits', () => {
  const rules = makeRules();
  const shared = backend();
  const first = storage.open(rules, shared);
  const second = storage.open(rules, shared);
  const a = first.load().state;
  const b = second.load().state;
  withNote(a, 'aa', 'van tab een');
  assert.equal(first.save(a).ok, true);
  b.domains.bb = Object.assign(exporter.emptyAnswer(), { level: 'l2' });
  const result = second.save(b); // tab two had not seen tab one's save yet
  assert.equal(result.ok, true);
  assert.equal(result.merged.domains.aa.note, 'van tab een');
  assert.equal(result.merged.domains.bb.level, 'l2');
  const stored = JSON.parse(shared.items.get(storage.KEY));
  assert.deepEqual(stored.answers, { aa: { note: 'van tab een' }, bb: { level: 'l2' } });
  // and tab one, hearing of it, keeps its own text and takes tab two's level
  const merged = first.fromElsewhere(a);
  assert.equal(merged.domains.aa.note, 'van tab een');
  assert.equal(merged.domains.bb.level, 'l2');
});

test('the same field edited in two tabs: the tab that saves last wins that field only', () => {
  const rules = makeRules();
  const shared = backend();
  const first = storage.open(rules, shared);
  const second = storage.open(rules, shared);
  const a = first.load().state;
  const b = second.load().state;
  withNote(a, 'aa', 'een');
  a.organisation = 'Gemeente A';
  first.save(a);
  withNote(b, 'aa', 'twee');
  const result = second.save(b);
  assert.equal(result.merged.domains.aa.note, 'twee');
  assert.equal(result.merged.organisation, 'Gemeente A');
});

test('a field emptied in one tab stays empty after merging', () => {
  const rules = makeRules();
  const shared = backend();
  const first = storage.open(rules, shared);
  const a = first.load().state;
  withNote(a, 'aa', 'weg ermee');
  a.organisation = 'Gemeente A';
  first.save(a);
  const second = storage.open(rules, shared);
  const b = second.load().state;
  b.domains.aa.note = '';
  const thirdTab = storage.open(rules, shared);
  const c = thirdTab.load().state;
  second.save(b);
  c.organisation = 'Gemeente C';
  const result = thirdTab.save(c);
  assert.equal(result.merged.domains.aa, undefined);
  assert.equal(result.merged.organisation, 'Gemeente C');
});

test('merge: three-way, per field', () => {
  const base = { answers: { aa: { level: 'l1', note: 'x' } }, organisation: 'O' };
  const mine = { answers: { aa: { level: 'l2', note: 'x' } }, organisation: 'O' };
  const theirs = { answers: { aa: { level: 'l1', note: 'y' }, bb: { need: 'n1' } }, organisation: 'T' };
  assert.deepEqual(storage.merge(base, mine, theirs), {
    answers: { aa: { level: 'l2', note: 'y' }, bb: { need: 'n1' } },
    organisation: 'T'
  });
});
