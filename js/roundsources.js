/* Open Data Zelfscan: what a round is made of, as pure functions (no DOM): colleagues' export
 * files and share links read into respondents for Zelfscan.combine, pasted links taken from
 * the lines they came in, and the page's remarks about them (other versions of the model,
 * what no longer fits, another round, the same answers twice). Every source is untrusted text,
 * read with the same checks as Importeren and opening a share link. */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory(
      require('./exportfile.js'),
      require('./sharelink.js'),
      require('./combinedfile.js'),
      require('./round.js')
    );
  } else {
    const zs = (root.Zelfscan = root.Zelfscan || {});
    zs.roundsources = factory(zs.exportfile, zs.sharelink, zs.combinedfile, zs.round);
  }
})(typeof self !== 'undefined' ? self : this, function (exporter, sharelink, combinedfile, round) {
  'use strict';

  /* A file of the survey (Zelfscan.surveyanalysis.bundle: several exports in one) unpacked into
   * one source per export, named after the file, so that each respondent counts once and is
   * read with every check of Importeren. Any other source comes back as it was, in a list. */
  function unpack(rules, source) {
    const wanted = rules.formats.bundle;
    if (
      source.kind !== 'bestand' ||
      source.error ||
      typeof source.text !== 'string' ||
      source.text.indexOf(wanted.name) < 0
    ) {
      return [source];
    }
    let data = null;
    try {
      data = JSON.parse(source.text);
    } catch (e) {
      return [source];
    }
    if (!data || typeof data !== 'object' || data.format !== wanted.name) {
      return [source];
    }
    const refuse = (error) => [{ kind: source.kind, name: source.name, text: source.text, error }];
    if (data.formatVersion !== wanted.version) {
      return refuse(
        'Het is een bestand van de bevraging uit een andere versie van deze site. Download het opnieuw op de pagina Bevraging analyseren.'
      );
    }
    if (!Array.isArray(data.exports) || !data.exports.length) {
      return refuse('In dit bestand van de bevraging staan geen zelfscans.');
    }
    if (data.exports.length > rules.limits.people) {
      return refuse(
        'Dit bestand van de bevraging bevat ' +
          data.exports.length +
          ' zelfscans; deze pagina leest er hoogstens ' +
          rules.limits.people +
          ' samen.'
      );
    }
    const base = source.name.slice(0, rules.limits.fileName - 20);
    return data.exports.map((item, i) => ({
      kind: 'bestand',
      name: base + ', zelfscan ' + (i + 1),
      text: JSON.stringify(item),
      bundle: base
    }));
  }

  /* source: {kind: 'bestand'|'link', name, text, bundle}. {respondent: {name, profile, domains, meta}}
   * or {error, combined: whether the file is a combined file}. */
  function read(rules, source) {
    if (source.kind === 'link') {
      const decoded = sharelink.decode(rules, source.text);
      if (!decoded.ok) {
        return { error: decoded.error, combined: false };
      }
      return {
        respondent: {
          name: '',
          profile: decoded.profile,
          domains: decoded.domains,
          meta: {
            source: 'link',
            file: '',
            round: '',
            exportedAt: '',
            catalogVersion: rules.catalogVersion,
            sameCatalog: true,
            unplaced: []
          }
        }
      };
    }
    const result = exporter.read(source.text, rules);
    if (!result.ok) {
      return { error: result.error, combined: combinedfile.isCombined(source.text, rules) };
    }
    const state = result.state;
    return {
      respondent: {
        name: state.respondent,
        profile: state.profile,
        domains: state.domains,
        meta: {
          source: 'bestand',
          file: source.name,
          bundle: source.bundle || '',
          round: state.round ? state.round.name : '',
          exportedAt: result.exportedAt,
          catalogVersion: result.catalogVersion,
          sameCatalog: result.sameCatalog,
          unplaced: result.unplaced
        }
      }
    };
  }

  /* Pasted text, one share link per line, as it came (in a sentence, between < >, ...):
   * [{kind: 'link', name: 'Link op regel 2', text}] or, for a line without a link, {error}. */
  function links(text) {
    const items = [];
    String(text || '')
      .split(/\r?\n/)
      .forEach((line, i) => {
        const trimmed = line.trim();
        if (!trimmed) {
          return;
        }
        const name = 'Link op regel ' + (i + 1);
        const at = trimmed.search(/#z[23]\./);
        if (at >= 0) {
          items.push({ kind: 'link', name, text: trimmed.slice(at).split(/[\s<>"')\]]/)[0] });
          return;
        }
        const hash = trimmed.indexOf('#');
        items.push({
          kind: 'link',
          name,
          error:
            hash >= 0 && round.isInvite(trimmed.slice(hash))
              ? 'Dit is de uitnodiging zelf, niet de antwoorden van een collega.'
              : 'Er staat geen link van de zelfscan in (een link met #z3. erin).'
        });
      });
    return items;
  }

  /* The answers of a respondent in one string ('' when there are none): the same string twice
   * is most likely one colleague who exported twice. */
  function answerKey(rules, respondent) {
    const given = rules.domains
      .filter((d) => respondent.domains[d.id])
      .map((d) => {
        const a = respondent.domains[d.id];
        const statements = Object.keys(a.statements || {})
          .sort()
          .map((id) => id + ':' + a.statements[id])
          .join(',');
        return a.level || a.need || statements
          ? d.id + '=' + (a.level || '') + '/' + (a.need || '') + '/' + statements
          : '';
      })
      .filter(Boolean);
    return given.length ? respondent.profile + '|' + given.join(';') : '';
  }

  /* respondents: as read(); people: combine.people() of them; roundName: the round the page
   * runs ('' for none). */
  function remarks(rules, respondents, people, roundName) {
    const notes = [];
    const label = (i) =>
      people[i].label + (respondents[i].meta.file ? ' (' + respondents[i].meta.file + ')' : ' (link)');
    const byVersion = Object.create(null);
    respondents.forEach((r, i) => {
      if (!r.meta.sameCatalog) {
        (byVersion[r.meta.catalogVersion] = byVersion[r.meta.catalogVersion] || []).push(label(i));
      }
    });
    Object.keys(byVersion).forEach((version) => {
      const who = byVersion[version];
      notes.push(
        who.join(', ') +
          (who.length === 1 ? ' is' : ' zijn') +
          ' gemaakt met een andere versie van het model (' +
          version +
          '). ' +
          (who.length === 1 ? 'Het telt' : 'Ze tellen') +
          ' mee voor de domeinen en uitspraken die nog bestaan.'
      );
    });
    respondents.forEach((r, i) => {
      if (r.meta.unplaced.length) {
        notes.push(label(i) + ', niet geplaatst: ' + r.meta.unplaced.join(' '));
      }
    });
    if (roundName) {
      respondents.forEach((r, i) => {
        if (r.meta.round && r.meta.round !== roundName) {
          notes.push(label(i) + ' hoort bij een andere ronde: "' + r.meta.round + '".');
        }
      });
    }
    const fromSurvey = Object.create(null);
    respondents.forEach((r) => {
      if (r.meta.bundle) {
        fromSurvey[r.meta.bundle] = (fromSurvey[r.meta.bundle] || 0) + 1;
      }
    });
    Object.keys(fromSurvey).forEach((file) => {
      notes.push(
        file +
          ' bevat ' +
          fromSurvey[file] +
          ' respondenten van een bevraging. Bij zoveel mensen zijn verschillen ' +
          "normaal: veel collega's zien maar een deel van de organisatie. Gebruik ze om te kiezen wat jullie samen bespreken."
      );
    });
    const seen = Object.create(null);
    respondents.forEach((r, i) => {
      const key = answerKey(rules, r);
      if (!key) {
        return;
      }
      /* Respondents of one survey file are different people, however alike their answers. */
      if (
        seen[key] !== undefined &&
        !(r.meta.bundle && r.meta.bundle === respondents[seen[key]].meta.bundle)
      ) {
        notes.push(
          label(seen[key]) +
            ' en ' +
            label(i) +
            ' bevatten precies dezelfde antwoorden. Is dat twee keer de zelfscan ' +
            'van dezelfde collega? Verwijder er dan één, anders telt die collega dubbel.'
        );
      } else {
        seen[key] = i;
      }
    });
    return notes;
  }

  return { unpack, read, links, remarks };
});
