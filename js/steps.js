/* Open Data Zelfscan: one view of the self-scan at a time (the overview, one domain, the
 * results), chosen by the address's fragment, so that the browser's back button, bookmarks and
 * links from the domain pages (zelfscan.html#domein-<id>) work, also from file://.
 * Without JavaScript nothing is hidden: every view shows one after the other. */
(function (root) {
  'use strict';

  const zs = (root.Zelfscan = root.Zelfscan || {});

  /* views: the elements with class zs-view inside `container`; fallback: the id shown when
   * the fragment names nothing (or something outside every view). onShow(view, target) runs
   * after a change. A fragment that names an element inside a view (#actieplan) shows that
   * view and scrolls to the element. */
  function create(container, fallback, onShow) {
    const views = Array.prototype.slice.call(container.querySelectorAll('.zs-view'));
    let current = null;
    container.classList.add('zs-one-view');

    function viewOf(element) {
      return views.filter((view) => view === element || view.contains(element))[0] || null;
    }

    function targetOf(hash) {
      if (!hash || hash.length < 2) {
        return null;
      }
      let id = '';
      try {
        id = decodeURIComponent(hash.slice(1));
      } catch (e) {
        return null;
      }
      return document.getElementById(id);
    }

    /* Shows the view the fragment points at; returns true when the view changed. */
    function show(hash, options) {
      const target = targetOf(hash);
      const view = (target && viewOf(target)) || document.getElementById(fallback);
      const changed = view !== current;
      views.forEach((v) => {
        v.hidden = v !== view;
      });
      current = view;
      if (onShow) {
        onShow(view, target);
      }
      if (options && options.focus === false) {
        return changed;
      }
      if (target && target !== view) {
        target.scrollIntoView();
      } else if (changed) {
        const heading = view.querySelector('h2[tabindex]');
        view.scrollIntoView({ block: 'start' });
        if (heading) {
          heading.focus({ preventScroll: true });
        }
      }
      return changed;
    }

    /* Go to a view by id: through the address, so that Back returns here. */
    function go(id) {
      if (location.hash === '#' + id) {
        show(location.hash);
      } else {
        location.hash = id;
      }
    }

    return { show, go, current: () => current, views };
  }

  zs.steps = { create };
})(typeof self !== 'undefined' ? self : this);
