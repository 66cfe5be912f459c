/* Open Data Zelfscan: the one namespace every script of the site adds itself to
 * (window.Zelfscan.rules, .engine, .ui ...), and the start of each page script.
 * A page whose parts did not all load says so, in the page and on the console, instead of
 * doing nothing: a broken deployment can then be seen and diagnosed. */
(function (root) {
  'use strict';

  const zs = root.Zelfscan || (root.Zelfscan = {});

  /* Runs `run(zs, element)` when the element with `rootId` is on the page and every part in
   * `needs` has loaded; otherwise reports which parts are missing. */
  zs.start = function start(rootId, needs, run) {
    const element = document.getElementById(rootId);
    if (!element) {
      return;
    }
    const missing = needs.filter((name) => !zs[name]);
    if (missing.length) {
      console.error('Open Data Zelfscan: script(s) not loaded: ' + missing.join(', '));
      const note = document.createElement('p');
      note.className = 'zs-message zs-message-error';
      note.setAttribute('role', 'alert');
      note.textContent =
        'Dit deel van de pagina kon niet starten: een onderdeel ontbreekt (' +
        missing.join(', ') +
        '). Herlaad de pagina. Helpt dat niet, meld het dan aan wie de site beheert.';
      element.insertBefore(note, element.firstChild);
      return;
    }
    run(zs, element);
  };
})(typeof self !== 'undefined' ? self : this);
