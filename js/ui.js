/* Open Data Zelfscan: small DOM helpers shared by the self-scan, combine and plan-sheet pages.
 * Text only, never HTML: every string from a file, a link or the user goes in as textContent.
 * Also the saved answers (localStorage) and the pieces of the results that pages share. */
(function (root) {
  'use strict';

  var STORAGE_KEY = 'open-data-zelfscan:v1';
  var exporter = root.ZelfscanExport;
  var radar = root.ZelfscanRadar;

  function h(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      var value = attrs[key];
      if (value === null || value === undefined || value === false) { return; }
      if (key === 'text') { node.textContent = value; }
      else if (key === 'className') { node.className = value; }
      else if (key === 'value') { node.value = value; }
      else { node.setAttribute(key, value === true ? '' : value); }
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) { return; }
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function replace(container, children) {
    while (container.firstChild) { container.removeChild(container.firstChild); }
    children.forEach(function (child) { if (child) { container.appendChild(child); } });
  }

  function say(box, message, kind) {
    box.textContent = message;
    box.className = 'zs-message' + (kind ? ' zs-message-' + kind : '');
  }

  function download(name, text, type) {
    var blob = new Blob([text], { type: type });
    var link = h('a', { href: URL.createObjectURL(blob), download: name, className: 'zs-visually-hidden' });
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 0);
  }

  function readFile(file, done) {
    if (file.size > exporter.MAX_BYTES) { done(null, 'Dit bestand is te groot (meer dan 1 MB).'); return; }
    var reader = new FileReader();
    reader.onerror = function () { done(null, 'Dit bestand kon niet gelezen worden.'); };
    reader.onload = function () { done(String(reader.result), ''); };
    reader.readAsText(file);
  }

  /* '1 domein', '3 domeinen': a number with the right Dutch form of the word. */
  function count(n, one, more) { return n + ' ' + (n === 1 ? one : more); }

  function formatNumber(value) {
    return value.toLocaleString('nl-BE', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  }

  function index(list) {
    var map = Object.create(null);
    list.forEach(function (item) { map[item.id] = item; });
    return map;
  }

  /* ---------- saved answers ---------- */
  /* The saved answers, read with the same strict checks as an imported file. What no longer
   * fits the catalogue (after an update of the model) is listed in `unplaced`, so the page
   * can say so; saved data that cannot be read at all is set aside under UNREADABLE_KEY
   * instead of being overwritten by the next save. */
  var UNREADABLE_KEY = STORAGE_KEY + ':onleesbaar';

  function load(rules) {
    var empty = { state: exporter.emptyState(), works: true, unplaced: [], problem: '' };
    var text = null;
    try { text = root.localStorage.getItem(STORAGE_KEY); } catch (e) { empty.works = false; return empty; }
    if (!text) { return empty; }
    var saved = null;
    try { saved = JSON.parse(text); } catch (e) { saved = null; }
    var result = { ok: false, error: 'De bewaarde antwoorden zijn beschadigd.' };
    if (saved && typeof saved === 'object' && !Array.isArray(saved)) {
      var wrapped = {
        format: exporter.FORMAT, formatVersion: exporter.FORMAT_VERSION,
        catalogVersion: rules.catalogVersion, exportedAt: new Date().toISOString(),
        organisation: saved.organisation || '', profile: saved.profile || '', answers: saved.answers || {}
      };
      if (saved.plan) { wrapped.plan = saved.plan; }
      if (saved.sheets) { wrapped.sheets = saved.sheets; }
      result = exporter.read(JSON.stringify(wrapped), rules);
    }
    if (!result.ok) {
      try { root.localStorage.setItem(UNREADABLE_KEY, text); } catch (e) { /* nothing more to do */ }
      empty.problem = result.error;
      return empty;
    }
    return { state: result.state, works: true, unplaced: result.unplaced, problem: '' };
  }

  /* What the page says about the saved answers it found, or '' when all went well. */
  function loadMessage(loaded) {
    if (loaded.problem) {
      return 'Je bewaarde antwoorden konden niet gelezen worden (' + loaded.problem.replace(/\.$/, '') +
        '). Ze zijn apart gezet in je browser; "Alles wissen" ruimt ze op.';
    }
    if (loaded.unplaced.length) {
      return 'Het model is bijgewerkt sinds je vorige bezoek. Niet meer te plaatsen: ' + loaded.unplaced.join(' ');
    }
    return '';
  }

  function save(state) {
    try {
      var data = { organisation: state.organisation, profile: state.profile, answers: exporter.answersOf(state) };
      var plan = exporter.compact(state.plan);
      var sheets = exporter.compact(state.sheets);
      if (plan) { data.plan = plan; }
      if (sheets) { data.sheets = sheets; }
      root.localStorage.setItem(STORAGE_KEY, JSON.stringify(data));
      return true;
    } catch (e) { return false; }
  }

  /* Calls `changed` when another tab or window of this site saves answers, so that a page
   * never writes back an outdated copy over what was typed elsewhere. */
  function onSavedElsewhere(changed) {
    root.addEventListener('storage', function (event) {
      if (event.key === STORAGE_KEY || event.key === null) { changed(); }
    });
  }

  function forget() {
    try {
      root.localStorage.removeItem(STORAGE_KEY);
      root.localStorage.removeItem(UNREADABLE_KEY);
      return true;
    } catch (e) { return false; }
  }

  /* ---------- shared result pieces ---------- */
  function radarChart(rules, series, description) {
    var scale = rules.levels.map(function (l) { return l.title; });
    return radar.render({
      title: 'Maturiteitsprofiel per domein',
      description: description + ' Van ' + scale[0] + ' in het midden tot ' + scale[scale.length - 1] +
        ' aan de rand. Dezelfde gegevens staan in de tabel eronder.',
      axes: rules.domains.map(function (d) { return d.title; }),
      max: rules.levels.length - 1,
      scale: scale,
      series: series
    });
  }

  function legend(series) {
    if (series.length < 2) { return null; }
    return h('ul', { className: 'zs-legend' }, series.map(function (s) {
      return h('li', { className: s.className }, [h('span', { className: 'zs-swatch', 'aria-hidden': 'true' }), s.name]);
    }));
  }

  /* A wide table scrolls inside its own box on a narrow screen, instead of the whole page
   * (WCAG 1.4.10); the box can take focus so it also scrolls by keyboard. */
  function scrollBox(label, content) {
    return h('div', { className: 'zs-table-wrap', tabindex: '0', role: 'region', 'aria-label': label }, [content]);
  }

  function table(caption, head, rows) {
    return scrollBox(caption, h('table', { className: 'zs-table' }, [
      h('caption', { text: caption }),
      h('thead', {}, [h('tr', {}, head.map(function (t) { return h('th', { scope: 'col', text: t }); }))]),
      h('tbody', {}, rows.map(function (cells) {
        return h('tr', {}, cells.map(function (cell, i) {
          return i === 0 ? h('th', { scope: 'row' }, [cell]) : h('td', {}, [cell]);
        }));
      }))
    ]));
  }

  root.ZelfscanUI = {
    h: h, replace: replace, say: say, download: download, readFile: readFile,
    count: count, formatNumber: formatNumber, index: index, load: load, loadMessage: loadMessage, save: save, forget: forget,
    onSavedElsewhere: onSavedElsewhere, scrollBox: scrollBox,
    radarChart: radarChart, legend: legend, table: table
  };
})(typeof self !== 'undefined' ? self : this);
