/* Open Data Zelfscan: the self-scan's side of a team round. For a colleague: the round from
 * the invitation link, shown at the top and kept (the export carries it, so the data manager
 * sees which files belong to the round). For the data manager: a combined file, from Importeren
 * or handed over by the combine page, offered as the organisation's answers; one's own answers
 * are replaced only after a question, with one undo (the page's ask and replace). */
(function (root) {
  'use strict';

  const zs = (root.Zelfscan = root.Zelfscan || {});
  const HANDOVER_KEY = 'open-data-zelfscan:overdracht'; // written by the combine page (js/samenvoegen.js)

  /* page: {state() -> the state (changed in place), refresh(): show, save and score it again,
   * say(message, kind), holdings() -> what a replacement would replace, in words ('' for
   * nothing), ask(title, text, choices, from), replace(state, message, kind): replace with one
   * undo and show the results, exportFile()}. */
  function create(rules, byId, page) {
    const { format } = zs;
    const dropAddress = () => history.replaceState(null, '', location.pathname + location.search);

    function render() {
      const state = page.state();
      const round = state.round && state.round.name ? state.round : null;
      byId('zs-round').hidden = !round;
      if (!round) {
        return;
      }
      byId('zs-round-title').textContent = 'Ronde "' + round.name + '"';
      byId('zs-round-text').textContent =
        'Je vult de zelfscan in voor deze ronde.' +
        (round.due ? ' Graag klaar tegen ' + format.longDate(round.due) + '.' : '') +
        ' Kies je profiel bij "Over jou" in het overzicht; je naam invullen mag, maar hoeft niet. Klik op het einde op ' +
        '"Exporteren" en stuur het bestand naar wie je uitnodigde, of stuur je link met "Deel via link".';
    }

    /* The invitation in the address: only a label is added (and the organisation's name when
     * none was filled in), nothing is replaced. */
    function join() {
      const decoded = zs.round.decode(rules, location.hash);
      dropAddress();
      if (!decoded.ok) {
        page.say(decoded.error + ' Je antwoorden zijn niet veranderd.', 'error');
        return;
      }
      const state = page.state();
      const before = page.holdings();
      const again = state.round && state.round.name === decoded.round.name;
      state.round = decoded.round;
      if (!state.organisation && decoded.organisation) {
        state.organisation = decoded.organisation;
      }
      page.refresh();
      page.say(
        again
          ? 'Je vult de zelfscan verder in voor de ronde "' + decoded.round.name + '".'
          : 'Welkom bij de ronde "' +
              decoded.round.name +
              '".' +
              (before
                ? ' Wat je eerder in deze browser invulde, blijft staan: ' +
                  'kijk het na, of begin opnieuw met "Alles wissen".'
                : ' Kies eerst je profiel hieronder.'),
        'ok'
      );
    }

    function leave() {
      const state = page.state();
      const name = state.round ? state.round.name : '';
      state.round = null;
      page.refresh();
      page.say('Je zelfscan hoort niet meer bij de ronde "' + name + '". Je antwoorden blijven staan.', 'ok');
      byId('zs-start').focus();
    }

    /* result: Zelfscan.combinedfile.read(); source: where it came from, in words. */
    function offer(result, source, from) {
      let message =
        'Dit is een samenvoeging van ' +
        format.count(result.respondents, 'zelfscan', 'zelfscans') +
        (result.round ? ' (ronde "' + result.round.name + '")' : '') +
        ', gemaakt op ' +
        format.shortDate(result.exportedAt) +
        '. ' +
        (result.formatVersion === 1
          ? 'Ze komt van voor de rondes: je krijgt per domein het middelste niveau en de middelste nood, als zelf gekozen niveau.'
          : 'Je krijgt de antwoorden van de organisatie: wat jullie samen afspraken, en waar niets is afgesproken wat de meesten antwoordden.') +
        ' Werk er het plan van de organisatie mee uit: duid per actie een trekker en een deadline aan en exporteer zoals gewoonlijk.';
      if (!result.sameCatalog) {
        message += ' De samenvoeging is gemaakt met een andere versie van het model.';
      }
      if (result.unplaced.length) {
        message += ' Niet geplaatst: ' + result.unplaced.join(' ');
      }
      const kind = result.unplaced.length ? 'warning' : 'ok';
      const replace = () => page.replace(result.state, message, kind);
      const mine = page.holdings();
      if (!mine) {
        replace();
        return;
      }
      page.ask(
        'Je antwoorden vervangen door die van de organisatie?',
        'Dit is een samenvoeging van ' +
          format.count(result.respondents, 'zelfscan', 'zelfscans') +
          '. Je ' +
          mine +
          ' worden vervangen door de antwoorden van de organisatie uit ' +
          source +
          '. Je kunt dat daarna één keer ongedaan maken. ' +
          'Wil je je eigen zelfscan houden? Bewaar hem dan eerst als bestand.',
        [
          { label: 'Vervang mijn antwoorden', primary: true, run: replace },
          {
            label: 'Bewaar eerst mijn antwoorden als bestand, en vervang ze dan',
            run: () => {
              page.exportFile();
              replace();
            }
          },
          {
            label: 'Annuleer',
            run: () => page.say('Niets ingelezen. Je antwoorden zijn niet veranderd.', 'ok')
          }
        ],
        from
      );
    }

    /* The combine page's "Maak hiervan het plan van de organisatie" (address #overdracht). */
    function handover() {
      dropAddress();
      let text = null;
      try {
        text = window.localStorage.getItem(HANDOVER_KEY);
        window.localStorage.removeItem(HANDOVER_KEY);
      } catch (e) {
        text = null;
      }
      if (!text) {
        page.say(
          'Er staan geen antwoorden van een samenvoeging klaar. Exporteer ze op de pagina Samenvoegen als JSON en open dat bestand hier met Importeren.',
          'warning'
        );
        return;
      }
      const result = zs.combinedfile.read(text, rules);
      if (!result.ok) {
        page.say(result.error + ' Je antwoorden zijn niet veranderd.', 'error');
        return;
      }
      offer(result, 'de pagina Samenvoegen', byId('zs-import-button'));
    }

    byId('zs-round-leave').addEventListener('click', leave);
    return { render, join, offer, handover };
  }

  zs.scanround = { create };
})(typeof self !== 'undefined' ? self : this);
