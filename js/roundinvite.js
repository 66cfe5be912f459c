/* Open Data Zelfscan: the combine page's invitation to a round: the round's fields, and the
 * link and mail (from Zelfscan.round) that follow them as the data manager types. Text only. */
(function (root) {
  'use strict';

  const zs = (root.Zelfscan = root.Zelfscan || {});
  const FIELDS = {
    name: 'zs-round-name',
    organisation: 'zs-round-organisation',
    due: 'zs-round-due',
    instructions: 'zs-round-instructions',
    sender: 'zs-round-sender'
  };

  /* page: {round() -> the round as kept, change(round): keep a changed round}; minutes: how long
   * the self-scan takes (the page says it from the catalogue). */
  function create(rules, byId, page, minutes) {
    const { ui } = zs;

    function render() {
      const r = page.round();
      const hash = zs.round.encode(rules, r);
      byId('zs-invite').hidden = !hash;
      byId('zs-invite-empty').hidden = Boolean(hash);
      if (!hash) {
        return;
      }
      const link = new URL('zelfscan.html', location.href.split('#')[0]).href.split('#')[0] + hash;
      const mail = zs.invitation.invitation(rules, r, link, { minutes, domains: rules.domains.length });
      byId('zs-invite-link').value = link;
      byId('zs-invite-subject').value = mail.subject;
      byId('zs-invite-text').value = 'Onderwerp: ' + mail.subject + '\n\n' + mail.body;
      byId('zs-invite-mail').setAttribute('href', zs.invitation.mailto(mail));
      ui.say(
        byId('zs-invite-message'),
        location.protocol === 'file:'
          ? "Let op: je gebruikt de site vanaf je eigen computer. De link werkt dan alleen op deze computer. Zet de site online, of geef je collega's de map van de site."
          : '',
        'warning'
      );
    }

    /* The fields show the round as kept (after a reload, or wiped). */
    function show() {
      const r = page.round();
      Object.keys(FIELDS).forEach((key) => {
        byId(FIELDS[key]).value = r[key] || '';
      });
      render();
    }

    function copy() {
      ui.copyField(
        byId('zs-invite-text'),
        byId('zs-invite-message'),
        "De uitnodiging is gekopieerd. Plak ze in een mail aan je collega's.",
        'De tekst'
      );
    }

    Object.keys(FIELDS).forEach((key) => {
      byId(FIELDS[key]).addEventListener('input', () => {
        page.change(
          zs.round.normalise(rules, Object.assign({}, page.round(), { [key]: byId(FIELDS[key]).value }))
        );
        render();
      });
    });
    byId('zs-invite-copy').addEventListener('click', copy);
    return { show };
  }

  zs.roundinvite = { create };
})(typeof self !== 'undefined' ? self : this);
