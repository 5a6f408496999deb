// The scheduling page's live chart: while a run is queued or running, polls its progress (the GET route of the
// run, signed in by the page cookie) every half second and redraws the chart; when the run ends, reloads the page
// to show the draft. Loaded as a file, so the CSP's script-src 'self' holds.
(() => {
  'use strict';
  let busy = false;

  async function poll() {
    const element = document.querySelector('[data-run-progress]');
    if (!element || busy) {
      return;
    }
    busy = true;
    try {
      const response = await fetch(element.getAttribute('data-run-progress'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (!response.ok) {
        return;
      }
      const run = await response.json();
      const chart = document.querySelector('[data-run-chart]');
      if (chart) {
        chart.setAttribute('data-chart', run.chart);
        const instance = window.echarts?.getInstanceByDom(chart);
        if (instance) {
          instance.setOption(JSON.parse(run.chart));
          chart.dataset.chartDrawn = run.chart;
        }
      }
      const status = document.querySelector('[data-run-status]');
      if (status && run.bestWeight !== null) {
        status.setAttribute('data-best-weight', String(run.bestWeight));
      }
      if (run.status !== 'queued' && run.status !== 'running') {
        element.removeAttribute('data-run-progress');
        window.location.replace(window.location.href);
      }
    } catch (error) {
      console.error(error);
    } finally {
      busy = false;
    }
  }

  setInterval(poll, 500);
})();
