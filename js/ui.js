/* Open Data Zelfscan: small DOM helpers shared by the self-scan, combine and plan-sheet pages,
 * and the pieces of the results that pages share (radar, legend, tables).
 * Text only, never HTML: every string from a file, a link or the user goes in as textContent. */
(function (root) {
  'use strict';

  var zs = (root.Zelfscan = root.Zelfscan || {});

  function h(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      var value = attrs[key];
      if (value === null || value === undefined || value === false) {
        return;
      }
      if (key === 'text') {
        node.textContent = value;
      } else if (key === 'className') {
        node.className = value;
      } else if (key === 'value') {
        node.value = value;
      } else {
        node.setAttribute(key, value === true ? '' : value);
      }
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) {
        return;
      }
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function replace(container, children) {
    while (container.firstChild) {
      container.removeChild(container.firstChild);
    }
    children.forEach(function (child) {
      if (child) {
        container.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
      }
    });
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
    setTimeout(function () {
      URL.revokeObjectURL(link.href);
      link.remove();
    }, 0);
  }

  /* Copies a text field to the clipboard and says so in `box`; where the browser does not allow
   * that (file://, an older browser), the text stays selected for Ctrl+C. */
  function copyField(field, box, copied, selected) {
    var done = function () {
      say(box, copied, 'ok');
    };
    var fallback = function () {
      field.select();
      var ok = false;
      try {
        ok = document.execCommand('copy');
      } catch (e) {
        ok = false;
      }
      if (ok) {
        done();
      } else {
        say(box, 'Kopiëren lukte niet. ' + selected + ' is geselecteerd: kopieer hem met Ctrl+C.', 'warning');
      }
    };
    field.select();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done, fallback);
    } else {
      fallback();
    }
  }

  /* Reads a chosen file as text, refusing what is larger than any file the site makes. */
  function readFile(file, rules, done) {
    if (file.size > rules.limits.fileBytes) {
      done(null, zs.exportfile.tooBig(rules));
      return;
    }
    var reader = new FileReader();
    reader.onerror = function () {
      done(null, 'Dit bestand kon niet gelezen worden.');
    };
    reader.onload = function () {
      done(String(reader.result), '');
    };
    reader.readAsText(file);
  }

  function index(list) {
    var map = Object.create(null);
    list.forEach(function (item) {
      map[item.id] = item;
    });
    return map;
  }

  /* ---------- shared result pieces ---------- */
  /* The radar of one or more series; a domain without a level in the last series (not
   * answered, or "Weet ik niet") is marked "?" at its axis and drawn as a gap, never as the
   * lowest level. */
  function radarChart(rules, series, description) {
    var scale = rules.levels.map(function (l) {
      return l.title;
    });
    var last = series[series.length - 1].values;
    return zs.radar.render({
      title: 'Maturiteitsprofiel per domein',
      description:
        description +
        ' Van ' +
        scale[0] +
        ' in het midden tot ' +
        scale[scale.length - 1] +
        ' aan de rand; een vraagteken bij een domein betekent: nog niet beantwoord of "' +
        rules.unknown.title +
        '". Dezelfde gegevens staan in de tabel erboven.',
      axes: rules.domains.map(function (d, i) {
        return d.title + (last[i] === null ? ' (?)' : '');
      }),
      max: rules.levels.length - 1,
      scale: scale,
      series: series
    });
  }

  function legend(series, missing) {
    var items =
      series.length < 2
        ? []
        : series.map(function (s) {
            return h('li', { className: s.className }, [
              h('span', { className: 'zs-swatch', 'aria-hidden': 'true' }),
              s.name
            ]);
          });
    if (missing) {
      items.push(
        h('li', {
          className: 'zs-legend-missing',
          text: '(?) bij een domein: nog niet beantwoord of "Weet ik niet"; niet getekend'
        })
      );
    }
    return items.length ? h('ul', { className: 'zs-legend' }, items) : null;
  }

  /* A wide table scrolls inside its own box on a narrow screen, instead of the whole page
   * (WCAG 1.4.10); the box can take focus so it also scrolls by keyboard. */
  function scrollBox(label, content) {
    return h('div', { className: 'zs-table-wrap', tabindex: '0', role: 'region', 'aria-label': label }, [
      content
    ]);
  }

  /* A data table with a caption; `stack`: on a phone each row reads as a block, every cell
   * under the name of its column (data-label). */
  function table(caption, head, rows, stack) {
    return scrollBox(
      caption,
      h('table', { className: 'zs-table' + (stack ? ' zs-stack' : '') }, [
        h('caption', { text: caption }),
        h('thead', {}, [
          h(
            'tr',
            {},
            head.map(function (t) {
              return h('th', { scope: 'col', text: t });
            })
          )
        ]),
        h(
          'tbody',
          {},
          rows.map(function (cells) {
            return h(
              'tr',
              {},
              cells.map(function (cell, i) {
                return i === 0
                  ? h('th', { scope: 'row' }, [cell])
                  : h('td', { 'data-label': head[i] }, [cell]);
              })
            );
          })
        )
      ])
    );
  }

  zs.ui = {
    h: h,
    replace: replace,
    say: say,
    download: download,
    copyField: copyField,
    readFile: readFile,
    index: index,
    scrollBox: scrollBox,
    radarChart: radarChart,
    legend: legend,
    table: table
  };
})(typeof self !== 'undefined' ? self : this);
