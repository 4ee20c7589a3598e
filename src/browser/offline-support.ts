/**
 * Offline support: registers the service worker (`/sw.js`, written by the build) after the
 * page has loaded, and shows "Available offline" once the worker controls the site and has
 * saved every page, asset and the search index. The state is also on
 * `<html data-offline="ready">` for anything that needs to wait for it.
 */
const STATUS_MESSAGE = 'factline:status';

type Status = { type: typeof STATUS_MESSAGE; version: string; complete: boolean; cached: number; total: number };

export function startOfflineSupport(): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const indicator = document.querySelector<HTMLElement>('[data-offline-status]');
  const label = indicator?.querySelector<HTMLElement>('[data-offline-label]');
  let ready = false;

  const render = () => {
    if (!indicator || !label) return;
    indicator.hidden = !ready;
    label.textContent = navigator.onLine ? 'Available offline' : 'Offline: saved copy';
    indicator.title = navigator.onLine
      ? 'Every page and the search are saved on this device and work without a network.'
      : 'You are offline. Pages and search come from the copy saved on this device.';
  };

  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<Status>) => {
    if (event.data?.type !== STATUS_MESSAGE) return;
    ready = event.data.complete;
    document.documentElement.dataset.offline = ready ? 'ready' : 'saving';
    render();
  });

  const ask = () => navigator.serviceWorker.controller?.postMessage({ type: STATUS_MESSAGE });
  // The first visit is controlled only once the new worker has installed and claimed the page.
  navigator.serviceWorker.addEventListener('controllerchange', ask);
  addEventListener('online', render);
  addEventListener('offline', render);

  const register = () =>
    navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .then(ask)
      .catch((error: unknown) => console.warn('Offline support is unavailable:', error));
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
