/* Open Data Zelfscan: the saved answers in the browser (localStorage), and what the page says
 * about them. Nothing here claims what did not happen: a page is told when saving fails
 * (site data blocked, storage full, too much text) and when it works again.
 *
 * open(rules, backend) is pure apart from the backend (a Storage, or a stand-in in tests):
 *  - load() reads the saved data with the same strict checks as an imported file; data that
 *    cannot be read is set aside under ASIDE_KEY, and only when that worked may it be replaced;
 *  - save(state) writes, after merging per field with whatever another tab wrote since this
 *    page last read or wrote (two tabs editing different fields both keep their edits);
 *  - fromElsewhere(state) merges another tab's save into the page's state.
 * attach(rules, page) wires one page to localStorage, the storage event and a retry. */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory(require('./exportfile.js'));
  } else {
    const zs = (root.Zelfscan = root.Zelfscan || {});
    zs.storage = factory(zs.exportfile);
  }
})(typeof self !== 'undefined' ? self : this, function (exporter) {
  'use strict';

  const KEY = 'open-data-zelfscan:v1';
  const ASIDE_KEY = KEY + ':onleesbaar';
  const SEP = '\u0001';
  const NEARLY_FULL = 0.9;
  const RETRY_MS = 10000;

  /* ---------- merging per field ---------- */
  function leaves(value, prefix, out) {
    if (value !== null && typeof value === 'object') {
      Object.keys(value).forEach((key) => leaves(value[key], prefix ? prefix + SEP + key : key, out));
    } else if (value !== '' && value !== undefined && value !== null) {
      out[prefix] = value;
    }
    return out;
  }

  function nested(flat) {
    const out = {};
    Object.keys(flat).forEach((path) => {
      const keys = path.split(SEP);
      let node = out;
      keys.slice(0, -1).forEach((key) => {
        node = node[key] = node[key] || {};
      });
      node[keys[keys.length - 1]] = flat[path];
    });
    return out;
  }

  /* Three-way merge of saved data: theirs, with every field this page changed since `base`
   * (set, changed or emptied) taken from mine. */
  function merge(base, mine, theirs) {
    const b = leaves(base || {}, '', {});
    const m = leaves(mine, '', {});
    const result = leaves(theirs, '', {});
    Object.keys(Object.assign({}, b, m)).forEach((path) => {
      if (m[path] === b[path]) {
        return;
      }
      if (m[path] === undefined) {
        delete result[path];
      } else {
        result[path] = m[path];
      }
    });
    return nested(result);
  }

  /* ---------- one store over a Storage-like backend ---------- */
  function isQuota(error) {
    return (
      Boolean(error) && (error.name === 'QuotaExceededError' || error.code === 22 || error.code === 1014)
    );
  }

  function open(rules, backend) {
    let base = null; // the saved data as this page last read or wrote it
    let lastText = null; // ... and its text, to notice another tab's writes
    let protectedData = false; // unreadable data that could not be set aside: never overwrite it

    /* The saved data as a state, through the import reader (same checks as a file). */
    function stateOf(data) {
      return exporter.readSaved(data, rules);
    }

    function parse(text) {
      try {
        const data = JSON.parse(text);
        return data && typeof data === 'object' && !Array.isArray(data) ? data : null;
      } catch (e) {
        return null;
      }
    }

    /* {state, status: 'ok'|'blocked'|'set-aside'|'kept', unplaced, problem} */
    function load() {
      const empty = { state: exporter.emptyState(), status: 'ok', unplaced: [], problem: '' };
      let text = null;
      try {
        text = backend.getItem(KEY);
      } catch (e) {
        empty.status = 'blocked';
        return empty;
      }
      if (!text) {
        return empty;
      }
      const data = parse(text);
      const result = data ? stateOf(data) : { ok: false, error: 'De bewaarde antwoorden zijn beschadigd.' };
      if (!result.ok) {
        empty.problem = result.error;
        try {
          backend.setItem(ASIDE_KEY, text);
          empty.status = 'set-aside';
        } catch (e) {
          protectedData = true;
          empty.status = 'kept';
        }
        return empty;
      }
      base = exporter.savedData(result.state);
      lastText = text;
      return { state: result.state, status: 'ok', unplaced: result.unplaced, problem: '' };
    }

    /* How full the saved data would be with `state`: a share of limits.savedChars. */
    function fill(state) {
      return exporter.savedSize(state) / rules.limits.savedChars;
    }

    /* {ok, reason: ''|'blocked'|'full'|'too-big'|'kept', merged: state or null} */
    function save(state) {
      if (protectedData) {
        return { ok: false, reason: 'kept', merged: null };
      }
      let data = exporter.savedData(state);
      let merged = null;
      let current;
      try {
        current = backend.getItem(KEY);
      } catch (e) {
        return { ok: false, reason: 'blocked', merged: null };
      }
      if (current !== null && current !== lastText) {
        // another tab wrote since we last looked
        const theirs = parse(current);
        const back = theirs ? stateOf(theirs) : null;
        if (back && back.ok) {
          const again = stateOf(merge(base, data, exporter.savedData(back.state)));
          if (again.ok) {
            merged = again.state;
            data = exporter.savedData(merged);
          }
        }
      }
      const text = JSON.stringify(data);
      if (text.length > rules.limits.savedChars) {
        return { ok: false, reason: 'too-big', merged };
      }
      try {
        backend.setItem(KEY, text);
      } catch (e) {
        return { ok: false, reason: isQuota(e) ? 'full' : 'blocked', merged };
      }
      base = data;
      lastText = text;
      return { ok: true, reason: '', merged };
    }

    /* Another tab saved: the page's state with their fields, and this page's own unsaved
     * changes kept. Null when nothing new (or nothing readable) was written. */
    function fromElsewhere(state) {
      let current;
      try {
        current = backend.getItem(KEY);
      } catch (e) {
        return null;
      }
      if (current === lastText || current === null) {
        return null;
      }
      const theirs = parse(current);
      const back = theirs ? stateOf(theirs) : null;
      if (!back || !back.ok) {
        return null;
      }
      const theirData = exporter.savedData(back.state);
      const data = merge(base, exporter.savedData(state), theirData);
      base = theirData;
      lastText = current;
      const result = stateOf(data);
      return result.ok ? result.state : null;
    }

    function forget() {
      try {
        backend.removeItem(KEY);
        backend.removeItem(ASIDE_KEY);
      } catch (e) {
        return false;
      }
      base = null;
      lastText = null;
      protectedData = false;
      return true;
    }

    return { load, save, fill, fromElsewhere, forget };
  }

  /* ---------- what a page says ---------- */
  function messages(rules) {
    const max = rules.limits.savedChars.toLocaleString('nl-BE');
    return {
      blocked:
        'Je browser bewaart niets van deze site: sitegegevens zijn geblokkeerd. Wat je invult, ' +
        'verdwijnt als je de pagina sluit. Exporteer je antwoorden voor je stopt.',
      full:
        'De opslag van je browser is vol: je laatste wijzigingen zijn niet bewaard. Maak ruimte vrij ' +
        '(bijvoorbeeld door gegevens van andere sites te wissen) of exporteer je antwoorden. De zelfscan ' +
        'probeert het opnieuw.',
      'too-big':
        'Je antwoorden, actieplan en planbladen samen zijn te lang om te bewaren (meer dan ' +
        max +
        ' tekens). Je laatste wijziging is niet bewaard: maak een tekst korter.',
      kept:
        'Je bewaarde antwoorden konden niet gelezen worden, en er was geen plaats om ze apart te zetten. ' +
        'Ze blijven staan tot je op "Alles wissen" klikt. Wat je nu invult, wordt niet bewaard: exporteer het.',
      resumed: 'Je antwoorden worden weer bewaard.'
    };
  }

  function loadMessage(loaded) {
    const reason = loaded.problem.replace(/\.$/, '');
    if (loaded.status === 'set-aside') {
      return (
        'Je bewaarde antwoorden konden niet gelezen worden (' +
        reason +
        '). Ze zijn apart gezet in je browser; "Alles wissen" ruimt ze op.'
      );
    }
    if (loaded.status === 'kept') {
      return (
        'Je bewaarde antwoorden konden niet gelezen worden (' +
        reason +
        '), en er was geen plaats om ' +
        'ze apart te zetten. Ze blijven staan tot je op "Alles wissen" klikt. Wat je nu invult, wordt niet bewaard.'
      );
    }
    if (loaded.unplaced.length) {
      return (
        'Het model is bijgewerkt sinds je vorige bezoek. Niet meer te plaatsen: ' + loaded.unplaced.join(' ')
      );
    }
    return '';
  }

  /* Wires a page to the browser's storage. page: {state() -> current state, adopt(state): take
   * a merged state, say(message, kind): show a status}. Returns {loaded, save(), forget(),
   * room(state)}. While saving fails, it tries again now and then, when the window gets focus
   * and when another tab saves (which may have freed space), and says when it works again. */
  function attach(rules, page) {
    const win = globalThis;
    let backend = null;
    try {
      backend = win.localStorage;
    } catch (e) {
      backend = null;
    }
    const store = open(
      rules,
      backend || {
        getItem() {
          throw new Error('blocked');
        }
      }
    );
    const text = messages(rules);
    const loaded = store.load();
    let failing = loaded.status === 'blocked' ? 'blocked' : loaded.status === 'kept' ? 'kept' : '';
    let timer = null;

    function result(outcome) {
      if (outcome.merged) {
        page.adopt(outcome.merged);
      }
      if (outcome.ok) {
        if (failing) {
          failing = '';
          page.say(text.resumed, 'ok');
        }
        if (timer) {
          clearInterval(timer);
          timer = null;
        }
        return true;
      }
      if (failing !== outcome.reason) {
        page.say(text[outcome.reason], 'error');
      }
      failing = outcome.reason;
      if (!timer && outcome.reason === 'full') {
        timer = setInterval(() => {
          if (failing) {
            save();
          }
        }, RETRY_MS);
      }
      return false;
    }

    function save() {
      return result(store.save(page.state()));
    }

    win.addEventListener('storage', (event) => {
      if (event.key !== KEY && event.key !== null) {
        return;
      }
      const merged = store.fromElsewhere(page.state());
      if (merged) {
        page.adopt(merged);
      }
      if (failing && failing !== 'kept') {
        save();
      }
    });
    win.addEventListener('focus', () => {
      if (failing && failing !== 'kept') {
        save();
      }
    });

    return {
      loaded,
      startMessage: failing ? text[failing] : loadMessage(loaded),
      save,
      failing: () => failing,
      /* Characters still free for text, or null when there is plenty. */
      room(state) {
        const share = store.fill(state);
        return share >= NEARLY_FULL ? Math.max(0, Math.floor((1 - share) * rules.limits.savedChars)) : null;
      },
      forget() {
        const done = store.forget();
        failing = done ? '' : failing;
        return done;
      }
    };
  }

  return { KEY, ASIDE_KEY, open, merge, attach, loadMessage };
});
