/* Search from file:// under the site's Content-Security-Policy.
 *
 * Browsers refuse web workers on file:// pages, so the theme's search worker runs in a hidden
 * iframe instead (the theme looks for window.IFrameWorker, as with the iframe-worker polyfill).
 * Unlike that polyfill, this one writes no inline script into the iframe: an inline script
 * there holds the worker's address, and the page's policy (which the iframe inherits) allows
 * only the inline scripts of the theme's templates. Here the page gives the iframe its worker
 * functions itself and the worker script loads with src, which the policy allows ('self').
 * Classic script, no HTML written: it only creates elements.
 */
(function () {
  "use strict";

  function loadScript(frameDocument, address) {
    return new Promise(function (resolve, reject) {
      var script = frameDocument.createElement("script");
      script.onload = function () { resolve(); };
      script.onerror = function () { reject(new Error("Kan " + address + " niet laden")); };
      script.src = address;
      frameDocument.body.appendChild(script);
    });
  }

  class IFrameWorker extends EventTarget {
    constructor(address) {
      super();
      this.onmessage = null;
      this.onerror = null;
      var worker = this;
      var frame = document.createElement("iframe");
      frame.hidden = true;
      frame.title = "Zoekfunctie";
      document.body.appendChild(frame);
      this.frame = frame;
      var scope = frame.contentWindow;
      // what a worker script finds in its global scope
      scope.postMessage = function (data) {
        var copy = structuredClone(data);
        setTimeout(function () { worker.deliver("message", new MessageEvent("message", { data: copy })); });
      };
      scope.importScripts = function () {
        var addresses = Array.prototype.slice.call(arguments);
        return addresses.reduce(function (done, next) {
          return done.then(function () { return loadScript(scope.document, next); });
        }, Promise.resolve());
      };
      scope.addEventListener("error", function (event) {
        worker.deliver("error", new ErrorEvent("error", {
          message: event.message, filename: event.filename, lineno: event.lineno,
          colno: event.colno, error: event.error
        }));
      });
      this.ready = loadScript(scope.document, new URL(address, document.baseURI).href);
      this.ready.catch(function (error) {
        worker.deliver("error", new ErrorEvent("error", { message: error.message, error: error }));
      });
    }

    deliver(type, event) {
      this.dispatchEvent(event);
      var handler = type === "message" ? this.onmessage : this.onerror;
      if (typeof handler === "function") handler.call(this, event);
    }

    postMessage(data) {
      var frame = this.frame;
      var copy = structuredClone(data);
      this.ready.then(function () {
        var scope = frame.contentWindow;
        if (scope) scope.dispatchEvent(new scope.MessageEvent("message", { data: copy }));
      }, function () {});
    }

    terminate() {
      this.frame.remove();
    }
  }

  window.IFrameWorker = IFrameWorker;
  if (location.protocol === "file:") window.Worker = IFrameWorker;
})();
