/* A small radar (spider) chart as inline SVG, built with DOM calls only (no innerHTML).
 * render(options) returns an <svg> element; it knows nothing about the maturity model:
 * axes, scale labels and series are passed in. Each series may carry a band (min/max per
 * axis) to show the spread between respondents. */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory();
  } else {
    (root.Zelfscan = root.Zelfscan || {}).radar = factory();
  }
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  var NS = 'http://www.w3.org/2000/svg';
  var SIZE = 560;
  var CENTER = SIZE / 2;
  var RADIUS = 170;
  /* The largest size the stylesheet gives an axis label (on a phone), and the width of an
   * average character in it: the picture is widened so that the longest label fits. */
  var LABEL_SIZE = 20;
  var CHAR_WIDTH = 0.58;

  function el(doc, name, attrs, text) {
    var node = doc.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (key) {
      node.setAttribute(key, String(attrs[key]));
    });
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function point(index, count, value, max) {
    var angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
    var r = max > 0 ? (RADIUS * value) / max : 0;
    return [CENTER + r * Math.cos(angle), CENTER + r * Math.sin(angle)];
  }

  function pathOf(points) {
    return (
      points
        .map(function (p, i) {
          return (i ? 'L' : 'M') + p[0].toFixed(1) + ' ' + p[1].toFixed(1);
        })
        .join(' ') + ' Z'
    );
  }

  /* Wrap a label into lines of at most ~16 characters. */
  function lines(label) {
    var words = String(label).split(/\s+/);
    var out = [];
    var line = '';
    words.forEach(function (word) {
      if (line && (line + ' ' + word).length > 16) {
        out.push(line);
        line = word;
      } else {
        line = line ? line + ' ' + word : word;
      }
    });
    if (line) {
      out.push(line);
    }
    return out;
  }

  /* options: {document, title, description, axes: [label], max, scale: [label per step],
   *           series: [{name, className, values: [number|null], min?: [...], max?: [...]}]} */
  function render(options) {
    var doc = options.document || document;
    var count = options.axes.length;
    var max = options.max;
    var id = 'zs-radar-' + Math.random().toString(36).slice(2, 8);
    var svg = el(doc, 'svg', {
      viewBox: '0 0 ' + SIZE + ' ' + SIZE,
      role: 'img',
      'aria-labelledby': id + '-t ' + id + '-d',
      class: 'zs-radar-svg',
      focusable: 'false'
    });
    svg.appendChild(el(doc, 'title', { id: id + '-t' }, options.title));
    svg.appendChild(el(doc, 'desc', { id: id + '-d' }, options.description));

    var grid = el(doc, 'g', { class: 'zs-radar-grid', 'aria-hidden': 'true' });
    for (var step = 1; step <= max; step += 1) {
      var ring = [];
      for (var i = 0; i < count; i += 1) {
        ring.push(point(i, count, step, max));
      }
      grid.appendChild(el(doc, 'path', { d: pathOf(ring) }));
      if (options.scale && options.scale[step]) {
        var at = point(0, count, step, max);
        grid.appendChild(
          el(doc, 'text', { x: at[0] + 4, y: at[1] + 12, class: 'zs-radar-scale' }, options.scale[step])
        );
      }
    }
    var minX = 0;
    var maxX = SIZE;
    options.axes.forEach(function (label, index) {
      var end = point(index, count, max, max);
      grid.appendChild(el(doc, 'line', { x1: CENTER, y1: CENTER, x2: end[0], y2: end[1] }));
      var out = point(index, count, max * 1.2, max);
      var anchor = Math.abs(out[0] - CENTER) < 10 ? 'middle' : out[0] > CENTER ? 'start' : 'end';
      var text = el(doc, 'text', { x: out[0], y: out[1], 'text-anchor': anchor, class: 'zs-radar-label' });
      var parts = lines(label);
      var width =
        LABEL_SIZE *
        CHAR_WIDTH *
        Math.max.apply(
          null,
          parts.map(function (p) {
            return p.length;
          })
        );
      var left = anchor === 'end' ? out[0] - width : anchor === 'middle' ? out[0] - width / 2 : out[0];
      minX = Math.min(minX, left);
      maxX = Math.max(maxX, left + width);
      parts.forEach(function (part, n) {
        text.appendChild(
          el(
            doc,
            'tspan',
            { x: out[0], dy: n === 0 ? (-(parts.length - 1) * 0.55 + 0.3).toFixed(2) + 'em' : '1.1em' },
            part
          )
        );
      });
      grid.appendChild(text);
    });
    svg.appendChild(grid);
    svg.setAttribute('viewBox', [Math.floor(minX) - 4, 0, Math.ceil(maxX - minX) + 8, SIZE].join(' '));

    options.series.forEach(function (series) {
      var group = el(doc, 'g', {
        class: 'zs-radar-series ' + (series.className || ''),
        'aria-hidden': 'true'
      });
      if (series.min && series.max) {
        var outer = [];
        var inner = [];
        for (var b = 0; b < count; b += 1) {
          if (series.min[b] === null || series.max[b] === null) {
            continue;
          }
          outer.push(point(b, count, series.max[b], max));
          inner.push(point(b, count, series.min[b], max));
        }
        if (outer.length >= 3) {
          group.appendChild(
            el(doc, 'path', {
              d: pathOf(outer) + ' ' + pathOf(inner.reverse()),
              class: 'zs-radar-band',
              'fill-rule': 'evenodd'
            })
          );
        }
      }
      var known = [];
      var gaps = false;
      series.values.forEach(function (value, index) {
        if (value !== null && value !== undefined) {
          known.push(point(index, count, value, max));
        } else {
          gaps = true;
        }
      });
      if (!gaps && known.length >= 3) {
        group.appendChild(el(doc, 'path', { d: pathOf(known), class: 'zs-radar-area' }));
      } else {
        // a domain without a level is a gap: lines join only neighbouring axes that have one
        for (var s = 0; s < count; s += 1) {
          var from = series.values[s];
          var to = series.values[(s + 1) % count];
          if (from === null || from === undefined || to === null || to === undefined || count < 3) {
            continue;
          }
          var p1 = point(s, count, from, max);
          var p2 = point((s + 1) % count, count, to, max);
          group.appendChild(
            el(doc, 'line', { x1: p1[0], y1: p1[1], x2: p2[0], y2: p2[1], class: 'zs-radar-edge' })
          );
        }
      }
      known.forEach(function (p) {
        group.appendChild(el(doc, 'circle', { cx: p[0], cy: p[1], r: 4 }));
      });
      svg.appendChild(group);
    });
    return svg;
  }

  return { render: render };
});
