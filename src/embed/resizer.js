/*
 * plan-chart embed resizer: keeps the height of <iframe src=".../embed.html?..."> equal to its content. Include it
 * once on the host page, anywhere and at any time: on load it asks every plan-chart frame for its height (a frame
 * that settled before the resizer arrived answers too), then follows the heights the frames post on every change.
 * It resizes only an iframe whose own window sent the message, whose address ends in embed.html and whose origin is
 * the sender's, and keeps heights between 120 and 10000 px. ES5, no dependencies, under 1 KB minified.
 */
(function () {
  if (window.__planChartResizer) return;
  window.__planChartResizer = 1;

  /** The origin of a frame showing a plan-chart embed.html, or null. */
  function embedOrigin(frame) {
    // An <a> parses the address without throwing (ES5; an unparsable one has no path).
    var url = document.createElement('a');
    url.href = frame.src;
    return /\/embed\.html$/.test(url.pathname) && url.origin && url.origin !== 'null' ? url.origin : null;
  }

  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.type !== 'plan-chart:height' || typeof d.height !== 'number' || !isFinite(d.height)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow !== e.source || embedOrigin(f) !== e.origin) continue;
      f.style.height = Math.max(120, Math.min(10000, Math.ceil(d.height))) + 'px';
    }
  });

  function ask() {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var origin = embedOrigin(frames[i]);
      // Sent to the embed's origin only: a frame that shows anything else does not receive it.
      if (origin && frames[i].contentWindow) frames[i].contentWindow.postMessage({type: 'plan-chart:ask'}, origin);
    }
  }
  ask();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ask);
})();
