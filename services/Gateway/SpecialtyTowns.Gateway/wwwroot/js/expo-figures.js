// The live figures dashboard: follows the event on the figures hub (/hubs/expo-figures, signed in by the
// page cookie; the hub sits on the Redis backplane, so a change seen by any gateway replica reaches this
// page whichever replica it is connected to) and puts every pushed figure into its tile and its bar.
// Loaded as a file, so the CSP's script-src 'self' holds; the SignalR client is vendored in lib/signalr.
(() => {
  'use strict';
  let following = null;
  let loading = null;

  function loadSignalR(src) {
    if (window.signalR) {
      return Promise.resolve(window.signalR);
    }
    if (!loading) {
      loading = new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = src;
        script.onload = () => resolve(window.signalR);
        script.onerror = () => { loading = null; reject(new Error('SignalR did not load from ' + src)); };
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  function text(key, value) {
    return key === 'committedYuan'
      ? Number(value).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
      : String(value);
  }

  function render(root, pushed) {
    const figures = pushed.figures;
    root.querySelectorAll('[data-figure]').forEach(element => {
      const value = figures[element.getAttribute('data-figure')];
      if (value !== undefined) {
        element.textContent = text(element.getAttribute('data-figure'), value);
      }
    });
    const asOf = root.querySelector('[data-figures-as-of]');
    if (asOf) {
      asOf.textContent = pushed.asOf;
    }
    const chart = root.querySelector('[data-figure-keys]');
    if (chart) {
      const option = JSON.parse(chart.getAttribute('data-chart'));
      option.series[0].data = chart.getAttribute('data-figure-keys').split(',').map(key => figures[key]);
      const json = JSON.stringify(option);
      chart.setAttribute('data-chart', json);
      const instance = window.echarts?.getInstanceByDom(chart);
      if (instance) {
        instance.setOption(option);
        chart.dataset.chartDrawn = json;
      }
    }
    root.dataset.pushes = String(Number(root.dataset.pushes || '0') + 1);
  }

  function showState(root, state) {
    root.dataset.live = state;
    const label = root.querySelector('[data-live-label]');
    if (label && label.getAttribute('data-' + state)) {
      label.textContent = label.getAttribute('data-' + state);
    }
  }

  async function follow() {
    const root = document.querySelector('[data-figures-hub]');
    if (!root) {
      following?.connection.stop();
      following = null;
      return;
    }
    const eventId = root.getAttribute('data-event-id');
    if (following?.eventId === eventId) {
      return;
    }
    following?.connection.stop();
    const signalR = await loadSignalR(root.getAttribute('data-signalr-script'));
    const connection = new signalR.HubConnectionBuilder()
      .withUrl(root.getAttribute('data-figures-hub'))
      .withAutomaticReconnect()
      .build();
    following = { eventId, connection };
    const current = () => document.querySelector('[data-figures-hub]') ?? root;
    connection.on('figures', pushed => {
      if (pushed.eventId === eventId) {
        render(current(), pushed);
      }
    });
    const watch = async () => {
      render(current(), await connection.invoke('Watch', eventId));
      showState(current(), 'connected');
    };
    connection.onreconnecting(() => showState(current(), 'disconnected'));
    // A new connection after a reconnect is in no group yet: watch again.
    connection.onreconnected(() => watch().catch(error => console.error(error)));
    await connection.start();
    await watch();
  }

  const start = () => follow().catch(error => console.error(error));
  start();
  window.Blazor?.addEventListener?.('enhancedload', start);
})();
