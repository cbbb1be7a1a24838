/*
 * plan-chart embed resizer: keeps the height of <iframe src=".../embed.html?..."> equal to its content, the way a
 * responsive iframe embed does. Include once on the host page; it only listens for messages from plan-chart frames.
 */
(function () {
  if (window.__planChartResizer) return;
  window.__planChartResizer = 1;
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.type !== 'plan-chart:height' || typeof d.height !== 'number') return;
    var frames = document.querySelectorAll('iframe');
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow !== e.source) continue;
      var origin;
      try {
        origin = new URL(f.src, location.href).origin;
      } catch {
        return;
      }
      if (origin !== e.origin) return;
      f.style.height = Math.max(50, Math.min(20000, Math.ceil(d.height))) + 'px';
    }
  });
})();
