/* Open Data Zelfscan: read a spreadsheet saved as CSV, as pure functions (no DOM).
 * decode: the file's bytes to text. Survey platforms and spreadsheets write UTF-8 with or
 * without a byte-order mark, UTF-16 ("Unicode text") or Windows-1252 (older Excel), so the
 * encoding is found from the bytes, never assumed. Files that are no text at all (a binary
 * file, an .xlsx kept as it is) get a Dutch message instead.
 * parse: text to rows of cells, with comma, semicolon or tab between cells (whichever the
 * first row uses), quotes around cells that hold one, and line breaks inside quoted cells. */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory();
  } else {
    (root.Zelfscan = root.Zelfscan || {}).csvfile = factory();
  }
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  var MAX_BYTES = 5000000;
  var SEPARATORS = [';', ',', '\t'];
  var NAMES = { ';': 'puntkomma', ',': 'komma', '\t': 'tab' };

  function startsWith(bytes, signature) {
    if (bytes.length < signature.length) {
      return false;
    }
    for (var i = 0; i < signature.length; i += 1) {
      if (bytes[i] !== signature[i]) {
        return false;
      }
    }
    return true;
  }

  function fail(message) {
    return { ok: false, error: message };
  }

  /* Windows-1252 differs from Latin-1 in 0x80-0x9F (€, curly quotes, dashes ...). Browsers
   * decode it right; node without full ICU reads Latin-1, so those are mapped here. */
  var CP1252 =
    '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
    '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

  function windows1252(body) {
    return new TextDecoder('windows-1252').decode(body).replace(/[\u0080-\u009f]/g, function (c) {
      return CP1252[c.charCodeAt(0) - 0x80];
    });
  }

  /* Control characters other than tab and line breaks: none in a real text file. */
  function looksBinary(text) {
    var sample = text.slice(0, 20000);
    var odd = 0;
    for (var i = 0; i < sample.length; i += 1) {
      var c = sample.charCodeAt(i);
      if (c === 0) {
        return true;
      }
      if (c < 32 && c !== 9 && c !== 10 && c !== 13) {
        odd += 1;
      }
    }
    return odd > sample.length / 100;
  }

  /* bytes: a Uint8Array. Returns {ok: true, text, encoding} or {ok: false, error} (Dutch). */
  function decode(bytes) {
    if (!bytes || !bytes.length) {
      return fail('Het bestand is leeg.');
    }
    if (bytes.length > MAX_BYTES) {
      return fail('Het bestand is te groot (meer dan 5 MB).');
    }
    if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
      return fail(
        'Dit is een Excel- of ODS-bestand, geen CSV-bestand. Open het in je rekenblad en ' +
          'kies "Opslaan als" en dan "CSV UTF-8" (of "CSV"). Kies daarna dat bestand.'
      );
    }
    if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
      return fail(
        'Dit is een ouder Excel-bestand (.xls), geen CSV-bestand. Open het in Excel en ' +
          'kies "Opslaan als" en dan "CSV UTF-8". Kies daarna dat bestand.'
      );
    }
    var encoding = 'utf-8';
    var start = 0;
    if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
      start = 3;
    } else if (startsWith(bytes, [0xff, 0xfe])) {
      encoding = 'utf-16le';
      start = 2;
    } else if (startsWith(bytes, [0xfe, 0xff])) {
      encoding = 'utf-16be';
      start = 2;
    }
    var body = bytes.subarray(start);
    var text;
    if (encoding === 'utf-8') {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(body);
      } catch (e) {
        encoding = 'windows-1252';
        text = windows1252(body);
      }
    } else {
      text = new TextDecoder(encoding).decode(body);
    }
    if (looksBinary(text)) {
      return fail(
        'Dit bestand bevat geen tekst, dus ook geen antwoorden als CSV. Kies het ' +
          'CSV-bestand dat je uit je bevragingsprogramma of rekenblad exporteerde.'
      );
    }
    if (!text.trim()) {
      return fail('Het bestand is leeg.');
    }
    return { ok: true, text: text, encoding: encoding };
  }

  /* The separator the first line uses most (outside quotes); a comma when it has none. */
  function separatorOf(text) {
    var counts = { ';': 0, ',': 0, '\t': 0 };
    var quoted = false;
    for (var i = 0; i < text.length; i += 1) {
      var c = text[i];
      if (c === '"') {
        quoted = !quoted;
      } else if (!quoted && (c === '\n' || c === '\r')) {
        break;
      } else if (!quoted && counts[c] !== undefined) {
        counts[c] += 1;
      }
    }
    var best = ',';
    SEPARATORS.forEach(function (s) {
      if (counts[s] > counts[best]) {
        best = s;
      }
    });
    return best;
  }

  /* Returns {rows: [[cell, ...], ...], separator, separatorName, problems: [Dutch text]}.
   * Row i of the result is row i + 1 of the spreadsheet; an empty line is an empty row. */
  function parse(text) {
    var separator = separatorOf(text);
    var rows = [];
    var row = [];
    var cell = '';
    var quoted = false;
    var problems = [];
    var quoteRow = 0;
    var i = 0;
    function endCell() {
      row.push(cell);
      cell = '';
    }
    function endRow() {
      endCell();
      rows.push(row);
      row = [];
    }
    while (i < text.length) {
      var c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        if (c === '"') {
          quoted = false;
          i += 1;
          continue;
        }
        cell += c;
        i += 1;
        continue;
      }
      if (c === '"' && cell === '') {
        quoted = true;
        quoteRow = rows.length + 1;
        i += 1;
        continue;
      }
      if (c === separator) {
        endCell();
        i += 1;
        continue;
      }
      if (c === '\r' || c === '\n') {
        endRow();
        i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
        continue;
      }
      cell += c;
      i += 1;
    }
    if (quoted) {
      problems.push(
        'Rij ' +
          quoteRow +
          ': een aanhalingsteken (") wordt niet gesloten. Alles vanaf daar ' +
          'tot het einde van het bestand is als één cel gelezen.'
      );
    }
    if (cell !== '' || row.length) {
      endRow();
    }
    return { rows: rows, separator: separator, separatorName: NAMES[separator], problems: problems };
  }

  /* 0 → 'A', 25 → 'Z', 26 → 'AA': the name of a column in a spreadsheet. */
  function columnName(index) {
    var name = '';
    var n = index + 1;
    while (n > 0) {
      var rest = (n - 1) % 26;
      name = String.fromCharCode(65 + rest) + name;
      n = Math.floor((n - 1) / 26);
    }
    return name;
  }

  return { MAX_BYTES: MAX_BYTES, decode: decode, parse: parse, columnName: columnName };
});
