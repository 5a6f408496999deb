// Draws the pages' Apache ECharts charts without inline script (the CSP allows only 'self').
// A chart is an element with data-chart (the ECharts option as JSON) and data-chart-script
// (the ECharts file): ECharts is fetched only when a page has a chart, and charts are drawn
// on first load, after Blazor's enhanced navigation and after a streamed update.
(() => {
  'use strict';
  let loading = null;

  function loadECharts(src) {
    if (window.echarts) {
      return Promise.resolve(window.echarts);
    }
    if (!loading) {
      loading = new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = src;
        script.defer = true;
        script.onload = () => resolve(window.echarts);
        script.onerror = () => { loading = null; reject(new Error('ECharts did not load from ' + src)); };
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  async function draw(element) {
    const option = element.getAttribute('data-chart');
    // Blazor's DOM merging keeps the element but drops the canvas ECharts put inside it.
    if (element.dataset.chartDrawn === option && element.querySelector('canvas')) {
      return;
    }
    const echarts = await loadECharts(element.getAttribute('data-chart-script'));
    echarts.getInstanceByDom(element)?.dispose();
    echarts.init(element).setOption(JSON.parse(option));
    element.dataset.chartDrawn = option;
  }

  function drawAll() {
    document.querySelectorAll('[data-chart]').forEach(element => {
      draw(element).catch(error => console.error(error));
    });
  }

  let queued = false;
  function drawSoon() {
    if (!queued) {
      queued = true;
      requestAnimationFrame(() => { queued = false; drawAll(); });
    }
  }

  drawAll();
  window.Blazor?.addEventListener?.('enhancedload', drawAll);
  // Streamed rendering fills the page in after the first paint, without an enhancedload.
  new MutationObserver(drawSoon).observe(document.body, { childList: true, subtree: true });
  window.addEventListener('resize', () => {
    document.querySelectorAll('[data-chart]').forEach(element => window.echarts?.getInstanceByDom(element)?.resize());
  });
})();
