/* Open Data Zelfscan: the two small SVG charts of the survey analysis, drawn with our own
 * code (no library, no request). Each chart is an image with a short name; the same figures
 * always stand in a table next to it, so the chart is never the only way to read them.
 * Text goes in as textContent only. */
(function (root) {
  'use strict';

  var NS = 'http://www.w3.org/2000/svg';
  var WIDTH = 720;
  var LABEL = 300;
  var ROW = 26;

  function svg(tag, attrs, text) {
    var node = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) {
      node.setAttribute(k, attrs[k]);
    });
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function shorten(text, max) {
    return text.length > max ? text.slice(0, max - 1) + '…' : text;
  }

  function frame(name, rows) {
    var height = rows * ROW + 8;
    var chart = svg('svg', {
      viewBox: '0 0 ' + WIDTH + ' ' + height,
      role: 'img',
      'aria-label': name,
      class: 'zs-chart',
      preserveAspectRatio: 'xMinYMin meet'
    });
    chart.appendChild(svg('title', {}, name));
    return chart;
  }

  /* Horizontal bars from 0 to 100%: items [{label, percent}]. */
  function bars(name, items) {
    var chart = frame(name, items.length);
    var room = WIDTH - LABEL - 50;
    items.forEach(function (item, i) {
      var y = 4 + i * ROW;
      chart.appendChild(
        svg(
          'text',
          { x: LABEL - 8, y: y + 16, 'text-anchor': 'end', class: 'zs-chart-label' },
          shorten(item.label, 44)
        )
      );
      chart.appendChild(
        svg('rect', {
          x: LABEL,
          y: y + 3,
          width: Math.max(1, (room * item.percent) / 100),
          height: ROW - 8,
          class: 'zs-chart-bar'
        })
      );
      chart.appendChild(
        svg(
          'text',
          { x: LABEL + (room * item.percent) / 100 + 6, y: y + 16, class: 'zs-chart-value' },
          item.percent + '%'
        )
      );
    });
    return chart;
  }

  /* One bar of 100% per row, split into its answers: rows [{label, parts: [share]}] (shares
   * of 100, unrounded, so that the parts fill the bar exactly); part
   * i gets the class zs-chart-part-i (the last one, "weet ik niet", may be marked apart). */
  function stacked(name, rows, lastApart) {
    var chart = frame(name, rows.length);
    var room = WIDTH - LABEL - 10;
    rows.forEach(function (row, i) {
      var y = 4 + i * ROW;
      var x = LABEL;
      chart.appendChild(
        svg(
          'text',
          { x: LABEL - 8, y: y + 16, 'text-anchor': 'end', class: 'zs-chart-label' },
          shorten(row.label, 44)
        )
      );
      row.parts.forEach(function (part, j) {
        var width = (room * part) / 100;
        if (width <= 0) {
          return;
        }
        var last = lastApart && j === row.parts.length - 1;
        chart.appendChild(
          svg('rect', {
            x: x,
            y: y + 3,
            width: width,
            height: ROW - 8,
            class: 'zs-chart-part ' + (last ? 'zs-chart-part-apart' : 'zs-chart-part-' + j)
          })
        );
        x += width;
      });
    });
    return chart;
  }

  /* The colours of a stacked chart, with the answers they stand for. */
  function legend(texts, lastApart) {
    var list = document.createElement('ul');
    list.className = 'zs-legend zs-chart-legend';
    texts.forEach(function (text, j) {
      var item = document.createElement('li');
      var swatch = document.createElement('span');
      swatch.className =
        'zs-swatch zs-chart-part ' +
        (lastApart && j === texts.length - 1 ? 'zs-chart-part-apart' : 'zs-chart-part-' + j);
      swatch.setAttribute('aria-hidden', 'true');
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(text));
      list.appendChild(item);
    });
    return list;
  }

  (root.Zelfscan = root.Zelfscan || {}).surveycharts = { bars: bars, stacked: stacked, legend: legend };
})(typeof self !== 'undefined' ? self : this);
