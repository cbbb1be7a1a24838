/*
 * plan-chart.classic.js: for CMSs that cannot add type="module" to a script tag. A plain <script src> that
 * loads plan-chart.js (an ES module) from the same folder as itself.
 */
(function () {
  var me = document.currentScript;
  var base = (me && me.src) || document.baseURI;
  import(new URL('plan-chart.js', base).href).catch(function (e) {
    if (window.console) console.error('plan-chart: could not load plan-chart.js next to ' + base, e);
  });
})();
