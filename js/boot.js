/* Open Data Zelfscan: the one namespace every script of the site adds itself to
 * (window.Zelfscan.rules, .engine, .ui ...), and the start of each page script.
 * A page whose parts did not all load says so, in the page and on the console, instead of
 * doing nothing: a broken deployment can then be seen and diagnosed. */
(function (root) {
  'use strict';

  const zs = root.Zelfscan || (root.Zelfscan = {});
  const here = document.currentScript ? document.currentScript.src : '';

  /* Loads a part that a page needs only now and then (the plan's downloads on the self-scan)
   * from the folder boot.js came from, once; then calls done(part), or done(null) when it
   * cannot load. Works from file:// as well: it is an ordinary script of the site. */
  zs.load = function load(name, done) {
    if (zs[name]) {
      done(zs[name]);
      return;
    }
    const script = document.createElement('script');
    script.src = here.replace(/boot\.js([?#].*)?$/, name + '.js');
    script.onload = () => done(zs[name] || null);
    script.onerror = () => {
      script.remove();
      done(null);
    };
    document.head.appendChild(script);
  };

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
